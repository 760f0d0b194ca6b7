"""Teacher > Edit a Pack Folder…: behind the teacher PIN, on a pack folder the teacher chooses."""

from __future__ import annotations

import pytest
from app_support import ModalWatcher, data_dir
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from closeread.core.classwork import pin
from closeread.core.classwork.pin import TeacherPin
from closeread.core.store.store import Store
from closeread.ui.editor import PackEditor
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.teacher.pin_dialog import PinDialog

PIN = "432100"


@pytest.fixture(autouse=True)
def cheap_pin(monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)


@pytest.fixture
def window(qtbot):
    store = Store.open(data_dir())
    TeacherPin(store).set_pin(PIN)
    main = MainWindow(store, store.roster.add_student("Ms Teacher"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    store.close()


def _answer_pin(typed: str) -> QTimer:
    """Type ``typed`` into the PIN dialog when it shows; Cancel it if refused."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PinDialog) and dialog.pin_edit.isEnabled():
            timer.stop()
            dialog.pin_edit.setText(typed)
            dialog.submit()
            if dialog.result() != PinDialog.DialogCode.Accepted:
                dialog.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def _choose(monkeypatch, folder) -> list:
    asked = []

    def choose(*args):
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    return asked


def test_the_teacher_menu_opens_the_editor_after_the_pin(qtbot, window, minipack_copy, monkeypatch):
    action = window.actions.edit_folder
    assert action.text() == "Edit a Pack &Folder…"
    teacher = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Teacher")
    assert action in teacher.actions()
    asked = _choose(monkeypatch, minipack_copy)

    _answer_pin("000000")  # a wrong PIN: no folder is asked for, no editor opens
    action.trigger()
    assert asked == [] and window.findChild(PackEditor) is None

    _answer_pin(PIN)
    action.trigger()
    editor = window.findChild(PackEditor)
    assert editor is not None and editor.isVisible()
    assert editor.windowTitle().startswith("CloseRead — Editing A small pack")
    assert editor.session.root == minipack_copy.resolve()

    _answer_pin(PIN)  # the same folder again: the same window, brought to the front
    action.trigger()
    assert window.findChildren(PackEditor) == [editor]
    editor.close()
    qtbot.waitUntil(lambda: window.findChild(PackEditor) is None)


def test_a_folder_without_a_pack_is_refused_plainly(qtbot, window, tmp_path, monkeypatch):
    _choose(monkeypatch, tmp_path)
    _answer_pin(PIN)
    told = ModalWatcher(QMessageBox, lambda box: box.accept())
    window.actions.edit_folder.trigger()
    assert told.seen and "has no pack.toml" in told.texts[0]
    assert window.findChild(PackEditor) is None
