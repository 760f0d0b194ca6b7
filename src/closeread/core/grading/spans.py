"""The scoring rule for marked spans; docs/scoring.md is the authority and explains it.

1. The article's text is tokenised once: words (``\\w+(?:['’]\\w+)*``) and each CJK
   character on its own. A span stands for the set of tokens it touches; because
   tokens are ordered and do not overlap, that set is a range of token indices.
   The text is also cut into sentences (:meth:`TokenizedText.sentence_ranges`).
2. A key span's *zone* is the sentences it touches when it covers at least
   ``SENTENCE_SHARE`` (2/3) of their tokens (a *sentence-level* key span), else the
   key span itself. Tokens of the zone outside the key span are neither right nor wrong.
3. Fit of a mark s and a key span k: ``a / (a + extra + MISS_WEIGHT · missed)`` with
   a = |T(s)∩T(k)|, extra = |T(s) \\ zone(k)|, missed = |T(k) \\ T(s)|, MISS_WEIGHT = 1/4.
   They may pair when fit ≥ θ/4; overlap credit is the fit, times fit/θ below θ.
4. Label factor: 1 for the same label; else L − ¾·(1 − L)·p/(1 − p), with L the pack's
   near-miss credit for (label_s, label_k) (0 unless set) and p the share of key spans
   labelled label_s: three quarters of Cohen's chance correction (L − p)/(1 − p), so
   labelling every key span with one label keeps a quarter of what its right labels
   earn (LABEL_PENALTY). Pair credit w(s, k) = label factor · overlap credit.
5. Marks and key spans pair one to one by maximum total positive credit. A mark that
   can earn nothing anywhere (every key span it may pair with has another label) costs
   the largest of its (zero or negative) credits, paired or not.
6. Score = 2·C / (|S| + |K|), held to [0, 1], C the sum of what every mark earned or
   cost: a soft F1; both empty scores 1.

Precision is C / |S| and recall C / |K|, held to [0, 1]; an empty side counts 1 only
when both sides are empty. A span touching no token (only spaces or punctuation) pairs
with nothing: such a mark is extra, and the pack checker refuses such a key span.

Pairing only ever looks at overlapping spans (a sweep over the token ranges) and
hands the candidate pairs to :mod:`closeread.core.grading.matching`, an exact solver.

Among pairings of equal total credit the solver prefers more pairs, then more fit:
a mark on the right words with a label worth nothing still pairs with its key span,
so feedback can say "right passage, wrong label" instead of "extra" and "missed".
This never changes the score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from operator import itemgetter
from typing import TYPE_CHECKING, Literal, NamedTuple

from closeread.core.grading.matching import max_weight_matching
from closeread.core.grading.tokens import SENTENCE_SHARE as SENTENCE_SHARE
from closeread.core.grading.tokens import Span as Span  # Span, tokenize: the scripts' API
from closeread.core.grading.tokens import SpanLike, TokenizedText
from closeread.core.grading.tokens import token_pattern as token_pattern
from closeread.core.grading.tokens import tokenize as tokenize

if TYPE_CHECKING:
    from fractions import Fraction

MISS_WEIGHT = 0.25  # a key token left unmarked costs a quarter of a token marked outside
FLOOR = 0.25  # pairs need a fit of at least FLOOR · θ
LABEL_PENALTY = 0.75  # share of Cohen's chance correction a wrong label bears

OutcomeKind = Literal["hit", "partial", "wrong_label", "extra", "missed"]


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
    dice: float = 0.0  # fit of the pair (step 3 of the rule); named for the first rule
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
    zones = tokens.zones(key_ranges)
    factor = _label_factors(key, near_miss)

    pairs = _candidate_pairs(
        mark_ranges,
        key_ranges,
        zones,
        theta,
        [m.label for m in marks],
        [k.label for k in key],
        factor,
    )
    chosen = _best_pairing(pairs, marks, key)
    # What a mark that earns nothing costs: the best of its credits, if none is positive.
    best: dict[int, float] = {}
    for pair in pairs:
        if pair.credit > best.get(pair.mark, -math.inf):
            best[pair.mark] = pair.credit
    cost = {m: credit for m, credit in best.items() if credit <= 0.0}

    explanations = [getattr(k, "explanation", "") for k in key]
    key_ids = [getattr(k, "id", "") for k in key]
    placed: list[tuple[int, int, int, SpanOutcome]] = []  # (start, key, mark): reading order
    key_outcomes: list[SpanOutcome | None] = [None] * len(key)
    mark_outcomes: list[SpanOutcome | None] = [None] * len(marks)
    credits: list[float] = []
    for pair in chosen:
        m, k = pair.mark, pair.key
        mark, expected = marks[m], key[k]
        if mark.label != expected.label:
            kind: OutcomeKind = "wrong_label"
        else:
            kind = "hit" if mark_ranges[m] == key_ranges[k] else "partial"
        credit = pair.credit
        if credit <= 0.0:  # what a mark that earns nothing costs, wherever it is paired
            credit = cost.get(m, 0.0)
        credits.append(credit)
        outcome = SpanOutcome(
            kind, mark, expected, m, k, credit, pair.fit, explanations[k], key_ids[k]
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
            credit = cost.get(m, 0.0)
            credits.append(credit)
            outcome = SpanOutcome("extra", marks[m], None, m, credit=credit)
            placed.append((marks[m].start, -1, m, outcome))
            mark_outcomes[m] = outcome
    placed.sort(key=itemgetter(0, 1, 2))

    total = math.fsum(credits)
    return SpanResult(
        score=_ratio(2 * total, len(marks) + len(key)),
        precision=_ratio(total, len(marks), other_side_empty=not key),
        recall=_ratio(total, len(key), other_side_empty=not marks),
        credit=total,
        outcomes=tuple(entry[3] for entry in placed),
        key_outcomes=tuple(o for o in key_outcomes if o is not None),
        mark_outcomes=tuple(o for o in mark_outcomes if o is not None),
    )


def fit(mark: tuple[int, int], key: tuple[int, int], zone: tuple[int, int]) -> float:
    """How well a mark's token range fits a key span's (step 3 of the rule); 0 if apart."""
    (mlo, mhi), (klo, khi), (zlo, zhi) = mark, key, zone
    shared = min(mhi, khi) - max(mlo, klo)
    if shared <= 0:
        return 0.0
    inside = min(mhi, zhi) - max(mlo, zlo)
    extra = (mhi - mlo) - inside
    return shared / (shared + extra + MISS_WEIGHT * ((khi - klo) - shared))


def overlap_credit(fit_: float, theta: float) -> float:
    """The fit, faded below θ (times fit/θ); 0 below the floor FLOOR · θ."""
    if fit_ <= 0.0 or fit_ < FLOOR * theta:
        return 0.0
    return fit_ if fit_ >= theta else fit_ * fit_ / theta


def _label_factors(
    key: Sequence[SpanLike], near_miss: Mapping[tuple[str, str], float]
) -> Callable[[str, str], float]:
    """(marked label, key label) → 1, or Cohen's chance-corrected near-miss credit."""
    counts = Counter(k.label for k in key)
    shares = {label: count / len(key) for label, count in counts.items()}

    def factor(marked: str, expected: str) -> float:
        if marked == expected:
            return 1.0
        credit, share = near_miss.get((marked, expected), 0.0), shares.get(marked, 0.0)
        return credit - LABEL_PENALTY * (1.0 - credit) * share / (1.0 - share)

    return factor


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
    """A candidate pair: a mark and a key span that fit well enough to pass the floor."""

    mark: int
    key: int
    fit: float
    credit: float  # label factor times overlap credit; may be negative


def _candidate_pairs(
    mark_ranges: list[tuple[int, int]],
    key_ranges: list[tuple[int, int]],
    zones: list[tuple[int, int]],
    theta: float,
    mark_labels: list[str],
    key_labels: list[str],
    factor: Callable[[str, str], float],
) -> list[_Pair]:
    """Every (mark, key span) pair that shares tokens and passes the floor, by a sweep."""
    events = [(lo, hi, 0, i) for i, (lo, hi) in enumerate(mark_ranges) if hi > lo]
    events += [(lo, hi, 1, i) for i, (lo, hi) in enumerate(key_ranges) if hi > lo]
    events.sort()
    floor = FLOOR * theta
    factors: dict[tuple[str, str], float] = {}
    # Per side, the spans begun so far that may still overlap what comes: a heap of
    # (hi, lo, index), so spans that ended are dropped cheaply.
    open_spans: tuple[list[tuple[int, int, int]], ...] = ([], [])
    pairs: list[_Pair] = []
    for lo, hi, side, index in events:
        others = open_spans[1 - side]
        while others and others[0][0] <= lo:
            heappop(others)
        for _, _, other in others:
            m, k = (index, other) if side == 0 else (other, index)
            # fit(): inlined, as this loop runs for every overlapping pair.
            mlo, mhi = mark_ranges[m]
            klo, khi = key_ranges[k]
            zlo, zhi = zones[k]
            shared = (mhi if mhi < khi else khi) - (mlo if mlo > klo else klo)
            inside = (mhi if mhi < zhi else zhi) - (mlo if mlo > zlo else zlo)
            value = shared / (shared + (mhi - mlo - inside) + MISS_WEIGHT * (khi - klo - shared))
            if value < floor:
                continue
            labels = mark_labels[m], key_labels[k]
            label_factor = factors.get(labels)
            if label_factor is None:
                label_factor = factors[labels] = factor(*labels)
            credit = value if value >= theta else value * value / theta
            pairs.append(_Pair(m, k, value, label_factor * credit))
        heappush(open_spans[side], (hi, lo, index))
    return pairs


def _best_pairing(
    pairs: list[_Pair], marks: Sequence[SpanLike], key: Sequence[SpanLike]
) -> list[_Pair]:
    """One to one, most total positive credit; then most pairs; then most fit."""
    from fractions import Fraction  # (exact sums; loaded at the first scoring, not at start)

    def weight(index: int) -> tuple[Fraction, int, Fraction]:
        pair = pairs[index]
        return Fraction(max(pair.credit, 0.0)), 1, Fraction(pair.fit)

    def text_order(index: int) -> tuple[int, int, str, int, int, str]:
        mark, expected = marks[pairs[index].mark], key[pairs[index].key]
        return mark.start, mark.end, mark.label, expected.start, expected.end, expected.label

    chosen = max_weight_matching(
        [(pair.mark, pair.key) for pair in pairs],
        weight,
        tie_order=text_order,  # ties resolve the same whatever order spans came in
    )
    return [pairs[index] for index in chosen]
