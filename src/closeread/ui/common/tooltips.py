"""Pack text in a tooltip, shown exactly as typed.

Qt reads a tooltip that starts with a tag as HTML and would load its ``<img>`` from the
disk with its own loader; pack text is escaped and wrapped so it is always plain.
Kept apart from the Markdown view so that a pane showing only tooltips (the library)
does not load Markdown at start-up.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as typed; "" for no tooltip."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p>{escaped}</p>" if text else ""
