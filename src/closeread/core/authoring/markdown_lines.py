"""Markdown as a teacher edits it in a form: each paragraph on one line, not hard-wrapped.

A pack written in a text editor wraps its Markdown at 80 columns. In a form field that
wraps to its own width, those line breaks make ragged half-lines. :func:`unwrap` joins
the lines of each paragraph (and of each list item) into one, where Markdown reads them
as one anyway, so the text shows the same when rendered. It keeps every line break that
means something: blank lines, headings, list items, quotes, tables, code, a hard break
(two spaces or a backslash at the end of a line), link definitions. When in doubt it
keeps the break, which is always safe.
"""

from __future__ import annotations

import re

_STARTS_BLOCK = re.compile(
    r"""^(
        [#>|<=]                 # a heading, a quote, a table row, HTML, a setext underline
      | `{3} | ~{3}             # a code fence
      | [-*+](\s|$)             # a bulleted list item
      | \d{1,9}[.)](\s|$)       # a numbered list item
      | ([-*_]\s*){3,}$         # a thematic break
      | \[[^\]]+\]:             # a link definition
    )""",
    re.VERBOSE,
)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_INDENTED_CODE = re.compile(r"^( {4}|\t)")


def unwrap(text: str) -> str:
    """``text`` with the lines of each paragraph joined (see the module's notes)."""
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    joinable = False  # whether the last line out may take the next one
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            joinable = False
            continue
        stripped = line.strip()
        if fenced or not stripped:
            out.append(line)
            joinable = False
            continue
        if joinable and not _STARTS_BLOCK.match(stripped):
            out[-1] = out[-1].rstrip(" ") + " " + stripped
        else:
            out.append(line)
        last = out[-1]
        joinable = not (
            last.endswith(("  ", "\\"))
            or _INDENTED_CODE.match(last)
            or last.lstrip().startswith(("#", "|", "<", "[", "=", "```", "~~~"))
            or "|" in last
            or re.fullmatch(r"\s*([-*_]\s*){3,}", last) is not None
        )
    return "\n".join(out)
