"""Which attempt counts, and what a lesson's percentage means: one rule for every screen.

An exercise counts one of its attempts, taken in the order they were made: the last one
when the pack says ``counts = "last"``, otherwise the first of the best-scored. Attempts
beyond the number the exercise allows never count. An attempt's score is its effective
score (a teacher's override wins over the derived score); one with no score yet (a
written answer waiting for the teacher) counts as pending.

A score is a fraction from 0 to 1, and one within rounding of 1 (``FULL``) is full
marks. An exercise allows some number of checks (0: any number); how many are left is
:func:`attempts_left`.

A lesson's percentage is the points earned over *all* the lesson's points: an exercise
not tried earns 0. How many exercises are done is said beside the percentage, never
mixed into it. The student's library, the teacher's dashboard, every report and the
results file say the same number because they all come here (the progress database's
summary query keeps its best and last per exercise, and a test holds it to this rule).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")

FULL = 1 - 1e-9  # a fraction this close to 1 is full marks, whatever the rounding


class SavedAttempt(Protocol):
    """What the rule needs of a saved attempt (a store record or a brief row)."""

    @property
    def id(self) -> int: ...
    @property
    def attempt_no(self) -> int: ...
    @property
    def effective_score(self) -> float | None: ...


A = TypeVar("A", bound=SavedAttempt)


def counted(
    attempts: Sequence[T], counts: str, score: Callable[[T], float | None], allowed: int = 0
) -> T | None:
    """The attempt that counts among ``attempts`` (in the order made), or None if none.

    ``allowed`` is the exercise's attempt limit (0: no limit). When no attempt is scored
    yet, the latest counts (it is pending)."""
    considered = attempts if allowed <= 0 else attempts[:allowed]
    if not considered:
        return None
    if counts == "last":
        return considered[-1]
    best: T | None = None
    best_score = 0.0
    for attempt in considered:
        value = score(attempt)
        if value is not None and (best is None or value > best_score):
            best, best_score = attempt, value
    return best if best is not None else considered[-1]


def attempts_left(allowed: int, made: int) -> int | None:
    """How many checks are left of the ``allowed`` (0: any number, and then None)."""
    if allowed == 0:
        return None
    return max(0, allowed - made)


def in_order(attempts: Iterable[A]) -> list[A]:
    """Saved attempts in the order they were made."""
    return sorted(attempts, key=lambda attempt: (attempt.attempt_no, attempt.id))


def counted_attempt(attempts: Iterable[A], counts: str, allowed: int = 0) -> A | None:
    """The saved attempt that counts, by its effective score."""
    return counted(in_order(attempts), counts, lambda attempt: attempt.effective_score, allowed)


def counted_score(attempts: Iterable[A], counts: str, allowed: int = 0) -> float | None:
    """The effective score that counts (0 to 1); None when nothing is scored yet."""
    attempt = counted_attempt(attempts, counts, allowed)
    return attempt.effective_score if attempt is not None else None


def lesson_fraction(earned: float, possible: float) -> float:
    """A lesson's (or a pack's) score: points earned over all its points, 0 to 1."""
    return earned / possible if possible > 0 else 0.0
