"""Which attempt counts, and how exercises add up to a lesson's score."""

from __future__ import annotations

import pytest
from storage_support import make_pack

from closeread.core.progress import (
    Attempt,
    ExerciseResult,
    Student,
    counted_score,
    summarise,
)


def attempt(number: int, score: float | None, override: float | None = None) -> Attempt:
    return Attempt(
        id=number, student_id=1, pack_id="p", pack_version="1", content_hash="h",
        lesson_id="l", exercise_id="e", attempt_no=number, answer={}, hints_used=0,
        started_at=None, submitted_at="2025-01-01T00:00:00", source="app",
        score=score, override_score=override,
    )  # fmt: skip


def test_best_takes_the_highest_effective_score():
    attempts = [attempt(1, 0.4), attempt(2, 0.9), attempt(3, 0.2, override=1.0), attempt(4, None)]
    assert counted_score(attempts, "best") == 1.0
    assert counted_score([attempt(1, None)], "best") is None
    assert counted_score([], "best") is None


def test_last_takes_the_latest_attempt_even_when_lower_or_unscored():
    assert counted_score([attempt(2, 0.3), attempt(1, 0.9)], "last") == 0.3
    assert counted_score([attempt(1, 0.9), attempt(2, None)], "last") is None
    assert counted_score([attempt(1, 0.9), attempt(2, 0.1, override=0.6)], "last") == 0.6


def test_summarise_weights_exercises_by_points():
    pack = make_pack({"L": [("a", 3.0, "best"), ("b", 1.0, "last")], "M": []})
    student = Student(7, "Ana", "7B", "s1")
    rows = summarise(
        pack,
        [student],
        [ExerciseResult(7, "L", "a", best=0.5, last=0.1), ExerciseResult(7, "L", "b", 0.9, None)],
    )
    lesson, empty = rows
    assert lesson.points == pytest.approx(1.5) and lesson.max_points == 4.0
    assert lesson.score == pytest.approx(1.5 / 4)
    assert (lesson.exercises_done, lesson.pending) == (2, 1)
    assert (empty.lesson_id, empty.score, empty.exercises_total) == ("M", 0.0, 0)
