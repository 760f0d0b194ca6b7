"""Markdown into HTML by Python-Markdown, as CloseRead configures and guards it.

:func:`convert` is what :func:`closeread.core.pack.rendering.unsanitised_html` runs when
it has not seen a text before; this module (and Python-Markdown, about a seventh of a
second's worth of a start) is loaded then. Markdown's time grows with the square of
some inputs, so what Markdown could read far from is set aside first
(:mod:`markdown_guard`), and a text with too many Markdown marks is refused.
"""

from __future__ import annotations

import re
import threading

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from closeread.core.pack.markdown_guard import SetAside, too_many_marks, without_comments
from closeread.core.pack.rendering import TooLong

_converters = threading.local()
# Python-Markdown stands each inline element in for a placeholder between STX and ETX
# while it works. Some releases let one through into the HTML (3.11.3 does, after
# overlapping emphasis), which would shift every offset after it; such a text is
# rendered again with its emphasis markers as plain characters, and anything left over
# is dropped. A "*" or "_" that starts a list item stays a list marker.
_STX, _ETX = markdown.util.STX, markdown.util.ETX
_PLACEHOLDER_MARK = re.compile(f"[{_STX}{_ETX}]")
_PLACEHOLDER = re.compile(f"{_STX}[^{_ETX}]*{_ETX}?|{_ETX}")
_EMPHASIS_MARKER = re.compile(r"(?<!\\)[*_]")
_LIST_MARKER = re.compile(r"^[ \t]*\*(?=[ \t])", re.MULTILINE)


def convert(text: str, tables: bool = False) -> str:
    """What Python-Markdown makes of ``text`` (HTML typed in it shown as text; not yet
    sanitised). ``tables``: pipe tables become tables. :class:`TooLong` when the text
    holds more Markdown marks than it may."""
    aside = SetAside(without_comments(text))
    if too_many_marks(aside.marks):
        raise TooLong(too_many_marks(aside.marks))
    source = aside.text
    html = _markdown_without_html(tables).convert(source)
    if _PLACEHOLDER_MARK.search(html):
        html = _markdown_without_html(tables).convert(_without_emphasis(source))
        html = _PLACEHOLDER.sub("", html)
    return aside.restore(html)


def _markdown_without_html(tables: bool = False) -> markdown.Markdown:
    """Markdown that shows HTML tags as the text they are.

    Pack authors write Markdown, not HTML; and Python-Markdown's stash for raw HTML can
    leak its placeholders into the text (``*a**b*<i>x</i>`` gives "klzzwxh:0000"), which
    would move every offset after them. Tags typed in a pack are shown literally;
    only comments (``<!-- ... -->``, notes for whoever edits the file) are left out."""
    name = "tables" if tables else "markdown"
    converter = getattr(_converters, name, None)
    if converter is None:  # one per thread: a Markdown object keeps state while converting
        # Extensions given by name are looked up among every installed package's entry
        # points (importlib.metadata: tens of milliseconds); these are Markdown's own.
        extensions: list[Extension] = [SaneListExtension()]
        if tables:
            extensions.append(TableExtension())
        converter = markdown.Markdown(extensions=extensions)
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        setattr(_converters, name, converter)
    return converter.reset()


def _without_emphasis(text: str) -> str:
    """``text`` with every emphasis marker escaped, list markers excepted."""
    bullets = {match.end() - 1 for match in _LIST_MARKER.finditer(text)}
    return _EMPHASIS_MARKER.sub(
        lambda match: match.group() if match.start() in bullets else "\\" + match.group(), text
    )
