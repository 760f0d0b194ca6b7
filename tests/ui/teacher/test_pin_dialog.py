"""The teacher PIN: set on first use, wrong PINs refused with a wait, the right one opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from closeread.core.classwork.pin import TeacherPin
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.teacher import open_dashboard
from closeread.ui.teacher.dashboard import DashboardWindow
from closeread.ui.teacher.pin_dialog import PinDialog


class Clock:
    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def dialog_for(qtbot, store, clock, mode) -> PinDialog:
    dialog = PinDialog(TeacherPin(store, clock), mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_use_sets_the_pin_typed_twice(qtbot, store, clock):
    dialog = dialog_for(qtbot, store, clock, "set")
    assert dialog.windowTitle() == "CloseRead — Set the Teacher PIN"
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.pin_edit, "123")
    assert "At least 6 characters" in dialog.message.accessibleName()
    qtbot.keyClicks(dialog.pin_edit, "400")
    qtbot.keyClicks(dialog.repeat_edit, "124300")
    assert not dialog.ok_button.isEnabled()
    assert "not the same" in dialog.message.accessibleName()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, "123400")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted
    lock = TeacherPin(store, clock)
    assert lock.is_set() and lock.verify("123400").ok


def test_wrong_pins_are_refused_then_the_dialog_makes_one_wait(qtbot, store, clock):
    TeacherPin(store, clock).set_pin("246800")
    dialog = dialog_for(qtbot, store, clock, "enter")
    assert dialog.windowTitle() == "CloseRead — Teacher PIN"
    assert not dialog.repeat_edit.isVisible()
    for expected in ("2 more wrong tries", "One more wrong try"):
        qtbot.keyClicks(dialog.pin_edit, "000000")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() != PinDialog.DialogCode.Accepted
        assert expected in dialog.message.accessibleName()
        assert dialog.pin_edit.text() == ""
    qtbot.keyClicks(dialog.pin_edit, "111100")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "Wait 4 seconds" in dialog.message.accessibleName()
    assert dialog.seconds_left() == 4
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()

    clock.now += 2.5
    dialog._tick()
    assert "Wait 2 seconds" in dialog.message.accessibleName()
    clock.now += 2
    qtbot.waitUntil(lambda: dialog.pin_edit.isEnabled(), timeout=2000)  # the timer's tick
    assert "try the PIN again" in dialog.message.accessibleName()
    qtbot.keyClicks(dialog.pin_edit, "246800")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert TeacherPin(store, clock).failures() == 0


def test_the_wait_is_still_there_when_the_dialog_opens_again(qtbot, store, clock):
    lock = TeacherPin(store, clock)
    lock.set_pin("246800")
    for _ in range(4):
        clock.now += 100
        lock.verify("000000")
    dialog = dialog_for(qtbot, store, clock, "enter")  # as after closing CloseRead
    assert "Wait 8 seconds" in dialog.message.accessibleName()
    assert not dialog.ok_button.isEnabled()


def main_window(qtbot, store):
    student = store.roster.add_student("Sam Student", "5B")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer_pin_dialog(qtbot, pins: list[str], seen: list):
    """Type each PIN into the PIN dialog when it is up; cancel after the last."""

    def poll() -> None:
        dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PinDialog) and widget.isVisible() and widget not in done
        ]
        if not dialogs or not dialogs[0].pin_edit.isEnabled():
            return
        dialog = dialogs[0]
        seen.append(dialog.mode)
        if not pins:
            timer.stop()
            done.append(dialog)
            dialog.reject()
            return
        dialog.pin_edit.setText(pins.pop(0))
        if dialog.mode == "set":
            dialog.repeat_edit.setText(dialog.pin_edit.text())
        dialog.submit()
        if dialog.result() == PinDialog.DialogCode.Accepted:
            done.append(dialog)
            timer.stop()

    done: list = []
    timer = QTimer(interval=30)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_the_teacher_menu_asks_for_the_pin_before_the_dashboard(qtbot, school, clock):
    store, _pack, _people = school
    window = main_window(qtbot, store)
    action = window.actions.dashboard
    assert action.text() == "&Dashboard…"
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    assert "&Teacher" in [menu.text() for menu in window.menuBar().actions()]

    seen: list[str] = []
    timer = answer_pin_dialog(qtbot, ["432100"], seen)  # first use: the PIN is set
    first = open_dashboard(window, clock)
    timer.stop()
    assert seen == ["set"]
    assert isinstance(first, DashboardWindow) and first.isVisible()
    first.close()
    qtbot.waitUntil(lambda: window.findChild(DashboardWindow) is None)

    seen.clear()
    timer = answer_pin_dialog(qtbot, ["000000"], seen)  # a wrong PIN, then Cancel
    assert open_dashboard(window, clock) is None
    timer.stop()
    assert seen == ["enter", "enter"]
    assert window.findChild(DashboardWindow) is None

    seen.clear()
    timer = answer_pin_dialog(qtbot, ["432100"], seen)
    action.trigger()  # through the menu
    timer.stop()
    dashboard = window.findChild(DashboardWindow)
    assert dashboard is not None and dashboard.isVisible()
    assert dashboard.windowTitle() == "CloseRead — Dashboard"
    assert dashboard.findChild(QAction, "sendToLrsAction") is not None  # issue 18's menu item


def test_changing_the_pin_needs_the_current_one(qtbot, store, clock):
    TeacherPin(store, clock).set_pin("246800")
    dialog = dialog_for(qtbot, store, clock, "change")
    assert dialog.windowTitle() == "CloseRead — Change the Teacher PIN"
    assert dialog.current_edit.isVisible() and dialog.repeat_edit.isVisible()
    dialog.pin_edit.setText("9753100")
    dialog.repeat_edit.setText("9753100")
    assert not dialog.ok_button.isEnabled()  # the current PIN first
    qtbot.keyClicks(dialog.current_edit, "111100")
    dialog.submit()
    assert dialog.result() != PinDialog.DialogCode.Accepted
    assert "Wrong PIN" in dialog.message.accessibleName()
    assert TeacherPin(store, clock).verify("246800").ok  # unchanged
    qtbot.keyClicks(dialog.current_edit, "246800")
    dialog.submit()
    assert dialog.result() == PinDialog.DialogCode.Accepted
    lock = TeacherPin(store, clock)
    assert lock.verify("9753100").ok and not lock.verify("246800").ok
