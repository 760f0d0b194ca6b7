"""Markdown made from other kinds of text: plain text kept literal, and HTML made safe.

``escape_markdown`` writes a paragraph of plain text so that CloseRead's Markdown shows
exactly its words (``2*3*4`` stays ``2*3*4``, a line starting ``1986.`` is no list).
``html_to_markdown`` turns HTML (from a Moodle question, say) into Markdown with its
words, paragraphs, line breaks, lists and emphasis, and nothing else: tags, attributes,
links and scripts are gone. Pictures stay only when the caller says which pack file each
one is (``image``); otherwise their alt text stands in. ``html_to_text`` keeps only the
words. Both use ``html.parser``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

# Characters Markdown may read as syntax anywhere in a line. "<" and "&" are written as
# entities: Python-Markdown has no backslash escape for them.
_INLINE = re.compile(r"[\\`*_\[\]]")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a line a heading, quote, list item or rule when it starts the line.
_LINE_START = re.compile(r"^(?:[#>+\-]|\d+(?=\.))")
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")
HARD_BREAK = "  \n"  # a line break inside a paragraph, as Markdown writes one (<br>)


def escape_markdown(text: str) -> str:
    """One line of plain text as Markdown that renders to exactly these characters
    (runs of spaces and line breaks become one space, as they do in HTML)."""
    line = _COLLAPSE.sub(" ", text).strip()
    line = _INLINE.sub(lambda match: "\\" + match.group(), line)
    line = _ENTITY_LIKE.sub("&amp;", line).replace("<", "&lt;")
    return _escape_line_start(line)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group()[0].isdigit():  # "1986. A year" would start a numbered list
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr"}
_LIST_ITEMS = {"li", "dt", "dd"}
_EMPHASIS = {"b": "**", "strong": "**", "i": "*", "em": "*"}
_DROPPED = {"script", "style", "head", "title", "template"}


class _HtmlWords(HTMLParser):
    def __init__(self, *, markdown: bool, image: Callable[[str], str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.image = image
        self.lines: list[str] = []
        self.line: list[str] = []
        self.dropping = 0
        self.pending_space = False

    def break_line(self, prefix: str = "") -> None:
        text = "".join(self.line).strip(" ")
        while text.endswith(HARD_BREAK):  # a <br> that ends a block breaks nothing
            text = text.removesuffix(HARD_BREAK).rstrip(" ")
        if text:
            self.lines.append(text)
        self.line = [prefix] if prefix else []
        self.pending_space = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropping += 1
        elif tag == "br" and self.markdown:
            written = "".join(self.line)
            if written.endswith(HARD_BREAK):  # two line breaks: a new paragraph
                self.break_line()
            elif written.strip():
                self.line.append(HARD_BREAK)
            self.pending_space = False
        elif tag in _BLOCKS or tag == "br":
            self.break_line()
        elif tag in _LIST_ITEMS:
            self.break_line("- " if self.markdown else "")
        elif tag in _EMPHASIS and self.markdown:
            self.add_markup(_EMPHASIS[tag], opening=True)
        elif tag == "img":
            found = dict(attrs)
            alt = found.get("alt") or ""
            path = self.image(found.get("src") or "") if self.image and self.markdown else ""
            if path:
                self.add_image(alt, path)
            elif alt:
                self.handle_data(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCKS or tag in _LIST_ITEMS:
            self.break_line()
        elif tag in _EMPHASIS and self.markdown:
            self.add_markup(_EMPHASIS[tag], opening=False)

    def add_markup(self, marker: str, *, opening: bool) -> None:
        if opening:
            if self.pending_space and self.line:
                self.line.append(" ")
            self.pending_space = False
            self.line.append(marker)
        elif self.line and self.line[-1] == marker:
            self.line.pop()  # emphasis around nothing
        else:
            self.line.append(marker)

    def add_image(self, alt: str, path: str) -> None:
        self.space_before(self.pending_space)
        self.line.append(f"![{escape_markdown(alt)}]({path})")
        self.pending_space = False

    def space_before(self, wanted: bool) -> None:
        """A space before the next words, unless the line is empty or just broken."""
        written = "".join(self.line)
        if wanted and written.strip(" ") and not written.endswith("\n"):
            self.line.append(" ")

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        starts_with_space = data[:1] in " \t\n\r\f"
        words = _COLLAPSE.sub(" ", data).strip(" ")
        if not words:
            self.pending_space = self.pending_space or bool(data)
            return
        self.space_before(self.pending_space or starts_with_space)
        # Escaping a line-start character in mid-line is harmless: "\#" shows "#".
        self.line.append(escape_markdown(words) if self.markdown else words)
        self.pending_space = data[-1:] in " \t\n\r\f"

    def result(self) -> str:
        self.close()
        self.break_line()
        return ("\n\n" if self.markdown else "\n").join(self.lines)


def html_to_markdown(html: str, *, image: Callable[[str], str] | None = None) -> str:
    """The words of ``html`` as safe Markdown: paragraphs, line breaks, list items, bold
    and italics.

    ``image`` gives the pack path (``images/chart.png``) to show for a picture's ``src``,
    or "" to show its alt text instead; without it, every picture is its alt text."""
    parser = _HtmlWords(markdown=True, image=image)
    parser.feed(html)
    return parser.result()


def html_to_text(html: str) -> str:
    """The words of ``html``, one line per block, with no markup at all."""
    parser = _HtmlWords(markdown=False)
    parser.feed(html)
    return parser.result()
