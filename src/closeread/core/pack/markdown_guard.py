"""Blocks of Markdown too dense for Python-Markdown, set aside and shown as plain text.

Python-Markdown's inline patterns take time that grows with the square of some runs in
one paragraph (100,000 ``[`` took 31 s, 80,000 ``&amp;`` 6 s, 50,000 reference lines
6 s), and its list and quote parsers recurse once per nesting level (``- * `` 400 times
ends in a RecursionError). No paragraph a person writes needs hundreds of Markdown
characters or lists nested eight deep. Such a block is taken out before conversion,
a one-time token stands in its place, and afterwards the token's paragraph becomes the
block's own text, escaped: every word is still there and offsets still count, it is
just not formatted. The rest of the text is converted as usual, so the time stays
linear in the size of the text.
"""

from __future__ import annotations

import html
import os
import re

MAX_MARKUP_PER_BLOCK = 256  # characters Markdown may read as syntax, in one block
MAX_NESTING = 8  # list and quote markers opening one line
_MARKUP = re.compile(r"[\[\]()<>&`*_!\\#|]")
BLOCK_BREAK = re.compile(r"(\n[ \t]*\n)")  # a blank line, kept by split()
_DEEP_LINE = re.compile(rf"^(?:[ \t]*(?:[>*+-]|\d{{1,9}}[.)])){{{MAX_NESTING + 1},}}", re.M)
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")


class SetAside:
    """The text Markdown is given, and how to put the set-aside blocks back."""

    def __init__(self, text: str) -> None:
        self._nonce = os.urandom(6).hex()  # (what secrets.token_hex does, without hmac)
        self._blocks: list[str] = []
        pieces = BLOCK_BREAK.split(text)
        for index in range(0, len(pieces), 2):  # odd indices are the blank lines between
            if _too_dense(pieces[index]):
                self._blocks.append(pieces[index])
                pieces[index] = self._token(len(self._blocks) - 1)
        self.text = "".join(pieces)

    def _token(self, number: int) -> str:
        return f"closeread{self._nonce}plain{number}z"

    def restore(self, converted: str) -> str:
        """``converted`` with each token's paragraph replaced by its block as plain text."""
        if not self._blocks:
            return converted
        pattern = re.compile(rf"<p>closeread{self._nonce}plain(\d+)z</p>")
        return pattern.sub(lambda match: _plain(self._blocks[int(match.group(1))]), converted)


def _too_dense(block: str) -> bool:
    if len(_MARKUP.findall(block)) > MAX_MARKUP_PER_BLOCK:
        return True
    return _DEEP_LINE.search(block) is not None


def _plain(block: str) -> str:
    return "<p>" + html.escape(_WHITESPACE.sub(" ", block).strip(), quote=False) + "</p>"
