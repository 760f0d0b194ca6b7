"""Scoring an answer of any kind, and the policies around it: hints, attempts, overrides.

``grade`` turns one raw answer (:mod:`closeread.core.grading.answers`) into a :class:`Grade`:
points earned and possible, a status and the outcome of every item (key span, option,
rubric criterion, pair, part). The same function scores in the app, on import of a
results file and in reports, so a fixed key re-scores everything alike.

Each kind's own rule is in its module of :mod:`closeread.core.kinds` (mark: the span
score; choice: GIFT weights; short: accepted answers and a rubric, else the teacher;
match: a share per pair; analogy: the sum of its parts). What is the same for every kind
is here: the answer is checked first; a hidden key (assessment edition) leaves the
answer ``pending``; an empty answer is ``unanswered`` unless giving nothing is right.

Hints cost what the pack says, never taking the points below 0. The status says how
good the answer is; the points are what it earns after hints. A teacher's override
replaces the points, whatever the rules found.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from closeread.core import counting
from closeread.core.counting import counted
from closeread.core.grading.answers import validate_answer
from closeread.core.grading.result import (
    FULL,
    CriterionOutcome,
    Grade,
    Item,
    OptionOutcome,
    Override,
    PairOutcome,
    Status,
    status_of,
)
from closeread.core.grading.spans import TokenizedText
from closeread.core.kinds.base import Scoring
from closeread.core.kinds.registry import awaits_teacher, kind_of
from closeread.core.pack.model import AnyExercise

__all__ = [  # the grade's types live in grading.result; they are still found here
    "FULL", "CriterionOutcome", "Grade", "Item", "OptionOutcome", "Override", "PairOutcome",
    "Status", "apply_override", "attempts_left", "awaits_teacher", "can_attempt",
    "final_grade", "final_score", "grade", "hint_cost", "points_possible",
]  # fmt: skip


def points_possible(exercise: AnyExercise) -> float:
    return kind_of(exercise).points_possible(exercise)


def grade(
    exercise: AnyExercise,
    answer: Mapping[str, Any],
    *,
    text: str | TokenizedText | None = None,
    hints_used: int | Mapping[str, int] = 0,
    override: Override | None = None,
) -> Grade:
    """Score ``answer`` (checked first; :class:`~closeread.core.grading.answers.AnswerError`).

    ``text`` is the article's text, needed for mark exercises. ``hints_used`` is how many
    of the exercise's hints the student opened (they open in order), or a mapping from
    exercise id to that number, which also covers an analogy's parts.
    """
    article = text.text if isinstance(text, TokenizedText) else text
    validate_answer(exercise, answer, text_length=None if article is None else len(article))
    result = _grade_valid(exercise, answer, text, hints_used)
    return result if override is None else apply_override(result, override)


def apply_override(result: Grade, override: Override) -> Grade:
    """``result`` with the teacher's points in place of the rules' (held to [0, possible])."""
    if not math.isfinite(override.points):
        raise ValueError(f"an override needs a number of points, not {override.points!r}")
    points = min(max(override.points, 0.0), result.possible)
    return replace(
        result, points=points, status=status_of(points, result.possible), override=override
    )


def can_attempt(exercise: AnyExercise, attempts_made: int) -> bool:
    """Whether the student may check another answer (``attempts == 0``: no limit)."""
    return exercise.attempts == 0 or attempts_made < exercise.attempts


def attempts_left(exercise: AnyExercise, attempts_made: int) -> int | None:
    """How many checks are left; None when there is no limit."""
    return counting.attempts_left(exercise.attempts, attempts_made)


def final_grade(
    exercise: AnyExercise, attempts: Sequence[Grade], *, override: Override | None = None
) -> Grade | None:
    """The attempt that counts (:mod:`closeread.core.counting`), or None if none.

    Attempts beyond those allowed (a tampered results file) are ignored. An override
    always wins, even over no attempt at all.
    """
    chosen = counted(attempts, exercise.counts, lambda grade: grade.points, exercise.attempts)
    if chosen is None:
        if override is None:
            return None
        nothing = Grade(exercise.id, exercise.kind, "unanswered", 0.0, points_possible(exercise))
        return apply_override(nothing, override)
    return chosen if override is None else apply_override(chosen, override)


def final_score(
    exercise: AnyExercise, attempts: Sequence[Grade], *, override: Override | None = None
) -> float:
    """The points of :func:`final_grade`; 0 when there is nothing to count."""
    counted = final_grade(exercise, attempts, override=override)
    return counted.points if counted is not None else 0.0


def hint_cost(exercise: AnyExercise, hints_used: int | Mapping[str, int]) -> float:
    """What the first ``hints_used`` hints cost (a count out of range is held to range)."""
    count = hints_used.get(exercise.id, 0) if isinstance(hints_used, Mapping) else hints_used
    count = min(max(int(count), 0), len(exercise.hints))
    return math.fsum(hint.cost for hint in exercise.hints[:count])


def _grade_valid(
    exercise: AnyExercise,
    answer: Mapping[str, Any],
    text: str | TokenizedText | None,
    hints_used: int | Mapping[str, int],
) -> Grade:
    kind = kind_of(exercise)
    if exercise.key_hidden and kind.pending_when_hidden:
        result = Grade(exercise.id, exercise.kind, "pending", 0.0, kind.points_possible(exercise))
    else:
        part = lambda ex, given, hints: _grade_valid(ex, given, text, hints)  # noqa: E731
        result = kind.grade(exercise, answer, Scoring(text, hints_used, part))
    if (
        result.status != "pending"
        and kind.is_empty(exercise, answer)
        and not kind.nothing_to_find(exercise)
    ):
        # Scored all the same (0 points), so feedback can still show what was wanted.
        result = replace(result, status="unanswered", points=0.0, raw_points=0.0)
    cost = hint_cost(exercise, hints_used)
    if not cost or result.status == "pending":
        return result
    points = max(0.0, result.raw_points - cost)
    return replace(result, points=points, hint_cost=result.raw_points - points)
