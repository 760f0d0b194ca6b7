"""Which attempt counts, and how exercises add up to a lesson's score."""

from __future__ import annotations

import pytest
from storage_support import make_pack

from closeread.core.records import (
    Attempt,
    Student,
    counted_score,
    lesson_rows,
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


def test_lesson_rows_fill_in_lessons_not_started():
    pack = make_pack({"L": [("a", 3.0, "best"), ("b", 1.0, "last")], "M": []})
    ana, ben = Student(7, "Ana", "7B", "s1"), Student(8, "Ben")
    rows = lesson_rows(pack, [ana, ben], [(7, "L", 1.5, 2, 1), (99, "L", 1.0, 1, 0)])
    assert [(r.student_name, r.lesson_id) for r in rows] == [
        ("Ana", "L"), ("Ana", "M"), ("Ben", "L"), ("Ben", "M"),
    ]  # fmt: skip
    ana_l, ana_m, ben_l, _ = rows
    assert (ana_l.points, ana_l.max_points, ana_l.score) == (1.5, 4.0, pytest.approx(1.5 / 4))
    assert (ana_l.exercises_done, ana_l.exercises_total, ana_l.pending) == (2, 2, 1)
    assert (ana_l.class_name, ana_l.student_number) == ("7B", "s1")
    assert (ana_m.score, ana_m.exercises_total) == (0.0, 0)
    assert (ben_l.points, ben_l.exercises_done, ben_l.score) == (0.0, 0, 0.0)
