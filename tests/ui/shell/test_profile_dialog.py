"""Choosing or making a profile, typed and clicked as a student would."""

from __future__ import annotations

import pytest
from app_support import ModalWatcher, data_dir, shown_with_the_keys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from closeread.core.store.store import Store
from closeread.ui.shell.profile_dialog import LAST_STUDENT, ProfileDialog, choose_student


@pytest.fixture
def store():
    opened = Store.open(data_dir())
    yield opened
    opened.close()


def shown(qtbot, store) -> ProfileDialog:
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    shown_with_the_keys(qtbot, dialog)
    return dialog


def test_first_run_asks_for_a_name_and_makes_the_profile(qtbot, store):
    dialog = shown(qtbot, store)
    assert "CloseRead" in dialog.windowTitle()
    assert dialog.creating() and dialog.heading.text() == "Welcome to CloseRead"
    assert not dialog.back_button.isVisible()  # nowhere to go back to
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "Alex Chen")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.class_edit, "9B")
    qtbot.keyClicks(dialog.number_edit, "S-017")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [student] = store.roster.list_students()
    assert (student.name, student.class_name, student.student_number) == (
        "Alex Chen",
        "9B",
        "S-017",
    )
    assert dialog.student == student
    assert store.roster.get_setting(LAST_STUDENT) == student.id


def test_only_a_name_is_needed_and_enter_starts(qtbot, store):
    dialog = shown(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "  Sam  ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(s.name, s.class_name) for s in store.roster.list_students()] == [("Sam", None)]


def test_a_blank_name_is_not_accepted(qtbot, store):
    dialog = shown(qtbot, store)
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and store.roster.list_students() == []


def test_the_last_profile_is_chosen_and_enter_continues(qtbot, store):
    store.roster.add_student("Alex", "9B")
    bea = store.roster.add_student("Bea", "9B")
    store.roster.set_setting(LAST_STUDENT, bea.id)
    dialog = shown(qtbot, store)
    assert not dialog.creating()
    assert [dialog.list.item(i).text() for i in range(2)] == ["Alex (9B)", "Bea (9B)"]
    assert dialog.list.currentItem().text() == "Bea (9B)"
    assert dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.student == bea


def test_choosing_another_profile_with_the_keyboard(qtbot, store):
    alex = store.roster.add_student("Alex")
    bea = store.roster.add_student("Bea")
    store.roster.set_setting(LAST_STUDENT, bea.id)
    dialog = shown(qtbot, store)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.student == alex
    assert store.roster.get_setting(LAST_STUDENT) == alex.id


def test_new_profile_from_the_list_and_back(qtbot, store):
    store.roster.add_student("Alex")
    dialog = shown(qtbot, store)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.creating() and dialog.back_button.isVisible()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.creating()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Cleo")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert sorted(s.name for s in store.roster.list_students()) == ["Alex", "Cleo"]


def test_typing_an_existing_profile_picks_it(qtbot, store):
    alex = store.roster.add_student("Alex Chen", "9B")
    dialog = shown(qtbot, store)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "alex chen")
    qtbot.keyClicks(dialog.class_edit, "9B")
    qtbot.keyClick(dialog.class_edit, Qt.Key.Key_Return)
    assert dialog.student == alex
    assert len(store.roster.list_students()) == 1


def test_every_field_has_an_accessible_name(qtbot, store):
    dialog = shown(qtbot, store)
    for widget in (dialog.name_edit, dialog.class_edit, dialog.number_edit, dialog.ok_button):
        assert widget.accessibleName()


def test_one_remembered_profile_opens_without_asking(qtbot, store):
    alex = store.roster.add_student("Alex")
    store.roster.set_setting(LAST_STUDENT, alex.id)
    assert choose_student(store) == alex


def test_cancel_chooses_nobody(qtbot, store):
    store.roster.add_student("Alex")
    store.roster.add_student("Bea")
    watcher = ModalWatcher(ProfileDialog, lambda dialog: dialog.reject())
    assert choose_student(store) is None
    assert watcher.seen
