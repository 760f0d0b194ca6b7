"""One counting rule: the dashboard's summary query and the library's tally agree with it.

Random attempts (scored, pending, overridden, in any order) are saved in a real progress
database; the class summary (what the dashboard and the reports show) and the tally
from the student's progress (what the library shows) must give the same points, the
same percentage and the same number done, for "best" and "last" exercises alike.
"""

from __future__ import annotations

import dataclasses

import msgspec
import pytest
from classroom import MINIPACK
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeread.core.counting import counted, counted_score, lesson_fraction
from closeread.core.grading.tally import lesson_tally
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

PACK = load_pack(MINIPACK).pack
LESSON = PACK.lesson("one")

scores = st.one_of(st.none(), st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]))
attempt = st.tuples(st.sampled_from([e.id for e in LESSON.exercises]), scores, scores)


def _pack_counting(last: frozenset[str]):
    """The minipack with some exercises counting their last attempt."""
    lessons = []
    for lesson in PACK.lessons:
        exercises = tuple(
            msgspec.structs.replace(e, counts="last" if e.id in last else "best", attempts=0)
            for e in lesson.exercises
        )
        lessons.append(msgspec.structs.replace(lesson, exercises=exercises))
    return msgspec.structs.replace(PACK, lessons=tuple(lessons))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    attempts=st.lists(attempt, max_size=12),
    last=st.frozensets(st.sampled_from([e.id for e in LESSON.exercises])),
)
def test_the_dashboard_and_the_library_count_the_same(tmp_path_factory, attempts, last):
    pack = _pack_counting(last)
    lesson = pack.lesson("one")
    with Store(tmp_path_factory.mktemp("db")) as store:
        student = store.roster.add_student("Alex")
        for exercise_id, score, override in attempts:
            made = store.work.record_attempt(
                student.id, pack, "one", exercise_id, {"x": 1}, score=score
            )
            if override is not None:
                store.work.set_override(made, override)
        [summary] = [row for row in store.reports.class_summary(pack) if row.lesson_id == "one"]
        tally = lesson_tally(lesson, store.work.load_progress(student.id, pack.id))
    assert summary.points == pytest.approx(tally.earned)
    assert summary.score == pytest.approx(tally.score)
    assert round(summary.score * 100) == round(tally.score * 100)
    assert (summary.exercises_done, summary.pending) == (tally.done, tally.pending)
    assert summary.max_points == tally.possible == sum(e.points for e in lesson.exercises)


def test_the_counted_attempt_is_the_last_or_the_first_of_the_best_within_the_limit():
    def score(value):
        return value[1]

    made = [("a", 0.5), ("b", 1.0), ("c", None), ("d", 1.0), ("e", 0.25)]
    assert counted(made, "best", score) == ("b", 1.0)  # the first of the best
    assert counted(made, "last", score) == ("e", 0.25)
    assert counted(made, "best", score, allowed=1) == ("a", 0.5)  # later ones never count
    assert counted(made, "last", score, allowed=3) == ("c", None)  # pending
    assert counted([("a", None)], "best", score) == ("a", None)
    assert counted([], "best", score) is None


def test_a_lesson_score_is_over_all_its_points():
    assert lesson_fraction(3, 9) == pytest.approx(1 / 3)
    assert lesson_fraction(0, 0) == 0.0


def test_counted_score_reads_attempts_in_the_order_made():
    @dataclasses.dataclass
    class Row:
        id: int
        attempt_no: int
        effective_score: float | None

    rows = [Row(3, 2, 0.2), Row(1, 1, 0.9), Row(7, 3, None)]
    assert counted_score(rows, "last") is None
    assert counted_score(rows, "best") == 0.9
    assert counted_score(rows, "best", allowed=1) == 0.9
    assert counted_score(rows, "last", allowed=2) == 0.2
