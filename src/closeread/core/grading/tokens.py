"""The article's text cut once into tokens and sentences, for the span rule to count in.

Tokens are words (``\\w+(?:['’]\\w+)*``) and each CJK character on its own; a span stands
for the range of tokens it touches. Sentences end at a full stop, question or exclamation
mark before anything but a lower-case letter, at a CJK full stop, and at every line break.
A key span is *sentence-level* when it covers at least ``SENTENCE_SHARE`` of the
sentences it touches; its zone is then those sentences (docs/scoring.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Protocol

SENTENCE_SHARE = 2 / 3  # a key span this much of its sentences is "sentence-level"

# Ideographs (with 々〆〇), kana and Hangul syllables: the scripts written without
# spaces between words, or with syllable blocks the rule counts one by one.
_CJK = (
    "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
_WORD_CHAR = rf"[^\W{_CJK}]"
# ``\w+(?:['’]\w+)*`` with CJK characters taken out of words and matched one by one.
# Possessive quantifiers change no match (a word run can only end where ``\w`` does)
# but spare the engine backtracking, which makes tokenising a third faster.
TOKEN_SOURCE = rf"{_WORD_CHAR}++(?:'{_WORD_CHAR}++|’{_WORD_CHAR}++)*+|[{_CJK}]"


# The patterns are compiled when first used: their CJK ranges keep the regex compiler
# busy for about ten milliseconds each, which opening an exercise need not wait for.
@cache
def token_pattern() -> re.Pattern[str]:
    """The pattern one token matches."""
    return re.compile(TOKEN_SOURCE)


@cache
def _splitter() -> re.Pattern[str]:
    return re.compile(f"({TOKEN_SOURCE})")


# Where a sentence ends: a full stop, question or exclamation mark (closing quotes and
# brackets may follow) before a space and anything but a lower-case ASCII letter; a CJK
# full stop; and every line break, since the article's blocks are joined by "\n".
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?![a-z])|[。！？]+|\n")


class SpanLike(Protocol):
    """A :class:`Span` or a :class:`closeread.core.pack.model.KeySpan`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of the article: code-point offsets, end exclusive."""

    start: int
    end: int
    label: str


class TokenizedText:
    """An article's text split into tokens once, to score any number of answers against."""

    __slots__ = ("_bounds", "_sentence_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence_starts: list[int] | None = None
        # Splitting on a capturing pattern alternates gap, token, gap, ..., gap; the
        # running sum of their lengths is start0, end0, start1, end1, ..., len(text).
        self._bounds = list(accumulate(map(len, _splitter().split(text))))

    def __len__(self) -> int:
        return len(self._bounds) // 2

    @property
    def starts(self) -> list[int]:
        return self._bounds[0:-1:2]

    @property
    def ends(self) -> list[int]:
        return self._bounds[1::2]

    def token(self, index: int) -> str:
        start, end = self.token_offsets(index)
        return self.text[start:end]

    def token_offsets(self, index: int) -> tuple[int, int]:
        if not 0 <= index < len(self):
            raise IndexError(f"no token {index} (there are {len(self)})")
        return self._bounds[2 * index], self._bounds[2 * index + 1]

    @property
    def sentence_starts(self) -> list[int]:
        """Index of the first token of every sentence, ascending, starting with 0."""
        if self._sentence_starts is None:
            starts, found = self.starts, [0]
            for match in _SENTENCE_END.finditer(self.text):
                index = bisect_left(starts, match.end())
                if found[-1] < index < len(starts):
                    found.append(index)
            self._sentence_starts = found
        return self._sentence_starts

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """The token range ``lo, hi`` of every sentence, in order."""
        starts = self.sentence_starts
        if not len(self):
            return []
        return list(zip(starts, [*starts[1:], len(self)], strict=True))

    def sentences_around(self, lo: int, hi: int) -> tuple[int, int]:
        """The token range of the sentences the tokens ``[lo, hi)`` touch."""
        starts = self.sentence_starts
        first = starts[bisect_right(starts, lo) - 1]
        after = bisect_left(starts, hi)
        return first, starts[after] if after < len(starts) else len(self)

    def zone(self, lo: int, hi: int) -> tuple[int, int]:
        """A key span's zone: its sentences if it is sentence-level, else itself."""
        if hi <= lo:
            return lo, hi
        first, last = self.sentences_around(lo, hi)
        if hi - lo >= SENTENCE_SHARE * (last - first):
            return first, last
        return lo, hi

    def zones(self, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """:meth:`zone` of each token range, in one pass."""
        starts, count, share = self.sentence_starts, len(self), SENTENCE_SHARE
        right, left, n = bisect_right, bisect_left, len(self.sentence_starts)
        found = []
        for lo, hi in ranges:
            if hi > lo:
                first = starts[right(starts, lo) - 1]
                after = left(starts, hi)
                last = starts[after] if after < n else count
                if hi - lo >= share * (last - first):
                    found.append((first, last))
                    continue
            found.append((lo, hi))
        return found

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``lo, hi`` of the tokens ``[start, end)`` touches; ``lo == hi`` when none."""
        (span,) = self.token_ranges((Span(start, end, ""),), "span")
        return span

    def token_ranges(self, spans: Iterable[SpanLike], what: str) -> list[tuple[int, int]]:
        """:meth:`token_range` of each span; ``ValueError`` for a span outside the text."""
        bounds, length = self._bounds, len(self.text)
        right, left = bisect_right, bisect_left
        ranges = []
        for span in spans:
            start, end = span.start, span.end
            if type(start) is not int or type(end) is not int or not 0 <= start <= end <= length:
                raise ValueError(
                    f"{what} [{start!r}, {end!r}) is not inside the text (length {length})"
                )
            # With bounds start0, end0, start1, end1, ...: half the bounds at or before
            # ``start`` is the number of tokens over by then; half the bounds before
            # ``end``, rounded up, the number of tokens begun by then.
            lo = right(bounds, start) // 2
            hi = (left(bounds, end) + 1) // 2 if end > start else lo
            ranges.append((lo, hi if hi > lo else lo))
        return ranges


@lru_cache(maxsize=8)
def tokenize(text: str) -> TokenizedText:
    """The tokens of ``text``, cached: the app scores the same article many times."""
    return TokenizedText(text)
