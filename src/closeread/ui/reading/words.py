"""Words and sentences of the article's text, for snapping what a student selects.

Pure Python, no Qt. A word is a token of the scoring rule (docs/scoring.md), found by the
core's own tokeniser: a run of word characters with inner apostrophes
(``\\w+(?:['’]\\w+)*``), and each CJK character on its own. Snapping a selection to
whole words therefore never changes which tokens the scorer sees; it only makes the
mark on screen look the way the student meant it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from closeread.core.grading.spans import tokenize

# A sentence ends at . ! ? … (or the CJK 。！？), possibly followed by closing quotes or
# brackets, where whitespace follows; a CJK full stop needs no whitespace after it.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[。！？]+[」』”’）]*")
# Abbreviations that end with a full stop but rarely end a sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "fig"}
    | {"approx", "dept", "inc", "ltd"}
)
_SPACE = " \t\n\r\f\v\u00a0\u2028\u2029\u3000"


class WordIndex:
    """The tokens of one text, found once, and the sentence boundaries in it."""

    __slots__ = ("_ends", "_starts", "text")

    def __init__(self, text: str) -> None:
        tokens = tokenize(text)
        self.text = text
        self._starts: list[int] = tokens.starts
        self._ends: list[int] = tokens.ends

    def __len__(self) -> int:
        return len(self._starts)

    def token_at(self, offset: int) -> tuple[int, int] | None:
        """The token that contains the character at ``offset``, if one does."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._ends[index]:
            return self._starts[index], self._ends[index]
        return None

    def tokens_in(self, start: int, end: int) -> int:
        """How many tokens ``[start, end)`` touches."""
        if end <= start:
            return 0
        lo = bisect_right(self._ends, start)
        return max(0, bisect_left(self._starts, end) - lo)

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """``[start, end)`` grown to whole words and trimmed of outer whitespace.

        A start or end inside a word moves out to that word's edge; punctuation the
        student took in (a closing full stop, quotes) stays. A selection that touches
        no word at all gives None.
        """
        start, end = max(0, min(start, end)), min(len(self.text), max(start, end))
        if end <= start:
            return None
        token = self.token_at(start)
        if token is not None:
            start = token[0]
        token = self.token_at(end - 1)
        if token is not None:
            end = token[1]
        while start < end and self.text[start] in _SPACE:
            start += 1
        while end > start and self.text[end - 1] in _SPACE:
            end -= 1
        if self.tokens_in(start, end) == 0:
            return None
        return start, end

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence around ``offset``: within its paragraph, from the end of the
        previous sentence to the end of this one (closing punctuation included).

        None when ``offset`` is on a line with no words.
        """
        text = self.text
        offset = max(0, min(offset, len(text)))
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        if line_end < 0:
            line_end = len(text)
        start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if self._is_abbreviation(match.start()):
                continue
            if match.end() > offset:
                return self.snap(start, match.end())
            start = match.end()
        return self.snap(start, line_end)

    def _is_abbreviation(self, dot: int) -> bool:
        """True when the full stop at ``dot`` ends a short abbreviation ("Dr.", "U.S.")."""
        if self.text[dot] != ".":
            return False
        word_start = dot
        while word_start > 0 and (
            self.text[word_start - 1].isalpha() or self.text[word_start - 1] == "."
        ):
            word_start -= 1
        word = self.text[word_start:dot]
        if word.lower() in _ABBREVIATIONS:
            return True
        # Initials and dotted acronyms: "J. Smith", "U.S. officials".
        return (len(word) == 1 and word.isupper()) or ("." in word and len(word) <= 6)
