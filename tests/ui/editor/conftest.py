"""Pack editors on real packs in temporary folders: a scaffold, or a copy of the minipack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_support import MINIPACK, ModalWatcher
from PySide6.QtWidgets import QMessageBox

from closeread.core.authoring.scaffold import new_pack
from closeread.ui.editor import PackEditor

ARTICLE = MINIPACK / "article.md"


@pytest.fixture
def scaffold(tmp_path) -> Path:
    """A pack made by ``closeread pack new`` around the minipack's article: an empty key."""
    folder = tmp_path / "cats"
    new_pack(folder, ARTICLE, pack_id="cats", title="Cats and the city")
    return folder


@pytest.fixture
def minipack_copy(tmp_path) -> Path:
    folder = tmp_path / "mini"
    shutil.copytree(MINIPACK, folder)
    return folder


@pytest.fixture
def open_editor(qtbot):
    """Open a PackEditor on a folder, shown and active; closed after, edits discarded."""
    watchers: list[ModalWatcher] = []

    def discard(editor: PackEditor) -> None:  # pytest-qt closes the editor next
        if editor.isVisible() and editor.session.modified:
            discard = QMessageBox.StandardButton.Discard
            watchers.append(ModalWatcher(QMessageBox, lambda box: box.button(discard).click()))

    def open_(folder: Path) -> PackEditor:
        editor = PackEditor(folder)
        qtbot.addWidget(editor, before_close_func=discard)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)  # the window's shortcuts need it
        return editor

    return open_
