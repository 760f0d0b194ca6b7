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
    assert lesson_tally(lesson, None) == LessonTally(0, 5, 0, 0.0, 9.0)
    with Store(tmp_path) as store:
        student = store.roster.add_student("Alex")
        for exercise, score in [("marks", 0.5), ("marks", 0.75), ("pick", 0.0), ("why", None)]:
            store.work.record_attempt(student.id, minipack, "one", exercise, {"x": 1}, score=score)
        tally = lesson_tally(lesson, store.work.load_progress(student.id, "mini"))
    assert (tally.done, tally.total, tally.pending) == (3, 5, 1)
    assert tally.earned == pytest.approx(4 * 0.75)  # the best of the two marks attempts
    assert tally.score == pytest.approx(3 / 9)  # not 3 / 5, the points of what was done
