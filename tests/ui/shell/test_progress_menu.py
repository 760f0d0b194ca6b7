"""View > My Progress (Ctrl+Shift+G): from the keyboard to the progress and on to an exercise."""

from __future__ import annotations

from app_support import MINIPACK, data_dir, shown_with_the_keys, wait_for_pack
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.core.store.store import Store
from closeread.ui.common.actions import submenu
from closeread.ui.library.progress_view import ProgressDialog
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.menus import set_welcome
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.shortcut_list import shortcut_rows

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_g_shows_the_progress_and_enter_goes_to_an_exercise(qtbot):
    store = Store.open(data_dir())
    student = store.roster.add_student("Noor Haddad", "9A")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    shown_with_the_keys(qtbot, window)
    window.open_pack_path(MINIPACK)
    wait_for_pack(qtbot, window)
    pack = window.pack
    store.work.record_attempt(student.id, pack, "one", "marks", {"x": 1}, score=0.5)
    window.refresh_library()

    view = submenu(window.menuBar(), "&View")
    assert window.actions.progress in view.actions()
    assert dict(shortcut_rows(window.menuBar()))["Ctrl+Shift+G"].startswith("Show my progress")

    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProgressDialog))
    dialog = QApplication.activeModalWidget()
    lesson = dialog.tree.topLevelItem(0)
    assert lesson.text(1) == "2 of 9 · 22%"  # the library's percentage too
    library_lesson = window.library.item_for(window.entry.key, "one", "").parent()
    assert library_lesson.text(1).endswith("· 22%")
    tree = dialog.tree
    qtbot.waitUntil(tree.hasFocus)
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "What makes the survey evidence?"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.place == Place("one", "why")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    set_welcome(window.actions, True)  # no student yet: nothing to show
    assert not window.actions.progress.isEnabled()
    window.close()
    store.close()
