"""The review queue lists the written answers the rules could not decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from closeread.core.classwork.review import review_queue
from closeread.core.grading.saved import detail_of, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parents[1] / "fixtures" / "minipack"


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIPACK).pack


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as store:
        yield store


def answer(store, pack, student, exercise_id, value):
    lesson = pack.lessons[0]
    exercise = lesson.exercise(exercise_id)
    result = grade_saved(pack, exercise, value, {})
    return store.work.record_attempt(
        student.id, pack, lesson.id, exercise_id, value,
        score=score_of(result), detail=detail_of(result, {}),
    )  # fmt: skip


def test_only_undecided_written_answers_are_listed_with_their_rubric(store, pack):
    ada = store.roster.add_student("Ada", "5B")
    bo = store.roster.add_student("Bo", "5C")
    answer(store, pack, ada, "why", {"text": "it gives data"})  # accepted
    answer(store, pack, ada, "why", {"text": "Because the author says so."})  # review
    answer(store, pack, bo, "why", {"text": "It has numbers in it"})  # rubric met: provisional
    answer(store, pack, bo, "pick", {"selected": [1]})  # a choice never needs review
    analogy = {"parts": {"what": {"text": "pets"}, "rule": {"selected": [0]}}}
    part_id = answer(store, pack, bo, "analogy", analogy)

    items = review_queue(store, pack)
    assert [(i.student.name, i.exercise.id, i.attempt.attempt_no) for i in items] == [
        ("Ada", "why", 2),
        ("Bo", "why", 1),
        ("Bo", "analogy", 1),
    ]
    first = items[0]
    assert first.answers[0].text == "Because the author says so."
    assert [(c.name, c.met) for c in first.answers[0].criteria] == [("mentions data", False)]
    assert items[1].rules.points == 1.0  # the rubric's score, provisional until confirmed
    assert items[2].attempt.id == part_id
    assert [a.text for a in items[2].answers] == ["pets"]

    store.work.set_override(first.attempt.id, 0.5, "Fair point, no evidence named.")
    store.work.set_override(items[1].attempt.id, 1.0)  # the teacher confirms the rubric's score
    assert [i.decided for i in review_queue(store, pack)] == [True, True, False]
    assert len(review_queue(store, pack, include_decided=False)) == 1
    assert [i.student.name for i in review_queue(store, pack, "5B")] == ["Ada"]
