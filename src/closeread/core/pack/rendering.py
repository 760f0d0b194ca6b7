"""Markdown into what people read: the article's blocks and canonical text, and safe HTML.

HTML typed in a pack is shown as text, never interpreted. Python-Markdown does not
sanitise either, so every piece of HTML it makes still goes through nh3
with no URL schemes allowed: links and images can only name paths inside the pack,
and the UI serves those itself. Markdown's time grows with the square of some inputs,
so what is rendered is capped in size first.

The article's *canonical text* is what quotes anchor to and offsets count in: the text
of each block (heading, paragraph, list item, quote) with HTML whitespace collapsing
applied, blocks joined by a single "\\n". The reader builds its document block by block
from the same ``Block`` objects, so its plain text is this text exactly.
"""

from __future__ import annotations

import re
import threading
from html.parser import HTMLParser

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from closeread.core.pack.markdown_guard import BLOCK_BREAK, SetAside
from closeread.core.pack.model import Article, Block

MAX_ARTICLE_CHARS = 2_000_000
MAX_PROSE_CHARS = 20_000
# Python-Markdown's link patterns take time that grows faster than the square of the
# number of "[" in a paragraph (3,000 of them: seconds). No real paragraph holds this
# many links, so past it every "[" of the paragraph is shown as a plain bracket.
MAX_BRACKETS_PER_PARAGRAPH = 32
_converters = threading.local()
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_UNESCAPED_BRACKET = re.compile(r"(?<!\\)\[")
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

_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "b",
    "em",
    "i",
    "code",
    "pre",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "del",
    "span",
}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th"}
_INLINE_STYLES = {"strong": "b", "b": "b", "em": "i", "i": "i", "code": "code", "a": "a"}
_COLLAPSIBLE = " \t\n\r\f"
_WHITESPACE_RUN = re.compile(r"[ \t\n\r\f]+")


class TooLong(ValueError):
    """Markdown over the size CloseRead agrees to render."""


def sanitise(html: str) -> str:
    """Keep only harmless tags and attributes; drop every URL that names a scheme."""
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        attribute_filter=_pack_relative_only,
    )


def without_images(html: str) -> str:
    """Sanitised ``html`` with its pictures left out, for Qt text that has no pack behind
    it (a tooltip, a label): Qt's own loader would fetch them from the disk."""
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS - {"img"},
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        attribute_filter=_pack_relative_only,
    )


def _pack_relative_only(tag: str, attribute: str, value: str) -> str | None:
    """Drop links and image sources that could leave the pack: absolute or ``..`` paths."""
    if attribute not in {"href", "src"}:
        return value
    if value.startswith("#"):
        return value
    path = value.replace("\\", "/")
    if path.startswith("/") or ":" in path or ".." in path.split("/"):
        return None
    return value


def markdown_to_html(text: str, *, limit: int = MAX_PROSE_CHARS, tables: bool = False) -> str:
    """Render prose from a pack (prompts, explanations, feedback) to sanitised HTML.

    ``tables``: pipe tables become tables (the teacher notes have them)."""
    if not text:  # (an empty view: no need to make a Markdown converter for it)
        return ""
    return sanitise(unsanitised_html(text, limit=limit, tables=tables))


def unsanitised_html(text: str, *, limit: int = MAX_PROSE_CHARS, tables: bool = False) -> str:
    """What Markdown makes of ``text`` before the sanitiser: for checks, never for showing."""
    if len(text) > limit:
        raise TooLong(f"the text is {len(text):,} characters long; the limit is {limit:,}")
    aside = SetAside(_HTML_COMMENT.sub("", text))
    source = _defuse_brackets(aside.text)
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


def _defuse_brackets(text: str) -> str:
    if text.count("[") <= MAX_BRACKETS_PER_PARAGRAPH:
        return text
    pieces = BLOCK_BREAK.split(text)
    for index, piece in enumerate(pieces):
        if piece.count("[") > MAX_BRACKETS_PER_PARAGRAPH:
            pieces[index] = _UNESCAPED_BRACKET.sub(r"\\[", piece)
    return "".join(pieces)


def article_from_markdown(text: str) -> Article:
    """Build the article's blocks and canonical text from its Markdown."""
    html = markdown_to_html(text, limit=MAX_ARTICLE_CHARS)
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    blocks: list[Block] = []
    offset = 0
    for kind, segments, image in parser.blocks:
        runs = _runs(segments)
        length = sum(len(run) for run, _ in runs)
        blocks.append(Block(kind=kind, start=offset, end=offset + length, runs=runs, image=image))
        offset += length + 1
    canonical = "\n".join(block.text for block in blocks)
    return Article(markdown=text, text=canonical, blocks=tuple(blocks))


def _runs(segments: list[tuple[str, frozenset[str]]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Collapse whitespace the way HTML does, then join neighbours of the same style."""
    runs: list[tuple[str, frozenset[str]]] = []
    after_space = True  # a block's leading whitespace is dropped
    for text, styles in segments:
        text = _WHITESPACE_RUN.sub(" ", text)
        if after_space and text.startswith(" "):
            text = text[1:]
        if not text:
            continue
        after_space = text.endswith(" ")
        if runs and runs[-1][1] == styles:
            runs[-1] = (runs[-1][0] + text, styles)
        else:
            runs.append((text, styles))
    while runs and runs[-1][0].endswith(" "):
        trimmed = runs[-1][0][:-1]
        if trimmed:
            runs[-1] = (trimmed, runs[-1][1])
        else:
            runs.pop()
    return tuple(runs)


class _BlockParser(HTMLParser):
    """Split sanitised HTML into blocks of styled characters."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, list[tuple[str, frozenset[str]]], str]] = []
        self._context: list[str] = []
        self._styles: list[str] = []
        self._segments: list[tuple[str, frozenset[str]]] = []
        self._image = ""

    def _flush(self) -> None:
        if any(text.strip(_COLLAPSIBLE) for text, _ in self._segments) or self._image:
            kind = self._block_kind()
            self.blocks.append((kind, self._segments, self._image))
        self._segments = []
        self._image = ""

    def _block_kind(self) -> str:
        for tag in reversed(self._context):
            if tag in {"li", "blockquote", "pre"} or tag.startswith("h"):
                return tag
        return "figure" if self._image else "p"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
            self._context.append(tag)
        elif tag in _INLINE_STYLES:
            self._styles.append(_INLINE_STYLES[tag])
        elif tag == "br":
            self.handle_data(" ")
        elif tag == "img":
            values = dict(attrs)
            self._image = values.get("src") or ""
            self.handle_data(values.get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag in self._context:
                del self._context[len(self._context) - 1 - self._context[::-1].index(tag)]
        elif tag in _INLINE_STYLES and _INLINE_STYLES[tag] in self._styles:
            self._styles.reverse()
            self._styles.remove(_INLINE_STYLES[tag])
            self._styles.reverse()

    def handle_data(self, data: str) -> None:
        self._segments.append((data, frozenset(self._styles)))

    def close(self) -> None:
        super().close()
        self._flush()
