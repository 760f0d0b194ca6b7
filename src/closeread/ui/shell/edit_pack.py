"""Teacher > Edit Pack…: the teacher PIN, then a pack folder, then the editor for it.

The PIN is the one the dashboard asks for (:func:`closeread.ui.teacher.pin_dialog.
ask_teacher_pin`): the first time, the teacher sets it. The folder is remembered for
next time. A folder already open in an editor is brought to the front, not opened twice.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_error
from closeread.ui.editor.session import PACK_FILE
from closeread.ui.editor.window import PackEditor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from closeread.core.store.store import Store

LAST_FOLDER = "editor.last_folder"


class EditorHost(Protocol):
    """What Edit Pack needs of the main window."""

    @property
    def store(self) -> Store | None: ...
    def window(self) -> QWidget: ...  # the main window itself: parents the dialogs and editors


def _tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def edit_pack(
    host: EditorHost,
    folder: str | Path | None = None,
    clock: Callable[[], float] = time.time,
) -> PackEditor | None:
    """From the main window (with its ``store``): the editor on a pack folder, or None."""
    from closeread.ui.teacher.pin_dialog import ask_teacher_pin

    store, window = host.store, host.window()
    assert store is not None  # the window is attached
    if not ask_teacher_pin(window, store, clock):
        return None
    if folder is None:
        try:
            start = str(store.roster.get_setting(LAST_FOLDER, "") or "")
        except StorageError:
            start = ""
        chosen = QFileDialog.getExistingDirectory(
            window, _tr("CloseRead — Choose the Folder of a Pack to Edit"), start
        )
        if not chosen:
            return None
        folder = chosen
    root = Path(folder).resolve()
    if not (root / PACK_FILE).is_file():
        show_error(
            window,
            _tr("Not a pack folder"),
            _tr(
                "{folder} has no pack.toml. Choose the folder of a lesson pack; "
                '"closeread pack new" makes one around an article.'
            ).format(folder=root),
        )
        return None
    with contextlib.suppress(StorageError):  # a folder not remembered is no reason to stop
        store.roster.set_setting(LAST_FOLDER, str(root.parent))
    for editor in window.findChildren(PackEditor):
        if editor.session.root == root and editor.isVisible():
            editor.raise_()
            editor.activateWindow()
            return editor
    editor = PackEditor(root, window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    editor.activateWindow()
    return editor
