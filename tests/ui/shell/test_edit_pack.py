"""Teacher > Edit This Pack, New Pack: the open pack, never CloseRead's own copy of it.

A pack opened from the teacher's folder is edited there; the bundled pack gets an
editable copy in a folder the teacher chooses, as a new version or a new pack; New Pack
makes the scaffold of ``closeread pack new`` and opens the editor on it.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from app_support import MINIPACK, ModalWatcher, data_dir, wait_for_pack
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from closeread.core.classwork import pin
from closeread.core.classwork.pin import TeacherPin
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store
from closeread.ui.editor import PackEditor
from closeread.ui.editor.copy_dialog import MakeCopyDialog
from closeread.ui.editor.new_pack_dialog import NewPackDialog
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.teacher.pin_dialog import PinDialog

PIN = "432100"
BUNDLED_ID = "cyber-threat-oped"


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
    main.open_initial()
    wait_for_pack(qtbot, main)
    yield main
    for editor in main.findChildren(PackEditor):
        editor.session.stack.setClean()  # nothing to ask about: the test checked the files
        editor.close()
    main.close()
    store.close()


def answer_pin(seen: list[str]) -> QTimer:
    """Type the PIN into the PIN dialog when it shows, noting what it said."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PinDialog) and dialog.pin_edit.isEnabled():
            timer.stop()
            seen.append(dialog.explanation.text())
            dialog.pin_edit.setText(PIN)
            dialog.submit()

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def click(qtbot, button) -> None:
    """Click a radio button on its circle (the row is wider than what takes a click)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def editor_of(window) -> PackEditor:
    editors = [e for e in window.findChildren(PackEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def meta(folder: Path) -> dict:
    return tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))


def test_the_bundled_pack_gets_an_editable_copy_as_a_new_version(qtbot, window, tmp_path):
    assert window.pack.id == BUNDLED_ID
    action = window.actions.edit_pack
    assert action.text() == "&Edit This Pack…"
    seen: list[str] = []
    answer_pin(seen)

    def copy(dialog: MakeCopyDialog) -> None:
        assert "comes with CloseRead" in dialog.why.text()
        assert dialog.as_version.isChecked() and dialog.version_edit.text() == "1.1.1"
        dialog.version_edit.setText("1.2")
        dialog.where.parent_edit.setText(str(tmp_path / "my packs"))
        assert dialog.where.name_edit.text() == "cyber-threat-oped-1.2"
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    made = ModalWatcher(MakeCopyDialog, copy)
    action.trigger()
    assert made.seen and seen == ["Enter the teacher PIN to edit this pack."]
    folder = tmp_path / "my packs" / "cyber-threat-oped-1.2"
    assert (meta(folder)["id"], meta(folder)["version"]) == (BUNDLED_ID, "1.2")
    editor = editor_of(window)
    assert editor.session.root == folder.resolve()
    assert "Copied to" in window.statusBar().currentMessage()
    editor.close()

    # Again: the copy made before is offered, and edited, rather than another copy.
    answer_pin(seen)
    asked = ModalWatcher(
        QMessageBox, lambda box: next(b for b in box.buttons() if "Edit That" in b.text()).click()
    )
    action.trigger()
    assert asked.seen and "You made an editable copy" in asked.texts[0]
    assert editor_of(window).session.root == folder.resolve()


def test_a_copy_as_a_new_pack_with_its_own_id(qtbot, tmp_path, minipack):
    dialog = MakeCopyDialog(minipack, MINIPACK, "installed", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "installed for your students" in dialog.why.text()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.as_new)
    dialog.id_edit.setText("mini")  # the same id is not a new pack
    assert not dialog.copy_button.isEnabled()
    dialog.id_edit.setText("my-mini")
    dialog.title_edit.setText("My small pack")
    assert dialog.where.folder() == tmp_path / "my-mini"
    (tmp_path / "my-mini").mkdir()
    (tmp_path / "my-mini" / "keep.txt").write_text("mine")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not empty" in dialog.message.accessibleName()
    dialog.where.name_edit.setText("elsewhere")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MakeCopyDialog.DialogCode.Accepted
    pack = load_pack(tmp_path / "elsewhere").pack
    assert (pack.id, pack.version, pack.title) == ("my-mini", "1.0", "My small pack")


def test_a_pack_opened_from_the_teachers_folder_is_edited_there(qtbot, window, tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(MINIPACK, folder)
    window.open_pack_path(folder)
    wait_for_pack(qtbot, window, "A small pack")
    assert data_dir() in window.entry.location.parents  # students use CloseRead's copy
    answer_pin([])
    copy = ModalWatcher(MakeCopyDialog, lambda dialog: dialog.reject())
    window.actions.edit_pack.trigger()
    assert not copy.seen
    copy.stop()
    assert editor_of(window).session.root == folder.resolve()
    assert "Students see your changes once you open" in window.statusBar().currentMessage()


def test_a_read_only_folder_gets_an_editable_copy(qtbot, window, tmp_path):
    folder = tmp_path / "shared"
    shutil.copytree(MINIPACK, folder)
    window.open_pack_path(folder)
    wait_for_pack(qtbot, window, "A small pack")
    (folder / "pack.toml").chmod(0o444)
    answer_pin([])
    why: list[str] = []

    def look(dialog: MakeCopyDialog) -> None:
        why.append(dialog.why.text())
        dialog.reject()

    watcher = ModalWatcher(MakeCopyDialog, look)
    try:
        window.actions.edit_pack.trigger()
    finally:
        (folder / "pack.toml").chmod(0o644)
    assert watcher.seen and "cannot be written" in why[0] and str(folder.resolve()) in why[0]
    assert not [e for e in window.findChildren(PackEditor) if e.isVisible()]


def test_new_pack_from_pasted_text_opens_the_editor_on_it(qtbot, window, tmp_path):
    action = window.actions.new_pack
    assert action.text() == "&New Pack…"
    seen: list[str] = []
    answer_pin(seen)

    def fill(dialog: NewPackDialog) -> None:
        assert not dialog.make_button.isEnabled()  # no article yet
        click(qtbot, dialog.from_text)
        dialog.text_edit.setPlainText(
            "Why cities need cats\nCats make cities better. A survey found fewer mice.\n"
        )
        dialog.where.parent_edit.setText(str(tmp_path))
        assert dialog.where.name_edit.text() == "why-cities-need-cats"
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    made = ModalWatcher(NewPackDialog, fill)
    action.trigger()
    assert made.seen and seen == ["Enter the teacher PIN to make a new pack."]
    folder = tmp_path / "why-cities-need-cats"
    pack = load_pack(folder).pack
    assert (pack.id, pack.title) == ("why-cities-need-cats", "Why cities need cats")
    assert [block.kind for block in pack.article.blocks] == ["h1", "p"]
    assert editor_of(window).session.root == folder.resolve()


def test_new_pack_from_a_file(qtbot, tmp_path):
    dialog = NewPackDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(tmp_path / "missing.txt"))
    assert dialog.where.name_edit.text() == "missing"
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "cannot read the article" in dialog.message.accessibleName()
    assert not (tmp_path / "missing").exists()
    (tmp_path / "missing.txt").write_text("Cats\nCats make cities better.\n", encoding="utf-8")
    dialog.title_edit.setText("Cats in the city")
    assert dialog.where.name_edit.text() == "cats-in-the-city"
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewPackDialog.DialogCode.Accepted
    pack = load_pack(tmp_path / "cats-in-the-city").pack
    assert (pack.id, pack.title) == ("cats-in-the-city", "Cats in the city")
    assert dialog.folder == tmp_path / "cats-in-the-city"
