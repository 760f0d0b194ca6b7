"""Review (a teacher's score for an undecided answer), re-scoring and item analysis."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from teacher_support import MINIPACK, REVIEW_TEXT

from closeread.core.classwork.rescore import rescore_pack
from closeread.core.library.install import install_pack
from closeread.ui.teacher.dashboard import DashboardWindow


@pytest.fixture
def dashboard(qtbot, school):
    store, pack, _people = school
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def lesson_percent(window, name: str) -> str:
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return proxy.index(row, 2).data()
    raise AssertionError(name)


def test_override_a_short_answer_and_it_survives_a_rescore(dashboard, qtbot, school):
    store, pack, _people = school
    review = dashboard.review
    assert dashboard.tabs.tabText(1) == "&Review (1)"
    assert review.list.count() == 1
    item = review.current()
    assert (item.student.name, item.exercise.id) == ("Eve", "why")
    assert REVIEW_TEXT in review.answer.text()
    assert "mentions data: not found" in review.rubric.text()
    assert "0 of 1 point" in review.rules.accessibleName()

    dashboard.tabs.setCurrentWidget(review)
    editor = review.editor
    editor.points.setValue(0.75)
    qtbot.keyClicks(editor.comment, "Fair, but name the survey.")
    qtbot.keyClick(editor.comment, Qt.Key.Key_Return)  # Enter in the comment saves

    attempt = store.work.get_attempt(item.attempt.id)
    assert attempt.override_score == pytest.approx(0.75)
    assert attempt.override_comment == "Fair, but name the survey."
    assert review.list.count() == 0  # decided: off the queue
    assert "No answers wait" in review.count_label.text()
    assert dashboard.tabs.tabText(1) == "&Review"
    assert lesson_percent(dashboard, "Eve") == "19%"  # (1 + 0.75) of 9

    review.show_decided.setChecked(True)
    assert review.list.count() == 1 and review.current().decided
    assert review.list.item(0).text().startswith("✓ Eve")
    assert review.editor.clear_button.isEnabled()

    report = rescore_pack(store, pack)  # the core's re-score leaves the override alone
    assert report.attempts > 0
    again = store.work.get_attempt(item.attempt.id)
    assert again.override_score == pytest.approx(0.75)
    assert again.effective_score == pytest.approx(0.75)
    dashboard.reload()
    assert lesson_percent(dashboard, "Eve") == "19%"

    review.editor.withdraw()  # back to the rules' score, and back on the queue
    assert store.work.get_attempt(item.attempt.id).override_score is None
    review.show_decided.setChecked(False)
    assert review.list.count() == 1
    assert lesson_percent(dashboard, "Eve") == "11%"


def test_the_drill_in_saves_a_teachers_score_too(dashboard, qtbot, school):
    store, _pack, _people = school
    view = dashboard.open_cell(dashboard.proxy.index(1, 2))  # Bo
    view.exercise_list.setCurrentRow(0)  # marks: 1.375 of 4
    assert view.editor.by_points.points.value() == pytest.approx(1.375, abs=0.01)
    view.editor.by_points.points.setValue(3.0)
    qtbot.mouseClick(view.editor.by_points.save_button, Qt.MouseButton.LeftButton)
    attempt = store.work.list_attempts(exercise_id="marks", student_id=view.student.id)[0]
    assert attempt.override_score == pytest.approx(0.75)
    assert view.history.item(0, 3).text() == "75%"
    assert lesson_percent(dashboard, "Bo") == "33%"  # 3 of 9


def fixed_pack(tmp_path):
    """The minipack 1.1: the second option of "pick" is right as well (a fixed key)."""
    import shutil

    folder = tmp_path / "mini-1.1"
    shutil.copytree(MINIPACK, folder)
    pack_toml = folder / "pack.toml"
    pack_toml.write_text(pack_toml.read_text().replace('version = "1.0"', 'version = "1.1"'))
    lesson = folder / "lessons" / "one.toml"
    text = lesson.read_text()
    old = 'text = "The title"\nweight = 0'
    assert old in text
    lesson.write_text(text.replace(old, 'text = "The title"\nweight = 100'))
    return folder


def test_rescore_previews_the_changes_then_saves_them(dashboard, qtbot, school, tmp_path):
    store, _pack, people = school
    install_pack(fixed_pack(tmp_path), store.data_dir, store)
    dashboard.load_packs("mini")
    dialog = dashboard.open_rescore()
    assert "Version 1.1" in dialog.version_combo.currentText()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert rows == [["Bo", "1. Which is evidence?", "1", "0% → 100%", ""]]
    assert "1 of 9 answers change with version 1.1" in dialog.summary.text()
    assert store.work.list_attempts(student_id=people["Bo"].id, exercise_id="pick")[0].score == 0
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.work.list_attempts(student_id=people["Bo"].id, exercise_id="pick")[0].score == 1
    assert lesson_percent(dashboard, "Bo") == "26%"  # (1.375 + 1) of 9
    assert not dialog.isVisible()

    again = dashboard.open_rescore()  # the same key again: nothing changes
    qtbot.waitUntil(lambda: again.report is not None, timeout=10_000)
    assert again.table.rowCount() == 0
    assert not again.save_button.isEnabled()
    assert "Nothing to save" in again.summary.text()
    again.reject()


def test_rescore_from_a_pack_folder_says_students_will_see_it_and_installs_on_save(
    dashboard, qtbot, school, tmp_path
):
    store, _pack, _people = school
    folder = fixed_pack(tmp_path)
    lesson = folder / "lessons" / "one.toml"
    lesson.write_text(
        lesson.read_text().replace('title = "Which is evidence?"', 'title = "Spot the evidence"')
    )
    dialog = dashboard.open_rescore()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.table.rowCount() == 0  # 1.0 against itself
    assert dialog.changes.text() == ""
    dialog.stage_folder(str(folder))
    qtbot.waitUntil(lambda: dialog.version_combo.count() == 2, timeout=10_000)
    assert "Version 1.1" in dialog.version_combo.currentText()
    assert "installed when you save" in dialog.version_combo.currentText()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.version == "1.1")
    assert dialog.table.rowCount() == 1
    shown = dialog.changes.text()
    assert shown.startswith("Students will see the new version: mini 1.1 will be installed")
    assert 'Lesson 1, "Spot the evidence": 1 attempt by 1 student changes score' in shown
    assert 'title "Which is evidence?" → "Spot the evidence"' in shown
    assert "students will see it" in dialog.summary.text()
    assert dialog.save_button.text().replace("&", "") == "Install and Save New Scores"
    assert not any(p.version == "1.1" for p in store.roster.list_packs())  # not yet
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert any(p.pack_id == "mini" and p.version == "1.1" for p in store.roster.list_packs())
    assert not list((store.data_dir / "packs").glob(".incoming-*"))


def test_closing_the_rescore_dialog_installs_nothing(dashboard, qtbot, school, tmp_path):
    store, _pack, _people = school
    dialog = dashboard.open_rescore()
    dialog.stage_folder(str(fixed_pack(tmp_path)))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.version == "1.1")
    dialog.reject()
    assert {p.version for p in store.roster.list_packs()} == {"1.0"}
    assert not list((store.data_dir / "packs").glob(".incoming-*"))


def test_item_analysis_names_what_the_class_missed(dashboard, qtbot):
    panel = dashboard.analysis
    dashboard.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.analysis), timeout=10_000)
    tree = panel.tree

    def texts(item, depth=0):
        found = [(depth, item.text(0), item.text(1), item.text(2))]
        for index in range(item.childCount()):
            found += texts(item.child(index), depth + 1)
        return found

    rows = texts(tree.invisibleRootItem())
    flat = [r[1] for r in rows]
    assert "Lesson 1: Claims and evidence" in flat
    marks = flat.index("Mark the claim and the evidence")
    assert rows[marks][2] == "2 of 5"  # Bo and Dee tried it
    assert "Claim: “A survey of 400 households" not in flat
    assert any(text.startswith("Evidence: “A survey of 400 households") for text in flat)
    assert "Evidence marked as Claim" in flat
    wrong = [r for r in rows if r[1] == "“The title”"]
    assert wrong and wrong[0][2] == "1"  # Bo picked it
    assert "Waiting for your review" in flat
