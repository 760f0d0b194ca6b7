"""Markdown made safe for Python-Markdown: its work stays linear in the size of the text.

Python-Markdown spends time that grows with the square of some inputs: every ``[`` it
cannot close makes it read on to the end of the paragraph, character by character in
Python (30 of them before a 2,000,000-character paragraph took 18 s), a run of 250
backticks takes seconds before a long paragraph, and its list and quote parsers recurse
once per nesting level (``- * `` 400 times ends in a RecursionError). Past that, its
time is linear but steep: about 20 µs for every list item, emphasis mark or link, so
2,000,000 characters of dense Markdown take 10 s. The rules here, applied to every text
before conversion, bound both:

- a text with more than ``MAX_MARKS`` Markdown marks (``[ ] ( ) < > & ` * _ ! \\ # |``
  and list markers, each list marker once more for every level it is indented) is not
  converted at all: :func:`marks_over_limit` says so, and the caller refuses it;
- a block (the text between blank lines) with more than ``MAX_MARKUP_PER_BLOCK`` marks,
  or lists and quotes nested more than ``MAX_NESTING`` deep, is set aside: a one-time
  token stands in for it, and afterwards the token's paragraph becomes the block's own
  text, escaped. Every word is still there and offsets still count; it is just not
  formatted;
- in the other blocks, a ``[`` that could make Python-Markdown read far (one that is
  never closed, closed more than ``MAX_LINK_CHARS`` further on or across a backtick,
  nested deeper than ``MAX_BRACKET_DEPTH``, one of more than ``MAX_BRACKETS_PER_BLOCK``
  in its block, or whose ``](`` destination is not closed nearby and plainly) and every
  run of more than three backticks are shown as the characters they are: a private-use
  character that Markdown ignores stands in for each while converting.
"""

from __future__ import annotations

import html
import os
import re

MAX_MARKS = 15_000  # in one text; see docs/security.md
MAX_MARKUP_PER_BLOCK = 256  # characters Markdown may read as syntax, in one block
MAX_NESTING = 8  # list and quote markers opening one line
MAX_BRACKETS_PER_BLOCK = 32
MAX_BRACKET_DEPTH = 3
MAX_LINK_CHARS = 500  # from a "[" to its "]", and from "](" to its ")"
_MARK_CHARACTERS = "[]()<>&`*_!\\#|"
_MARKUP = re.compile(r"[\[\]()<>&`*_!\\#|]")
_LIST_MARKER = re.compile(r"^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?=[ \t\n])", re.M)
BLOCK_BREAK = re.compile(r"(\n[ \t]*\n)")  # a blank line, kept by split()
_DEEP_LINE = re.compile(rf"^(?:[ \t]*(?:[>*+-]|\d{{1,9}}[.)])){{{MAX_NESTING + 1},}}", re.M)
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
# What decides how far Python-Markdown reads from a "[": escaped brackets and backslashes
# (a pair), brackets and backticks (escaped or not: an escaped one can close a code span).
_BRACKET_TOKEN = re.compile(r"\\[\\\[\]]|[\[\]`]")
_LONG_TICKS = re.compile(r"(?<!\\)`{4,}")
_TITLE = rf"""(?:"[^"()\\]{{0,{MAX_LINK_CHARS}}}"|'[^'()\\]{{0,{MAX_LINK_CHARS}}}')"""
_PATH_CHARACTER = r"""(?:[^\s()"'\\]|\\(?![()"']))"""  # an escaped ")" would not close it
_PATH = rf"(?:{_PATH_CHARACTER}|\({_PATH_CHARACTER}{{0,{MAX_LINK_CHARS}}}\)){{0,{MAX_LINK_CHARS}}}"
_PLAIN_DESTINATION = re.compile(rf"\(\s*{_PATH}(?:\s+{_TITLE})?\s*\)")


def count_marks(text: str) -> int:
    """How many characters of ``text`` Markdown may read as syntax, list markers counted
    once more for each level (four columns) they are indented."""
    return sum(map(text.count, _MARK_CHARACTERS)) + _list_marks(text)


def _list_marks(text: str) -> int:
    indents = _LIST_MARKER.findall(text)
    return len(indents) + len("".join(indents).expandtabs(4)) // 4


def marks_over_limit(text: str) -> str:
    """Why ``text`` holds too much Markdown to convert in time, or "": the rule the
    renderer applies, for the checker. Blocks set aside as plain text do not count."""
    if count_marks(text) <= MAX_MARKS:  # an upper bound, in one pass
        return ""
    return too_many_marks(SetAside(without_comments(text)).marks)


def too_many_marks(marks: int) -> str:
    """The refusal for a text whose formatted blocks hold ``marks`` marks, or ""."""
    if marks <= MAX_MARKS:
        return ""
    return (
        f"it holds {marks:,} Markdown marks (brackets, parentheses, emphasis, list "
        f"markers and the like); at most {MAX_MARKS:,} can be formatted in one text"
    )


def without_comments(text: str) -> str:
    """``text`` without its HTML comments, found in one pass (a regex would read to the end
    once for every ``<!--`` that is never closed)."""
    pieces, start = [], 0
    while (opened := text.find("<!--", start)) >= 0:
        closed = text.find("-->", opened + 4)
        if closed < 0:
            break
        pieces.append(text[start:opened])
        start = closed + 3
    pieces.append(text[start:])
    return "".join(pieces)


class SetAside:
    """The text Markdown is given, and how to put back what was set aside."""

    def __init__(self, text: str) -> None:
        self._nonce = os.urandom(6).hex()  # (what secrets.token_hex does, without hmac)
        self._blocks: list[str] = []
        self._bracket, self._tick = _stand_ins(text)
        self.marks = 0  # in the blocks left to Markdown
        pieces = BLOCK_BREAK.split(text)
        kept = []
        for index in range(0, len(pieces), 2):  # odd indices are the blank lines between
            block = pieces[index]
            marks = len(_MARKUP.findall(block))
            if marks > MAX_MARKUP_PER_BLOCK or _DEEP_LINE.search(block):
                self._blocks.append(block)
                pieces[index] = self._token(len(self._blocks) - 1)
            else:
                self.marks += marks + _list_marks(block)
                kept.append(index)
        if self.marks <= MAX_MARKS:  # past it the text is refused: no need to go on
            for index in kept:
                pieces[index] = self._literal(pieces[index])
        self.text = "".join(pieces)

    def _token(self, number: int) -> str:
        return f"closeread{self._nonce}plain{number}z"

    def _literal(self, block: str) -> str:
        if "``" in block:
            block = _LONG_TICKS.sub(lambda match: self._tick * len(match.group()), block)
        if "[" not in block:
            return block
        far = far_brackets(block)
        if not far:
            return block
        characters = list(block)
        for position in far:
            characters[position] = self._bracket
        return "".join(characters)

    def restore(self, converted: str) -> str:
        """``converted`` with each token's paragraph replaced by its block as plain text,
        and each stand-in by the character it stands for."""
        converted = converted.replace(self._bracket, "[").replace(self._tick, "`")
        if not self._blocks:
            return converted
        pattern = re.compile(rf"<p>closeread{self._nonce}plain(\d+)z</p>")
        return pattern.sub(lambda match: _plain(self._blocks[int(match.group(1))]), converted)


def far_brackets(block: str) -> list[int]:
    """Where the ``[`` stand in ``block`` that could make Python-Markdown read far.

    Python-Markdown reads from a ``[`` to the ``]`` that closes it, counting nested
    brackets, with code spans and escaped characters already out of the way; then, after
    ``](``, to the ``)`` that closes the destination. A bracket kept here is closed
    within ``MAX_LINK_CHARS``, no backtick between (so no code span can hide its ``]``),
    and its destination, if any, is plain: no nested parentheses or stray quotes."""
    if block.count("[") > MAX_BRACKETS_PER_BLOCK:
        return [match.start() for match in re.finditer(r"\[", block)]
    far: list[int] = []
    open_brackets: list[tuple[int, int]] = []  # (position, backticks before it)
    ticks = 0
    for match in _BRACKET_TOKEN.finditer(block):
        token, position = match.group(), match.start()
        if token == "`":
            ticks += 1
        elif token == "[":
            open_brackets.append((position, ticks))
        elif token == "]" and open_brackets:
            depth = len(open_brackets)
            start, ticks_then = open_brackets.pop()
            if (
                ticks != ticks_then
                or position - start > MAX_LINK_CHARS
                or depth > MAX_BRACKET_DEPTH
                or not _plain_destination(block, position + 1)
            ):
                far.append(start)
    far.extend(start for start, _ in open_brackets)
    return sorted(far)


def _plain_destination(block: str, position: int) -> bool:
    """Whether a ``](`` destination starting at ``position`` (if any) is closed nearby and
    plainly: Python-Markdown stops at its ``)``."""
    if not block.startswith("(", position):
        return True
    return _PLAIN_DESTINATION.match(block, position) is not None


def _stand_ins(text: str) -> tuple[str, str]:
    """Two private-use characters that ``text`` does not hold."""
    found: list[str] = []
    code = 0xE000
    while len(found) < 2:
        if chr(code) not in text:
            found.append(chr(code))
        code += 1
    return found[0], found[1]


def _plain(block: str) -> str:
    return "<p>" + html.escape(_WHITESPACE.sub(" ", block).strip(), quote=False) + "</p>"
