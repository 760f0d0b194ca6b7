"""Trying an exercise as a student from the editor: a real panel, a throwaway database."""

from __future__ import annotations

import os
from pathlib import Path

from app_support import ModalWatcher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from closeread.ui.exercises.panel import ExercisePanel

LESSON = "lessons/one.toml"


def _files_in(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def test_trying_an_exercise_leaves_no_trace(qtbot, minipack_copy, open_editor):
    data = Path(os.environ["CLOSEREAD_DATA_DIR"])
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "pick")
    qtbot.keyClick(editor.outline, Qt.Key.Key_F5)
    dialog = editor.try_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle().startswith("CloseRead — Trying")
    panel = dialog.panel
    assert isinstance(panel, ExercisePanel) and panel.exercise.id == "pick"
    folder = dialog.store.data_dir
    assert not folder.is_relative_to(data)

    qtbot.mouseClick(panel.widget.button(0), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.checked) as checked:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert checked.args == [1.0]
    assert panel.attempts_made() == 1
    assert _files_in(folder)  # the trial answers went to the throwaway database
    assert _files_in(data) == []  # and nothing to the real one

    dialog.close()
    assert dialog.store.closed and not folder.exists()
    assert _files_in(data) == []


def test_a_marking_exercise_is_tried_on_its_own_article(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    editor.actions.try_it.trigger()
    dialog = editor.try_dialog
    reader = dialog.reader
    text = reader.article.text
    start = text.index("Cats make cities better.")
    reader.setFocus()
    reader.select_span(start, start + len("Cats make cities better."))
    qtbot.keyClick(reader, Qt.Key.Key_1)
    assert [(m.start, m.label) for m in reader.marks()] == [(start, "claim")]
    assert dialog.panel.widget.answer()["marks"][0][:2] == [start, start + 24]
    assert editor.article.marks() != reader.marks()  # the editor's key is untouched
    dialog.close()


def test_unsaved_edits_are_saved_first_when_the_teacher_says_so(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "pick")
    title = editor.form.fields.widgets["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Spot the evidence")
    save = QMessageBox.StandardButton.Save
    asked = ModalWatcher(QMessageBox, lambda box: box.button(save).click())
    editor.actions.try_it.trigger()
    assert asked.seen and "Save your edits" in asked.texts[0]
    assert not editor.session.modified
    assert editor.try_dialog.panel.exercise.title == "Spot the evidence"
    editor.try_dialog.close()
