"""A student-only computer: the policy file beside CloseRead hides the Teacher menu."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from closeread.core.files import policy
from closeread.core.files.policy import POLICY_FILE
from closeread.ui.shell.main_window import MainWindow


def window_for(qtbot, store):
    window = MainWindow(store, store.roster.add_student("Sam Student", "5B"))
    qtbot.addWidget(window)
    return window


def test_the_policy_file_hides_the_teacher_menu_and_its_shortcut(
    qtbot, store, tmp_path, monkeypatch
):
    (tmp_path / POLICY_FILE).write_text("teacher_mode = false\n", encoding="utf-8")
    monkeypatch.setattr(policy, "app_folder", lambda: tmp_path)
    window = window_for(qtbot, store)
    assert "&Teacher" not in [menu.text() for menu in window.menuBar().actions()]
    assert window.actions.dashboard is None and window.actions.edit_pack is None
    shortcuts = [action.shortcut().toString() for action in QWidget.actions(window)]
    assert "Ctrl+Shift+T" not in shortcuts


def test_without_the_file_the_teacher_menu_is_there(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(policy, "app_folder", lambda: tmp_path)
    window = window_for(qtbot, store)
    assert "&Teacher" in [menu.text() for menu in window.menuBar().actions()]
