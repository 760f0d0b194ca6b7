"""The outcome of grading: a :class:`Grade`, the outcome of each item, a teacher's override.

Plain data shared by every exercise kind (:mod:`closeread.core.kinds`), the entry points
of :mod:`closeread.core.grading` and everything that reads grades (storage, reports, the
UI). It sits below the kinds so that a kind can build a grade without importing the
function that dispatches to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from closeread.core.counting import FULL as FULL  # the rule is counting's; found here too
from closeread.core.grading.spans import SpanOutcome, SpanResult

Status = Literal["correct", "partial", "incorrect", "unanswered", "needs_review", "pending"]
# correct / partial / incorrect: how good the answer is by the rules (or the teacher).
# unanswered: nothing given. needs_review: the rules cannot decide; the teacher will
# (the points are provisional: they count until the teacher scores the answer).
# pending: the key is not in this copy (assessment edition); the teacher's copy scores.


@dataclass(frozen=True)
class Override:
    """A teacher's verdict on an answer: its points, and a word to the student."""

    points: float
    comment: str = ""
    levels: tuple[int, ...] | None = None  # a writing task's level per criterion (0 to 3)


@dataclass(frozen=True)
class OptionOutcome:
    index: int
    selected: bool
    weight: float  # fraction of the points, -1 ... 1
    feedback: str


@dataclass(frozen=True)
class CriterionOutcome:
    index: int
    name: str
    met: bool
    weight: float  # fraction of the points
    term: str  # the term found in the answer ("" when none; the denied one when denied)
    feedback: str  # the pack's advice when the criterion is not met
    denied: bool = False  # its terms are there, but every one is negated: not met


@dataclass(frozen=True)
class PairOutcome:
    left: int  # index into exercise.pairs
    chosen: int | None  # index into the right-hand list, None when left unmatched
    correct: bool
    explanation: str


Item = SpanOutcome | OptionOutcome | CriterionOutcome | PairOutcome


@dataclass(frozen=True)
class Grade:
    exercise_id: str
    kind: str
    status: Status
    points: float  # earned: after hint costs, or the teacher's override
    possible: float
    raw_points: float = 0.0  # what the rules gave, before hint costs
    hint_cost: float = 0.0  # what the hints actually took off
    items: tuple[Item, ...] = ()  # per key span / option / criterion / pair
    spans: SpanResult | None = None  # mark exercises: score, precision, recall
    accepted: str = ""  # short answers: the accepted answer it matched
    parts: tuple[Grade, ...] = ()  # analogy: one grade per part, in order
    override: Override | None = None
    flags: tuple[str, ...] = ()  # short answers: why the rules would not give full credit

    @property
    def fraction(self) -> float:
        return self.points / self.possible if self.possible > 0 else 0.0


def status_of(points: float, possible: float) -> Status:
    if possible <= 0 or points >= possible * FULL:
        return "correct"
    return "partial" if points > 0 else "incorrect"
