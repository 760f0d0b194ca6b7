"""My Progress: each lesson's points, what is left, the attempts used, the teacher's percentage."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from app_support import shown_with_the_keys
from PySide6.QtCore import Qt

from closeread.core.pack.load import require_pack
from closeread.core.store.store import Store
from closeread.ui.library.progress_view import ProgressDialog
from closeread.ui.teacher.gradebook_model import percent_text, rows_from_summary

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = require_pack(ROOT / "lessons" / "cyber-threat-oped")
MINIPACK = require_pack(ROOT / "tests" / "core" / "fixtures" / "minipack")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as opened:
        yield opened


def dialog_for(qtbot, store, student, pack) -> ProgressDialog:
    dialog = ProgressDialog(pack, store.work.load_progress(student.id, pack.id))
    qtbot.addWidget(dialog)
    shown_with_the_keys(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("seed", range(4))
def test_the_percentages_are_the_ones_the_teacher_sees(qtbot, store, seed):
    rng = random.Random(seed)
    student = store.roster.add_student("Kim Park", "10C")
    store.roster.add_student("Someone Else", "10C")  # the dashboard's other rows
    for lesson in BUNDLED.lessons:
        for exercise in lesson.exercises:
            allowed = exercise.attempts or 3  # the app and imports keep to the limit
            for _ in range(rng.choice([0, 0, *range(1, allowed + 1)])):
                score = rng.choice([None, 0.0, 1 / 3, 0.5, 2 / 3, 0.875, 1.0])
                store.work.record_attempt(
                    student.id, BUNDLED, lesson.id, exercise.id, {"x": 1}, score=score
                )
    summary = store.reports.class_summary(BUNDLED)
    [teacher] = [row for row in rows_from_summary([student], summary)]
    dialog = dialog_for(qtbot, store, student, BUNDLED)
    for index, lesson_row in enumerate(teacher.lessons):
        shown = dialog.tree.topLevelItem(index).text(1)
        assert shown.endswith(f" · {percent_text(100 * lesson_row.score)}")
    assert dialog.total.text().startswith(percent_text(teacher.total) + " of the pack's points")


def test_each_exercise_says_its_points_attempts_and_what_is_left(qtbot, store):
    student = store.roster.add_student("Kim Park")
    record = store.work.record_attempt
    record(student.id, MINIPACK, "one", "marks", {"x": 1}, score=0.5)
    record(student.id, MINIPACK, "one", "marks", {"x": 1}, score=0.25)
    record(student.id, MINIPACK, "one", "pick", {"x": 1}, score=1.0)
    record(student.id, MINIPACK, "one", "why", {"x": 1}, score=None)
    store.work.save_draft(student.id, "mini", "one", "pairs", {"pairs": [None, None]})
    dialog = dialog_for(qtbot, store, student, MINIPACK)
    lesson = dialog.tree.topLevelItem(0)
    assert [lesson.text(c) for c in range(4)] == [
        "1. Claims and evidence",
        "3 of 9 · 33%",
        "4",
        "2 to do · 1 to try again · 1 waiting",
    ]
    rows = [[lesson.child(i).text(c) for c in range(4)] for i in range(lesson.childCount())]
    assert rows == [
        ["Mark the claim and the evidence", "◐ 2 of 4", "2 of 3", "1 attempt left"],
        ["Which is evidence?", "✓ 1 of 1", "1 of 3", "✓ Done"],
        ["What makes the survey evidence?", "— of 1", "1 of 3", "✉ Waiting for your teacher"],
        ["Match", "— of 1", "0 of 3", "Draft saved, not checked"],
        ["Take the comparison apart", "— of 2", "0 of 3", "Not started"],
    ]
    assert dialog.total.text() == "33% of the pack's points · 3 of 9 points"


def test_enter_on_an_exercise_asks_to_go_there(qtbot, store):
    student = store.roster.add_student("Kim Park")
    dialog = dialog_for(qtbot, store, student, MINIPACK)
    tree = dialog.tree
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Which is evidence?"
    with qtbot.waitSignal(dialog.placeChosen) as chosen:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert chosen.args == ["one", "pick"]
    assert not dialog.isVisible()
