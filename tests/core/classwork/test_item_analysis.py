"""Item analysis on a handful of students whose answers are known, then on a class of 30."""

from __future__ import annotations

import pytest
from classroom import MINIPACK, hand_in_class

from closeread.core.classwork.item_analysis import analyse_pack
from closeread.core.classwork.results_import import import_results
from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

TEXT_CLAIM = "Cats make cities better."
TEXT_EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIPACK).pack


def span(pack, words, label, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = pack.article.text.index(words, start + 1)
    return [start, start + len(words), label]


@pytest.fixture
def store(tmp_path, pack):
    claim, evidence = span(pack, TEXT_CLAIM, "claim"), span(pack, TEXT_EVIDENCE, "evidence")
    work = {
        "A": [
            ("marks", {"marks": [claim, evidence]}),
            ("pick", {"selected": [0]}),
            ("pairs", {"matches": [[0, 0], [1, 1]]}),
            ("why", {"text": "it gives data"}),
            ("analogy", {"parts": {"what": {"text": "cats and dogs"}, "rule": {"selected": [0]}}}),
        ],
        "B": [
            ("marks", {"marks": [[claim[0], claim[1], "evidence"]]}),
            ("pick", {"selected": [1]}),
            ("pairs", {"matches": [[0, 1], [1, 0]]}),
            ("why", {"text": "I think it is nice"}),
            ("analogy", {"parts": {"rule": {"selected": [1]}}}),
        ],
        "C": [
            ("marks", {"marks": [span(pack, "Dogs, by contrast", "claim")]}),
            ("pick", {"selected": [1]}),
            ("pairs", {"matches": [[0, 1]]}),
            ("why", {"text": "the numbers show it"}),
        ],
        "D": [("pick", {"selected": [1]}), ("pick", {"selected": [1]})],
        "E": [("pick", {"selected": [1]}), ("pick", {"selected": [0]})],  # the best counts
        "F": [("pick", {"selected": [1]}), ("marks", {"marks": []})],  # another class
    }
    exercises = exercise_map(pack)
    with Store(tmp_path / "teacher") as opened:
        for name, attempts in work.items():
            student = opened.roster.add_student(name, "7C" if name == "F" else "7B")
            for exercise_id, answer in attempts:
                result = grade_saved(pack, exercises[("one", exercise_id)][1], answer, {})
                opened.work.record_attempt(
                    student.id, pack, "one", exercise_id, answer,
                    score=score_of(result), detail=detail_of(result, {}),
                )  # fmt: skip
        yield opened


def by_id(analyses):
    return {analysis.exercise_id: analysis for analysis in analyses}


def test_key_spans_most_missed_and_labels_confused(store, pack):
    marks = by_id(analyse_pack(store, pack, "7B"))["marks"]
    assert (marks.students, marks.attempted) == (5, 3)
    assert marks.completion == pytest.approx(3 / 5)
    first, second = marks.key_spans
    assert (first.quote, first.missed, first.found, first.wrong_label) == (TEXT_EVIDENCE, 2, 1, 0)
    assert (second.quote, second.missed, second.found, second.wrong_label) == (TEXT_CLAIM, 1, 1, 1)
    assert marks.confusions == (("claim", "evidence", 1),)
    assert marks.extra_marks == 1
    scores = [a.score for a in store.work.list_attempts(exercise_id="marks") if a.student_id <= 3]
    assert marks.mean_score == pytest.approx(sum(scores) / 3)


def test_choices_picked_wrongly_come_first(store, pack):
    pick = by_id(analyse_pack(store, pack, "7B"))["pick"]
    assert [(o.text, o.picked, o.wrong) for o in pick.options] == [
        ("The title", 3, True),  # B, C, D (E's wrong first try does not count)
        ("The survey", 2, False),
    ]
    assert pick.mean_score == pytest.approx(2 / 5)
    everyone = by_id(analyse_pack(store, pack))["pick"]
    assert everyone.students == 6 and everyone.options[0].picked == 4


def test_match_items_matched_wrongly(store, pack):
    pairs = by_id(analyse_pack(store, pack, "7B"))["pairs"]
    assert [(p.left, p.wrong, p.most_chosen_wrong) for p in pairs.pairs] == [
        ("61% felt calmer", 2, "Cats are easier"),
        ("Dogs need walks", 2, "Cats make cities better"),
    ]


def test_short_answers_waiting_for_review_until_the_teacher_decides(store, pack):
    why = by_id(analyse_pack(store, pack, "7B"))["why"]
    assert why.needs_review == 2  # one met no criterion; one met the rubric: provisional
    assert [(c.name, c.unmet) for c in why.criteria] == [("mentions data", 1)]
    (waiting,) = [a for a in store.work.list_attempts(exercise_id="why") if a.score < 1]
    store.work.set_override(waiting.id, 0.5, "Half right")
    assert by_id(analyse_pack(store, pack, "7B"))["why"].needs_review == 1


def test_analogy_parts_are_analysed_one_by_one(store, pack):
    analogy = by_id(analyse_pack(store, pack, "7B"))["analogy"]
    what, rule = analogy.parts
    assert (what.exercise_id, what.attempted, what.mean_score) == ("analogy/what", 1, 0.5)
    assert (rule.exercise_id, rule.attempted) == ("analogy/rule", 2)
    assert [(o.text, o.picked) for o in rule.options] == [
        ("Noise is good", 1),
        ("Less work is better", 1),
    ]


def test_a_class_of_30(tmp_path, pack):
    with Store(tmp_path / "students") as students:
        paths = hand_in_class(students, pack, pack, tmp_path / "files", count=30, seed=4)
    with Store(tmp_path / "teacher") as teacher:
        import_results(teacher, paths, [pack])
        analyses = by_id(analyse_pack(teacher, pack))
    marks = analyses["marks"]
    assert marks.students == 30 and 0 < marks.attempted <= 30
    missed = [stat.missed for stat in marks.key_spans]
    assert missed == sorted(missed, reverse=True) and sum(missed) > 0
    assert all(0 <= a.mean_score <= 1 for a in analyses.values() if a.mean_score is not None)
