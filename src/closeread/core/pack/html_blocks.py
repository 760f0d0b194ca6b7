"""The article's blocks from its sanitised HTML, and the pictures any HTML names.

Python's HTML parser reads what :mod:`closeread.core.pack.rendering` made of the
Markdown: each block (heading, paragraph, list item, quote, table cell) becomes a
``Block`` of styled runs, with HTML's whitespace collapsing applied, so that the
article's canonical text is the blocks' text joined by "\\n". Loaded when a pack is
checked, not when the app shows one from the cache of checked packs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from closeread.core.pack.model import Block

_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th"}
_INLINE_STYLES = {"strong": "b", "b": "b", "em": "i", "i": "i", "code": "code", "a": "a"}
_COLLAPSIBLE = " \t\n\r\f"
_WHITESPACE_RUN = re.compile(r"[ \t\n\r\f]+")


def blocks_of(html: str) -> tuple[Block, ...]:
    """The blocks of sanitised ``html``, their offsets counted in its canonical text."""
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
    return tuple(blocks)


def html_image_references(html: str) -> list[str]:
    """The ``src`` of every ``<img>`` in ``html``, in order."""
    finder = _ImageFinder()
    finder.feed(html)
    finder.close()
    return finder.sources


class _ImageFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.append(dict(attrs).get("src") or "")

    handle_startendtag = handle_starttag


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
