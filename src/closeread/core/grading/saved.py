"""Grading saved answers with a pack's key, the same way wherever it happens.

Importing a hand-in, re-scoring after a key was fixed, item analysis and reports all
grade raw answers from the progress database or a results file. They do it here, so
hints, overrides and the stored score's detail mean the same thing everywhere (and
the same as in the app, which saves ``{status, points, possible, hint_cost, hints}``).

Scores in the database are fractions of the exercise's points, 0 to 1. A teacher's
override is stored the same way; it replaces the derived points.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import closeread
from closeread.core.grading.answers import AnswerError
from closeread.core.grading.grade import (
    Grade,
    Override,
    apply_override,
    awaits_teacher,
    grade,
    points_possible,
)
from closeread.core.grading.spans import TokenizedText, tokenize
from closeread.core.pack.model import AnyExercise, Lesson, Pack


def scoring_version() -> str:
    """What a saved score names as the rules that gave it: this CloseRead's version (read
    when first saved: the version's lookup is slow, and opening the app needs none)."""
    return closeread.__version__


def exercise_map(pack: Pack) -> dict[tuple[str, str], tuple[Lesson, AnyExercise]]:
    """``(lesson id, exercise id)`` to the lesson and the exercise, in pack order."""
    return {
        (lesson.id, exercise.id): (lesson, exercise)
        for lesson in pack.lessons
        for exercise in lesson.exercises
    }


def hints_of(exercise_id: str, hints_used: int, detail: object = None) -> dict[str, int]:
    """Hints opened per exercise id (an analogy's parts count apart).

    The app keeps the per-part counts in the score's detail; an attempt without them
    counts ``hints_used`` for the exercise itself.
    """
    hints = detail.get("hints") if isinstance(detail, Mapping) else None
    if isinstance(hints, Mapping):
        counts = {
            str(key): value
            for key, value in hints.items()
            if isinstance(value, int) and not isinstance(value, bool) and value > 0
        }
        if counts or not hints_used:
            return counts
    return {exercise_id: int(hints_used)} if hints_used else {}


def grade_saved(
    pack: Pack,
    exercise: AnyExercise,
    answer: Mapping[str, Any],
    hints: Mapping[str, int],
    *,
    override_score: float | None = None,
    override_comment: str = "",
    override_levels: Sequence[int] | None = None,
    text: TokenizedText | None = None,
) -> Grade:
    """Grade a saved answer with ``pack``'s key; raises ``AnswerError`` if it does not fit.

    ``override_score`` is a teacher's override as stored (a fraction of the points), with
    its comment and levels (a writing task's); ``text`` the pack's article already
    tokenised, when the caller has it.
    """
    if text is None:
        text = tokenize(pack.article.text)
    result = grade(exercise, answer, text=text, hints_used=dict(hints))
    if override_score is not None:
        points = override_score * points_possible(exercise)
        levels = None if override_levels is None else tuple(override_levels)
        result = apply_override(result, Override(points, override_comment or "", levels))
    return result


def override_of(attempt: Any) -> dict[str, Any]:
    """A saved attempt's override (its score, comment and levels) as :func:`grade_saved`
    takes it: ``grade_saved(..., **override_of(attempt))``."""
    return {
        "override_score": attempt.override_score,
        "override_comment": attempt.override_comment or "",
        "override_levels": attempt.override_levels,
    }


def try_grade_saved(
    pack: Pack,
    exercise: AnyExercise,
    answer: object,
    hints: Mapping[str, int],
    **override: Any,
) -> Grade | None:
    """:func:`grade_saved`, or ``None`` for an answer that no longer fits the exercise."""
    try:
        return grade_saved(pack, exercise, answer, hints, **override)  # type: ignore[arg-type]
    except AnswerError:
        return None


class AttemptGrader:
    """Grades saved attempts with one pack's key, the teacher's override included, and
    remembers each grade: a class gives the same answer to a choice many times over."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self._grades: dict[tuple, Grade | None] = {}

    def grade(self, exercise: AnyExercise, attempt: Any) -> Grade | None:
        """``attempt`` (a saved :class:`~closeread.core.records.Attempt`) graded, or
        ``None`` when its answer no longer fits the exercise. The same inputs give the
        same :class:`Grade` object."""
        hints = hints_of(exercise.id, attempt.hints_used, attempt.detail)
        try:
            answer = json.dumps(attempt.answer, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError):
            answer = None
        memo = (
            id(exercise), answer, tuple(sorted(hints.items())),  # the pack holds its exercises
            *override_of(attempt).values(),
        )  # fmt: skip
        if answer is None or memo not in self._grades:
            result = try_grade_saved(
                self.pack, exercise, attempt.answer, hints, **override_of(attempt)
            )
            if answer is None:
                return result
            self._grades[memo] = result
        return self._grades[memo]


def score_of(result: Grade) -> float | None:
    """The derived score to store: the fraction of the points (``None`` while the key is
    hidden, or while only the teacher can score it). Pass a grade without an override:
    overrides are stored on their own."""
    if awaits_teacher(result):
        return None
    fraction = result.fraction
    return min(max(fraction, 0.0), 1.0) if math.isfinite(fraction) else 0.0


def detail_of(result: Grade, hints: Mapping[str, int]) -> dict[str, Any]:
    """The detail stored with a score, as the app writes it."""
    return {
        "status": result.status,
        "points": result.points,
        "possible": result.possible,
        "hint_cost": result.hint_cost,
        "hints": {key: value for key, value in hints.items() if value},
    }
