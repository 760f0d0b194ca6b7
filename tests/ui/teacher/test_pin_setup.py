"""The first time teacher mode opens on a data folder: a setup that says what the PIN
locks, what it cannot, and how to reset it; and the reset, done with a file."""

from __future__ import annotations

from app_support import ModalWatcher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from closeread.core.classwork.pin import TeacherPin
from closeread.core.classwork.pin_reset import RESET_FILE
from closeread.core.store.store import Store
from closeread.ui.teacher.pin_dialog import PinDialog, ask_teacher_pin
from closeread.ui.teacher.pin_setup import TeacherSetupDialog


def type_pin(qtbot, pin: str):
    """Type ``pin`` (twice when setting it) into the next PIN dialog, and press Enter."""

    def answer(dialog: PinDialog) -> None:
        qtbot.keyClicks(dialog.pin_edit, pin)
        if dialog.mode == "set":
            qtbot.keyClicks(dialog.repeat_edit, pin)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    return ModalWatcher(PinDialog, answer)


def press(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_the_first_time_teacher_mode_explains_the_pin_and_how_to_reset_it(qtbot, store):
    seen: list[TeacherSetupDialog] = []

    def look_then_decline(dialog: TeacherSetupDialog) -> None:
        seen.append(dialog)
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    watcher = ModalWatcher(TeacherSetupDialog, look_then_decline)
    assert not ask_teacher_pin(None, store)
    assert watcher.seen
    (dialog,) = seen
    assert dialog.windowTitle() == "CloseRead — Set Up Teacher Mode"
    said = dialog.explanation.text()
    assert str(store.data_dir) in said and "before a student does" in said
    assert "What it cannot" in dialog.protects.text() and "closeread" in dialog.protects.text()
    assert RESET_FILE in dialog.reset.text() and "unlock the dashboard" in dialog.reset.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "&Not Now"
    assert not TeacherPin(store).is_set()  # not now: nothing was set

    setting = type_pin(qtbot, "ours-2024")
    assert ask_teacher_pin(None, store)
    assert isinstance(setting.seen[0], TeacherSetupDialog)
    assert TeacherPin(store).verify("ours-2024").ok


def test_a_reset_file_resets_the_pin_and_the_setup_follows(qtbot, store):
    TeacherPin(store).set_pin("forgotten")
    (store.data_dir / RESET_FILE).write_text("")
    asked = ModalWatcher(QMessageBox, lambda box: press(box, "&Reset the PIN"))
    setting = type_pin(qtbot, "remembered")
    assert ask_teacher_pin(None, store)
    assert asked.seen and "asks to reset the teacher PIN" in asked.texts[0]
    assert "whoever opens it next chooses the new PIN" in asked.texts[0]
    assert isinstance(setting.seen[0], TeacherSetupDialog)
    assert not (store.data_dir / RESET_FILE).exists()
    lock = TeacherPin(store)
    assert lock.verify("remembered").ok and not lock.verify("forgotten").ok


def test_keeping_the_pin_removes_the_file_and_asks_for_the_pin(qtbot, store):
    TeacherPin(store).set_pin("kept-pin")
    (store.data_dir / "reset-teacher-pin.txt").write_text("")

    asked = ModalWatcher(QMessageBox, lambda box: press(box, "&Keep the PIN"))
    entering = type_pin(qtbot, "kept-pin")
    assert ask_teacher_pin(None, store, reason="Enter the teacher PIN to edit this pack.")
    assert asked.seen and entering.seen[0].mode == "enter"
    assert entering.seen[0].explanation.text() == "Enter the teacher PIN to edit this pack."
    assert not (store.data_dir / "reset-teacher-pin.txt").exists()
    assert TeacherPin(store).verify("kept-pin").ok


def test_the_setup_is_per_data_folder(qtbot, tmp_path):
    with Store.open(tmp_path / "other") as other:
        watcher = ModalWatcher(TeacherSetupDialog, lambda dialog: dialog.reject())
        assert not ask_teacher_pin(None, other)
        assert watcher.seen and str(tmp_path / "other") in watcher.seen[0].explanation.text()
