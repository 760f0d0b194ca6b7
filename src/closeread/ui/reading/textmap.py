"""Offsets in the core's unit (code points) to and from QTextDocument positions (UTF-16).

The core counts Python code points; Qt counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (most emoji, some CJK ideographs, maths letters)
takes two positions in a QTextDocument and one offset in the core. Block separators
count one in both, so the article's canonical text and the reader's document differ
only there. This module has no Qt in it: it is arithmetic on the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextMap:
    """Converts between code-point offsets and UTF-16 positions for one text.

    Built once per article: it records where the non-BMP characters are (found by a
    regular expression, so in C), and each conversion is a binary search over those
    alone. A text with none converts by identity.
    """

    __slots__ = ("_astral", "_astral_qt", "length", "qt_length")

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # Where each of those characters starts in UTF-16 units: every earlier one adds one.
        self._astral_qt = [offset + index for index, offset in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    @property
    def identity(self) -> bool:
        """True when offsets and positions are the same numbers (no non-BMP character)."""
        return not self._astral

    def to_qt(self, offset: int) -> int:
        """The QTextDocument position of code-point ``offset`` (0 ... len(text))."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """The code-point offset of QTextDocument ``position``.

        A position between the two halves of a surrogate pair (which Qt's cursor never
        rests on, but a computed position might) maps to the start of that character.
        """
        if not self._astral:
            return position
        # Characters that start before ``position`` each took one unit more than one offset;
        # when ``position`` is inside the last of them this lands on its start.
        return position - bisect_left(self._astral_qt, position)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.from_qt(start), self.from_qt(end)
