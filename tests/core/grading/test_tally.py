"""A lesson's tally from saved progress: points over all the lesson's points, done beside."""

from __future__ import annotations

import pytest
from classroom import MINIPACK

from closeread.core.grading.tally import LessonTally, lesson_tally
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store


@pytest.fixture
def minipack():
    return load_pack(MINIPACK).pack


def test_the_tally_counts_every_point_of_the_lesson_and_says_what_is_done(tmp_path, minipack):
    lesson = minipack.lesson("one")  # marks 4, pick 1, why 1, pairs 1, analogy 2 points
    untried = lesson_tally(lesson, None)
    assert untried == LessonTally(0, 5, 0, 0.0, 9.0, exercises=untried.exercises)
    assert [one.exercise.id for one in untried.exercises] == [
        "marks", "pick", "why", "pairs", "analogy"
    ]  # fmt: skip
    with Store(tmp_path) as store:
        student = store.roster.add_student("Alex")
        for exercise, score in [("marks", 0.5), ("marks", 0.75), ("pick", 0.0), ("why", None)]:
            store.work.record_attempt(student.id, minipack, "one", exercise, {"x": 1}, score=score)
        tally = lesson_tally(lesson, store.work.load_progress(student.id, "mini"))
    assert (tally.done, tally.total, tally.pending) == (3, 5, 1)
    assert tally.earned == pytest.approx(4 * 0.75)  # the best of the two marks attempts
    assert tally.score == pytest.approx(3 / 9)  # not 3 / 5, the points of what was done


def test_each_exercise_says_its_attempts_its_score_and_whether_to_try_again(tmp_path, minipack):
    lesson = minipack.lesson("one")  # every exercise allows 3 attempts, the best counts
    with Store(tmp_path) as store:
        student = store.roster.add_student("Alex")
        for exercise, score in [("marks", 0.5), ("marks", 0.25), ("pick", 1.0), ("why", None)]:
            store.work.record_attempt(student.id, minipack, "one", exercise, {"x": 1}, score=score)
        store.work.save_draft(student.id, "mini", "one", "pairs", {"pairs": [None, None]})
        tally = lesson_tally(lesson, store.work.load_progress(student.id, "mini"))
    marks, pick, why, pairs, analogy = tally.exercises
    assert (marks.attempts_used, marks.attempts_left, marks.score) == (2, 1, 0.5)
    assert marks.earned == pytest.approx(2.0) and marks.can_improve
    assert pick.score == 1.0 and not pick.can_improve  # full marks: nothing to gain
    assert why.pending and why.earned == 0.0 and not why.can_improve
    assert pairs.draft and not pairs.done and pairs.attempts_left == 3
    assert not (analogy.done or analogy.draft)
    assert tally.attempts_used == 4
    assert tally.earned == pytest.approx(sum(e.earned for e in tally.exercises))
