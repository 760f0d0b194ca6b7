"""A small, fast Markdown subset to HTML, for the feedback printed in grade reports.

A school's report holds tens of thousands of feedback texts, most of them different
(they quote what each student marked). Python-Markdown takes milliseconds for each, so
a report would take minutes; this converter takes tens of microseconds. It knows what
:mod:`closeread.core.grading.feedback` writes, and the Markdown teachers put in explanations:

- blocks: paragraphs (lines joined), lists (``-``, ``*``, ``+`` or ``1.`` items, also
  straight after a paragraph line), headings (``#`` to ``######``, all at one level:
  they head parts of one exercise), block quotes;
- inline: ``**bold**``, ``__bold__``, ``*italic*``, ``_italic_``, ```code```, backslash
  escapes and character references (``&amp;``).

Links and pictures become their text (a report stands alone); raw HTML tags are
dropped and their text kept. Everything else is text, escaped: the output holds no
markup but ``p ul ol li b i code blockquote h5``, so it needs no sanitiser.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_ORDERED = re.compile(r"^\s{0,3}\d")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<&])")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_HOLE = re.compile("\x00(\\d+)\x00")


@lru_cache(maxsize=16384)
def to_html(markdown: str) -> str:
    """``markdown`` (the subset above) as HTML."""
    out: list[str] = []
    lines = markdown.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if heading := _HEADING.match(line):
            out.append(f"<h5>{inline(heading[2])}</h5>")  # a heading inside one exercise
            index += 1
        elif _QUOTE.match(line):
            quoted = []
            while index < len(lines) and (match := _QUOTE.match(lines[index])):
                quoted.append(match[1])
                index += 1
            out.append(f"<blockquote>{to_html(chr(10).join(quoted))}</blockquote>")
        elif _ITEM.match(line):
            tag = "ol" if _ORDERED.match(line) else "ul"
            items: list[str] = []
            while index < len(lines) and lines[index].strip():
                if match := _ITEM.match(lines[index]):
                    items.append(match[1])
                elif items:  # a continuation line of the item
                    items[-1] += " " + lines[index].strip()
                index += 1
            body = "".join(f"<li>{inline(item)}</li>" for item in items)
            out.append(f"<{tag}>{body}</{tag}>")
        else:
            paragraph: list[str] = []
            while index < len(lines) and lines[index].strip():
                if paragraph and (_ITEM.match(lines[index]) or _HEADING.match(lines[index])):
                    break
                paragraph.append(lines[index].strip())
                index += 1
            out.append(f"<p>{inline(' '.join(paragraph))}</p>")
    return "".join(out)


def inline(text: str) -> str:
    """One line of Markdown: emphasis, code, escapes; links and pictures as their text."""
    kept: list[str] = []

    def hole(value: str) -> str:
        kept.append(value)
        return f"\x00{len(kept) - 1}\x00"

    text = text.replace("\x00", "")
    text = _ESCAPED.sub(lambda m: hole(html.escape(m[1])), text)
    text = _CODE.sub(lambda m: hole(f"<code>{html.escape(html.unescape(m[1]))}</code>"), text)
    text = _TAG.sub("", text)
    text = _IMAGE.sub(lambda m: m[1], text)
    text = _LINK.sub(lambda m: m[1], text)
    text = html.escape(html.unescape(text), quote=False)
    text = _BOLD.sub(lambda m: f"<b>{m[1] or m[2]}</b>", text)
    text = _ITALIC.sub(lambda m: f"<i>{m[1] or m[2]}</i>", text)
    return _HOLE.sub(lambda m: kept[int(m[1])], text)
