"""The menus: usable on the welcome page, and the shortcuts list names every shortcut."""

import pytest
from app_support import ModalWatcher, data_dir
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from closeread.core.store.store import Store
from closeread.ui.common.actions import submenu
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.profile_dialog import ProfileDialog
from closeread.ui.shell.shortcut_list import shortcut_rows


@pytest.fixture
def store():
    opened = Store.open(data_dir())
    yield opened
    opened.close()


def welcome(qtbot, store):
    window = MainWindow(data_dir=data_dir())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    chosen = []
    window.ask_profile(store, chosen.append, lambda: chosen.append(None))
    return window, chosen


def test_help_the_appearance_and_quit_work_on_the_welcome_page(qtbot, store):
    window, chosen = welcome(qtbot, store)
    actions = window.actions
    assert window.menuBar().isEnabled()
    for action in (actions.shortcuts, actions.about, actions.quit, *actions.appearance.values()):
        assert action.isEnabled(), action.text()
    for action in (actions.open_pack, actions.switch_profile, actions.export_results):
        assert not action.isEnabled(), action.text()  # they need a student first
    assert not actions.next.isEnabled()
    help_menu = submenu(window.menuBar(), "&Help")
    assert help_menu.isEnabled() and help_menu.actions()[0].isEnabled()

    watcher = ModalWatcher(QDialog, lambda dialog: dialog.reject())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(watcher.seen))
    assert watcher.seen[0].objectName() == "shortcutsDialog"

    page = window.pages.currentWidget().findChild(ProfileDialog)
    qtbot.keyClicks(page.name_edit, "Alex Chen")
    page.accept()
    assert chosen and chosen[0].name == "Alex Chen"
    assert actions.open_pack.isEnabled() and actions.switch_profile.isEnabled()


def test_the_shortcuts_list_names_every_shortcut_once_and_no_media_key(qtbot, store):
    window = MainWindow(store, store.roster.add_student("Alex Chen"))
    qtbot.addWidget(window)
    rows = dict(shortcut_rows(window.menuBar()))
    for keys, meaning in (
        ("Ctrl+Shift+P", "Switch Profile"),
        ("Shift+F6", "Previous Pane"),
        ("Ctrl+Q", "Quit"),
        ("Ctrl+O", "Open a lesson pack"),
        ("Ctrl+Shift+D", "Switch between light and dark"),
        ("F1", "Keyboard Shortcuts"),
        ("Ctrl+F", "Find in the Article"),
        ("F3", "Go to the next place found"),
    ):
        assert rows.get(keys) == meaning, (keys, rows)
    if window.actions.dashboard is not None:  # the Teacher menu (not on a student-only PC)
        assert rows["Ctrl+Shift+T"] == "Open the teacher dashboard"
    assert rows["Ctrl+=, Ctrl++"] == "Make the text bigger"
    assert rows["Ctrl+Z"] == "Undo the last change to your marks"
    assert not any("Open" in keys.split(", ")[1:] for keys in rows)  # no "Ctrl+O, Open"
    menu_keys = {
        key.toString()
        for action in window.findChildren(type(window.actions.quit))
        for key in action.shortcuts()
        if key[0].key() < Qt.Key.Key_Back  # not a media key ("Open", "Exit")
    }
    listed = {key for keys in rows for key in keys.split(", ")}
    assert menu_keys <= listed
