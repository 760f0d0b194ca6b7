"""Re-scoring with a fixed key: new score rows (history kept), overrides still win,
nothing written twice, answers whose exercise moved under them left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from classroom import MINIPACK, row_counts, variant, work_through

from closeread.core.classwork.rescore import RescoreError, rescore_pack
from closeread.core.grading.saved import exercise_map, grade_saved, hints_of, score_of
from closeread.core.kinds.writing import writing_points
from closeread.core.library.archive import build_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("versions")
    full = load_pack(MINIPACK).pack

    def edited(name, version, edits):
        return load_pack(
            variant(tmp, name, {"pack.toml": ('version = "1.0"', version), **edits})
        ).pack

    fixed_edits = {
        "lessons/one.toml": (
            'text = "The survey"\nweight = 100\nfeedback = "Yes: it reports data."\n\n'
            '[[exercises.options]]\ntext = "The title"\nweight = 0',
            'text = "The survey"\nweight = 0\n\n[[exercises.options]]\ntext = "The title"\n'
            "weight = 100",
        )
    }
    return {
        "1.0": full,
        "1.1": edited("v11", 'version = "1.1"', fixed_edits),
        "reordered": edited(
            "v12",
            'version = "1.2"',
            {"lessons/one.toml": ('text = "The survey"', 'text = "The survey (reordered)"')},
        ),
        "new article": edited(
            "v13", 'version = "1.3"', {"article.md": ("by contrast", "on the other hand")}
        ),
        "fewer exercises": edited(
            "v14", 'version = "1.4"', {"lessons/one.toml": ('id = "why"', 'id = "why-now"')}
        ),
    }


@pytest.fixture
def teacher(tmp_path, packs):
    with Store(tmp_path / "teacher") as store:
        for index in range(8):
            student = store.roster.add_student(f"Student {index}", "7B")
            work_through(store, student.id, packs["1.0"], packs["1.0"], seed=100 + index)
        yield store


def expected_score(pack, attempt):
    _, exercise = exercise_map(pack)[(attempt.lesson_id, attempt.exercise_id)]
    hints = hints_of(attempt.exercise_id, attempt.hints_used, attempt.detail)
    return score_of(grade_saved(pack, exercise, attempt.answer, hints))


def test_a_fixed_key_rescores_what_it_changes_and_keeps_the_history(teacher, packs):
    fixed = packs["1.1"]
    before = {attempt.id: attempt for attempt in teacher.work.list_attempts()}
    flipped = [a for a in before.values() if a.exercise_id == "pick" and a.answer["selected"]]
    assert flipped, "the simulated class answered the choice"
    teacher.work.set_override(flipped[0].id, 0.42, "Discussed in class")
    report = rescore_pack(teacher, fixed, installed=[packs["1.0"]])
    changed = {change.attempt_id: change for change in report.changes}
    wanted = {
        attempt.id
        for attempt in before.values()
        if abs(expected_score(fixed, attempt) - attempt.score) > 1e-9
    }
    assert set(changed) == wanted and {a.id for a in flipped} <= wanted
    assert report.attempts == len(before) and report.unchanged == len(before) - len(wanted)
    for attempt in teacher.work.list_attempts():
        history = teacher.work.score_history(attempt.id)
        if attempt.id in wanted:
            assert [record.pack_version for record in history] == ["1.0", "1.1"]
            assert changed[attempt.id].old == before[attempt.id].score
            assert attempt.score == changed[attempt.id].new == expected_score(fixed, attempt)
        else:
            assert len(history) == 1
    kept = teacher.work.get_attempt(flipped[0].id)
    assert kept.override_score == 0.42 and kept.effective_score == 0.42
    assert changed[flipped[0].id].override == 0.42
    assert "the teacher's 42% still counts" in str(changed[flipped[0].id])


def test_rescoring_twice_with_the_same_key_writes_nothing(teacher, packs):
    rescore_pack(teacher, packs["1.1"], installed=[packs["1.0"]])
    counts = row_counts(teacher)
    again = rescore_pack(teacher, packs["1.1"], installed=[packs["1.0"]])
    assert again.changes == () and row_counts(teacher) == counts
    same = rescore_pack(teacher, packs["1.0"])
    assert len(same.changes) > 0  # back to the first key: the choice flips again


def test_answers_whose_options_moved_are_left_alone(teacher, packs):
    report = rescore_pack(teacher, packs["reordered"], installed=[packs["1.0"]])
    skipped = {(s.exercise_id, s.reason) for s in report.skipped}
    assert skipped == {("pick", "its options, items or criteria changed between versions")}
    assert all(change.exercise_id != "pick" for change in report.changes)


def test_marks_on_another_article_text_are_left_alone(teacher, packs):
    report = rescore_pack(teacher, packs["new article"], installed=[packs["1.0"]])
    assert {s.exercise_id for s in report.skipped} == {"marks"}
    assert "article's text changed" in report.skipped[0].reason
    unverified = rescore_pack(teacher, packs["new article"])  # 1.0 not installed: trusted
    assert unverified.unverified == unverified.attempts and not unverified.skipped


def test_attempts_at_exercises_no_longer_in_the_pack_are_listed(teacher, packs):
    report = rescore_pack(teacher, packs["fewer exercises"], installed=[packs["1.0"]])
    assert {s.exercise_id for s in report.skipped} == {"why"}
    assert report.skipped[0].reason == "the exercise is not in this version"


def test_an_assessment_edition_cannot_rescore(teacher, tmp_path):
    (tmp_path / "a.crpack").write_bytes(build_pack(MINIPACK, assessment=True).archive)
    with pytest.raises(RescoreError, match="assessment edition"):
        rescore_pack(teacher, load_pack(tmp_path / "a.crpack").pack)


def test_a_writing_task_is_left_to_the_teacher_and_their_levels_stay(tmp_path):
    pack = load_pack(Path(MINIPACK).parent / "writingpack").pack
    task = pack.lessons[0].exercise("response")
    with Store(tmp_path / "teacher") as store:
        ana = store.roster.add_student("Ana", "7B")
        scored = store.work.record_attempt(ana.id, pack, "respond", "response", {"text": "Yes."})
        choice = store.work.record_attempt(ana.id, pack, "respond", "pick", {"selected": [1]})
        store.work.set_override(scored, writing_points(task, [3, 2, 2, 1]) / 12, "", [3, 2, 2, 1])
        report = rescore_pack(store, pack)
        assert report.attempts == 2 and report.skipped == ()
        assert [change.attempt_id for change in report.changes] == [choice]  # scored anew
        kept = store.work.get_attempt(scored)
        assert kept.score is None and kept.override_levels == (3, 2, 2, 1)
        assert kept.effective_score == pytest.approx(8 / 12)
