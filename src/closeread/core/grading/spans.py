"""The scoring rule for marked spans (DESIGN.md, "The scoring rule for marked spans").

1. The article's text is tokenised once: words (``\\w+(?:['’]\\w+)*``) and each CJK
   character on its own. A span stands for the set of tokens it touches; because
   tokens are ordered and do not overlap, that set is a range of token indices.
2. A mark s may pair with a key span k when |T(s)∩T(k)| / max(|T(s)|, |T(k)|) ≥ θ.
3. Pair credit w(s, k) = L(label_s, label_k) · Dice(s, k), where L is 1 for the same
   label, the pack's near-miss credit for (label_s, label_k), else 0.
4. Marks and key spans pair one to one by maximum total credit.
5. Score = 2·Σw / (|S| + |K|), a soft F1; both empty scores 1.

Precision is Σw / |S| and recall Σw / |K|; an empty side counts 1 only when both
sides are empty. A span touching no token (only spaces or punctuation) pairs with
nothing: such a mark is extra, and the pack checker should refuse such a key span.

Pairing only ever looks at overlapping spans (a sweep over the token ranges) and
hands the candidate pairs to :mod:`closeread.core.grading.matching`, an exact solver.

Among pairings of equal total credit the solver prefers more pairs, then more overlap:
a mark on the right words with a label worth nothing still pairs with its key span,
so feedback can say "right passage, wrong label" instead of "extra" and "missed".
This never changes the score.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from heapq import heappop, heappush
from itertools import accumulate
from operator import itemgetter
from typing import Literal, NamedTuple, Protocol

from closeread.core.grading.matching import max_weight_matching

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
TOKEN_PATTERN = re.compile(rf"{_WORD_CHAR}++(?:'{_WORD_CHAR}++|’{_WORD_CHAR}++)*+|[{_CJK}]")
_SPLITTER = re.compile(f"({TOKEN_PATTERN.pattern})")

OutcomeKind = Literal["hit", "partial", "wrong_label", "extra", "missed"]


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

    __slots__ = ("_bounds", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Splitting on a capturing pattern alternates gap, token, gap, ..., gap; the
        # running sum of their lengths is start0, end0, start1, end1, ..., len(text).
        self._bounds = list(accumulate(map(len, _SPLITTER.split(text))))

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


class SpanOutcome(NamedTuple):
    """What became of one key span, one mark, or a pair of them.

    ``hit``: same label, same tokens. ``partial``: same label, boundaries off.
    ``wrong_label``: the right passage under another label; ``credit`` is the pack's
    near-miss credit times the overlap, often 0. ``extra``: a mark that paired with no
    key span. ``missed``: a key span no mark paired with.

    (A named tuple rather than a frozen dataclass: a long text makes thousands of these
    per scoring, and a frozen dataclass takes five times as long to build.)
    """

    kind: OutcomeKind
    mark: SpanLike | None = None  # the mark as given
    key: SpanLike | None = None  # the key span as given (a KeySpan keeps its quote)
    mark_index: int | None = None  # position in the marks as given
    key_index: int | None = None  # position in the key as given
    credit: float = 0.0  # w(s, k)
    dice: float = 0.0  # token overlap of the pair, 2|∩| / (|T(s)| + |T(k)|)
    explanation: str = ""  # the key span's explanation
    key_id: str = ""

    @property
    def expected_label(self) -> str | None:
        return self.key.label if self.key is not None else None

    @property
    def marked_label(self) -> str | None:
        return self.mark.label if self.mark is not None else None

    @property
    def start(self) -> int:
        """Where it begins in the text, to list outcomes in reading order."""
        if self.key is not None and self.mark is not None:
            return min(self.key.start, self.mark.start)
        span = self.key if self.key is not None else self.mark
        assert span is not None
        return span.start


@dataclass(frozen=True, slots=True)
class SpanResult:
    score: float  # soft F1, 0 ... 1
    precision: float  # Σw / |S|
    recall: float  # Σw / |K|
    credit: float  # Σw
    outcomes: tuple[SpanOutcome, ...]  # every pair, extra and miss, in reading order
    key_outcomes: tuple[SpanOutcome, ...]  # one per key span, in the key's order
    mark_outcomes: tuple[SpanOutcome, ...]  # one per mark, in the order given

    def count(self, kind: OutcomeKind) -> int:
        return sum(1 for outcome in self.outcomes if outcome.kind == kind)


def score_spans(
    text: str | TokenizedText,
    key: Iterable[SpanLike],
    marks: Iterable[SpanLike],
    *,
    theta: float = 0.5,
    label_credit: Mapping[tuple[str, str], float] | None = None,
) -> SpanResult:
    """Score ``marks`` against ``key`` on ``text`` by the rule in the module docstring.

    ``text`` is the article's text, or the :class:`TokenizedText` of it. ``key`` may hold
    :class:`Span` or :class:`~closeread.core.pack.model.KeySpan` objects (their explanations
    and ids flow into the outcomes). ``label_credit`` maps ``(marked label, key label)``
    to a near-miss credit in [0, 1]. Raises ``ValueError`` for a span outside the text
    or a parameter out of range.
    """
    tokens = text if isinstance(text, TokenizedText) else tokenize(text)
    key = tuple(key)
    marks = tuple(marks)
    if not 0.0 <= theta <= 1.0:
        raise ValueError(f"theta must be between 0 and 1, not {theta!r}")
    near_miss = _checked_label_credit(label_credit)
    key_ranges = tokens.token_ranges(key, "key span")
    mark_ranges = tokens.token_ranges(marks, "mark")

    pairs = _candidate_pairs(marks, mark_ranges, key, key_ranges, theta, near_miss)
    chosen = _best_pairing(pairs, marks, key)

    explanations = [getattr(k, "explanation", "") for k in key]
    key_ids = [getattr(k, "id", "") for k in key]
    placed: list[tuple[int, int, int, SpanOutcome]] = []  # (start, key, mark): reading order
    key_outcomes: list[SpanOutcome | None] = [None] * len(key)
    mark_outcomes: list[SpanOutcome | None] = [None] * len(marks)
    for pair in chosen:
        m, k = pair.mark, pair.key
        if pair.label_credit < 1.0:
            kind: OutcomeKind = "wrong_label"
        else:
            kind = "hit" if mark_ranges[m] == key_ranges[k] else "partial"
        mark, expected = marks[m], key[k]
        outcome = SpanOutcome(
            kind, mark, expected, m, k, pair.credit, pair.dice, explanations[k], key_ids[k]
        )
        start = mark.start if mark.start < expected.start else expected.start
        placed.append((start, k, m, outcome))
        key_outcomes[k] = mark_outcomes[m] = outcome
    for k, found in enumerate(key_outcomes):
        if found is None:
            expected = key[k]
            outcome = SpanOutcome(
                "missed", None, expected, None, k, 0.0, 0.0, explanations[k], key_ids[k]
            )
            placed.append((expected.start, k, -1, outcome))
            key_outcomes[k] = outcome
    for m, found in enumerate(mark_outcomes):
        if found is None:
            outcome = SpanOutcome("extra", marks[m], None, m)
            placed.append((marks[m].start, -1, m, outcome))
            mark_outcomes[m] = outcome
    placed.sort(key=itemgetter(0, 1, 2))

    total = math.fsum(pair.credit for pair in chosen)
    return SpanResult(
        score=_ratio(2 * total, len(marks) + len(key)),
        precision=_ratio(total, len(marks), other_side_empty=not key),
        recall=_ratio(total, len(key), other_side_empty=not marks),
        credit=total,
        outcomes=tuple(entry[3] for entry in placed),
        key_outcomes=tuple(o for o in key_outcomes if o is not None),
        mark_outcomes=tuple(o for o in mark_outcomes if o is not None),
    )


def _ratio(numerator: float, denominator: int, *, other_side_empty: bool = True) -> float:
    """numerator / denominator in [0, 1]; an empty side counts 1 only when both are empty."""
    if denominator == 0:
        return 1.0 if other_side_empty else 0.0
    return min(1.0, max(0.0, numerator / denominator))


def _checked_label_credit(
    table: Mapping[tuple[str, str], float] | None,
) -> dict[tuple[str, str], float]:
    checked = dict(table or {})
    for pair, credit in checked.items():
        if not 0.0 <= credit <= 1.0:
            raise ValueError(f"label credit for {pair!r} must be between 0 and 1, not {credit!r}")
    return checked


class _Pair(NamedTuple):
    """A candidate pair: a mark and a key span that share enough tokens to pass θ."""

    mark: int
    key: int
    overlap: int  # |T(s)∩T(k)|
    sizes: int  # |T(s)| + |T(k)|
    label_credit: float
    dice: float
    credit: float

    def exact_weight(self) -> tuple[Fraction, int, Fraction]:
        """(credit, pairs, overlap) in exact arithmetic, compared lexicographically."""
        numerator, denominator = self.label_credit.as_integer_ratio()
        credit = Fraction(numerator * 2 * self.overlap, denominator * self.sizes)
        return credit, 1, Fraction(2 * self.overlap, self.sizes)


def _candidate_pairs(
    marks: Sequence[SpanLike],
    mark_ranges: list[tuple[int, int]],
    key: Sequence[SpanLike],
    key_ranges: list[tuple[int, int]],
    theta: float,
    near_miss: Mapping[tuple[str, str], float],
) -> list[_Pair]:
    """Every (mark, key span) pair that shares tokens and passes the θ gate, by a sweep."""
    events = [(lo, hi, 0, i) for i, (lo, hi) in enumerate(mark_ranges) if hi > lo]
    events += [(lo, hi, 1, i) for i, (lo, hi) in enumerate(key_ranges) if hi > lo]
    events.sort()
    # Per side, the spans begun so far that may still overlap what comes: a heap of
    # (hi, lo, index), so spans that ended are dropped cheaply.
    open_spans: tuple[list[tuple[int, int, int]], ...] = ([], [])
    pairs: list[_Pair] = []
    for lo, hi, side, index in events:
        others = open_spans[1 - side]
        while others and others[0][0] <= lo:
            heappop(others)
        for other_hi, other_lo, other in others:
            overlap = (hi if hi < other_hi else other_hi) - lo
            size, other_size = hi - lo, other_hi - other_lo
            if overlap / (size if size > other_size else other_size) >= theta:
                m, k = (index, other) if side == 0 else (other, index)
                marked, expected = marks[m].label, key[k].label
                label_credit = 1.0 if marked == expected else near_miss.get((marked, expected), 0.0)
                dice = 2 * overlap / (size + other_size)
                pairs.append(
                    _Pair(m, k, overlap, size + other_size, label_credit, dice, label_credit * dice)
                )
        heappush(open_spans[side], (hi, lo, index))
    return pairs


def _best_pairing(
    pairs: list[_Pair], marks: Sequence[SpanLike], key: Sequence[SpanLike]
) -> list[_Pair]:
    """One to one, most total credit; then most pairs; then most overlap."""

    def text_order(index: int) -> tuple[int, int, str, int, int, str]:
        mark, expected = marks[pairs[index].mark], key[pairs[index].key]
        return mark.start, mark.end, mark.label, expected.start, expected.end, expected.label

    chosen = max_weight_matching(
        [(pair.mark, pair.key) for pair in pairs],
        lambda index: pairs[index].exact_weight(),
        tie_order=text_order,  # ties resolve the same whatever order spans came in
    )
    return [pairs[index] for index in chosen]
