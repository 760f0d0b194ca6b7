"""An edit or a save that fails is said where it happened and leaves nothing half-done.

The TOML writer is made to fail the way a broken tomlkit release did (an AttributeError
after it had already changed part of the document), and the disk is made to fail the
way a full disk does. The form, the undo history and the file on disk must agree after.
"""

from __future__ import annotations

import errno

import pytest
from app_support import ModalWatcher
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from closeread.core.toml import edit as tomledit
from closeread.core.toml import style as tomlstyle

LESSON = "lessons/one.toml"


@pytest.fixture
def broken_writer(monkeypatch):
    """tomlstyle.set_value that deletes the key it was asked to set, then raises."""

    def set_value(table, key, value, *, order=()):
        if key in table:
            del table[key]
        raise AttributeError("'Container' object has no attribute '_insert_after'")

    monkeypatch.setattr(tomlstyle, "set_value", set_value)


def test_a_tick_the_writer_cannot_make_is_taken_back_and_said_beside_the_form(
    qtbot, minipack_copy, open_editor, broken_writer
):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "pick")
    doc = editor.session.docs[LESSON]
    before = doc.as_text()
    box = editor.form.fields.widgets["shuffle"]
    assert box.isChecked()  # options shuffle unless the file says shuffle = false

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)

    assert editor.form.fields.widgets["shuffle"].isChecked()  # the form shows the file
    assert doc.as_text() == before
    assert not editor.session.modified and not editor.isWindowModified()
    assert editor.session.stack.count() == 0 and not editor.actions.undo.isEnabled()
    assert editor.notice.isVisible()
    assert "could not be written into lessons/one.toml" in editor.notice.text()
    assert "AttributeError" in editor.notice.text()

    # Nothing was changed, so saving says so rather than "Saved".
    editor.save()
    assert editor.statusBar().currentMessage().startswith("Nothing to save")
    assert (minipack_copy / LESSON).read_text(encoding="utf-8") == before


def test_typing_an_explanation_the_writer_cannot_store_leaves_the_key_as_it_was(
    qtbot, minipack_copy, open_editor, monkeypatch
):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    doc = editor.session.docs[LESSON]
    editor.keys.select_span(editor.keys.spans[0].id)
    explained = editor.keys.explanation.toPlainText()
    editor.keys.explanation.setFocus()
    editor.keys.explanation.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.keys.explanation, " More.")  # this one works
    assert doc.key_spans("marks")[0]["explanation"] == explained + " More."
    steps = editor.session.stack.count()
    text = doc.as_text()

    def broken(*_args, **_kwargs):
        raise AttributeError("tomlkit changed")

    monkeypatch.setattr(type(doc), "update_key_span", broken)
    qtbot.keyClicks(editor.keys.explanation, "X")

    assert doc.as_text() == text
    assert editor.keys.explanation.toPlainText() == explained + " More."  # not garbled
    assert editor.session.stack.count() == steps
    assert "AttributeError: tomlkit changed" in editor.notice.text()

    # Undo still takes back the edit that was made, and the notice goes with the next edit.
    editor.actions.undo.trigger()
    assert doc.key_spans("marks")[0].get("explanation", "") == explained
    assert not editor.notice.isVisible()


def test_a_full_disk_is_not_saved_and_the_edits_stay_open(
    qtbot, minipack_copy, open_editor, monkeypatch
):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "pick")
    on_disk = (minipack_copy / LESSON).read_bytes()
    box = editor.form.fields.widgets["shuffle"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert editor.session.docs[LESSON].exercise("pick")["shuffle"] is False

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tomledit, "write_atomic", full_disk)
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    watcher = ModalWatcher(QMessageBox, read_and_close)
    try:
        assert editor.save() is False
    finally:
        watcher.stop()
    assert said and "No space left on device" in said[0]
    assert not editor.statusBar().currentMessage().startswith("Saved")
    assert (minipack_copy / LESSON).read_bytes() == on_disk
    assert editor.session.modified and editor.isWindowModified()
    assert editor.session.stack.count() == 1
    assert not editor.form.fields.widgets["shuffle"].isChecked()


def test_a_file_that_reads_back_different_is_not_called_saved(tmp_path, minipack_copy, monkeypatch):
    document = tomledit.TomlDocument.open(minipack_copy / LESSON)
    document.doc["title"] = "Changed"

    def lossy(path, data):
        path.write_bytes(data[:-10])

    monkeypatch.setattr(tomledit, "write_atomic", lossy)
    with pytest.raises(tomledit.TomlFileError, match="not what was written"):
        document.save()
    assert document.modified
