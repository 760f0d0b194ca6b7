"""Teacher > Export Teacher Notes…: behind the PIN, then one HTML file of the open pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from test_pin_dialog import Clock, answer_pin_dialog

from closeread.ui.shell.main_window import MainWindow

CARDPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "cardpack"


def window_on_cards(qtbot, store) -> MainWindow:
    student = store.roster.add_student("Sam Student", "5B")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_pack_path(CARDPACK)
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.id == "cards-demo")
    return window


def test_the_notes_are_exported_after_the_pin(qtbot, store, tmp_path, monkeypatch):
    window = window_on_cards(qtbot, store)
    action = window.actions.teacher_notes
    assert action is not None and action.text() == "Export Teacher N&otes…"
    asked: list[str] = []
    target = tmp_path / "out" / "notes"
    target.parent.mkdir()

    def choose(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    seen: list[str] = []
    timer = answer_pin_dialog(qtbot, ["432100"], seen)  # the first time, the PIN is set
    action.trigger()
    timer.stop()
    assert seen == ["set"]
    assert asked and asked[0].endswith("cards-demo-1.1-teacher-notes.html")
    written = target.with_suffix(".html")
    page = written.read_text(encoding="utf-8")
    assert "<h1>Cats, cards and words</h1>" in page and "<h3>Talk about it</h3>" in page
    assert "The author&#x27;s main claim." in page or "The author's main claim." in page
    assert window.statusBar().currentMessage() == f"Saved the teacher notes to {written}"
    assert store.work.signer is None  # teacher mode locked again

    written.unlink()
    seen.clear()
    asked.clear()
    timer = answer_pin_dialog(qtbot, [], seen)  # Cancel at the PIN: nothing is asked or written
    action.trigger()
    timer.stop()
    assert seen == ["enter"] and asked == [] and not written.exists()


@pytest.mark.parametrize("failure", ["cancel", "unwritable"])
def test_a_cancelled_or_failed_save_writes_nothing(qtbot, store, tmp_path, monkeypatch, failure):
    from closeread.ui.teacher.notes_export import export_teacher_notes

    window = window_on_cards(qtbot, store)
    target = tmp_path / "missing-folder" / "notes.html"
    result = (str(target), "") if failure == "unwritable" else ("", "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: result)
    errors: list[str] = []
    monkeypatch.setattr(
        "closeread.ui.teacher.notes_export.show_error",
        lambda parent, title, text: errors.append(text),
    )
    timer = answer_pin_dialog(qtbot, ["432100"], [])
    assert export_teacher_notes(window, Clock()) is None
    timer.stop()
    assert not target.exists()
    if failure == "unwritable":
        assert errors and errors[0].startswith(f"CloseRead could not write {target}: ")
    else:
        assert errors == []
    assert store.work.signer is None
