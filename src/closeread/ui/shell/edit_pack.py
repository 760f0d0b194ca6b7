"""The Teacher menu's pack commands: Edit This Pack, New Pack, Edit a Pack Folder.

Each asks for the teacher PIN first (:func:`closeread.ui.teacher.pin_dialog.
ask_teacher_pin`). **Edit This Pack** acts on the pack that is open. CloseRead's own
copies are never edited in place (:mod:`closeread.core.authoring.pack_folders`): a pack
opened from a folder of the teacher's is edited in that folder; for any other (the
bundled pack, one installed from a pack file, a read-only folder) the teacher makes an
editable copy (:class:`~closeread.ui.editor.copy_dialog.MakeCopyDialog`), or edits the
copy made before. **New Pack** makes the scaffold of ``closeread pack new``. Each then
opens the editor; a folder already open in an editor is brought to the front, not
opened twice. Where the teacher saves packs is remembered for next time.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from closeread.core.authoring.pack_folders import (
    MISSING,
    editable_folder,
    remember_folder,
    why_not_editable,
)
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_error
from closeread.ui.common.i18n import translate
from closeread.ui.editor.folder_row import default_parent
from closeread.ui.editor.window import PackEditor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from closeread.core.store.store import Store
    from closeread.ui.library.panel import LibraryEntry

LAST_FOLDER = "editor.last_folder"  # where the teacher last saved or chose a pack folder


class EditorHost(Protocol):
    """What the pack commands need of the main window."""

    @property
    def store(self) -> Store | None: ...
    @property
    def data_dir(self) -> Path: ...
    @property
    def entry(self) -> LibraryEntry | None: ...  # the pack that is open
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the main window itself: parents the dialogs and editors


def _unlocked(host: EditorHost, reason: str, clock: Callable[[], float]) -> bool:
    from closeread.ui.teacher.pin_dialog import ask_teacher_pin

    store = host.store
    return store is not None and ask_teacher_pin(host.window(), store, clock, reason=reason)


def edit_this_pack(host: EditorHost, clock: Callable[[], float] = time.time) -> PackEditor | None:
    """Teacher > Edit This Pack…: the editor on the open pack's editable folder, or None."""
    if not _unlocked(host, translate("opening", "Enter the teacher PIN to edit this pack."), clock):
        return None
    store, window, entry = host.store, host.window(), host.entry
    assert store is not None  # unlocked
    if entry is None or entry.pack is None:
        show_error(
            window,
            translate("opening", "No pack is open"),
            translate("opening", "Open a pack, then edit it."),
        )
        return None
    reason = why_not_editable(entry.location, host.data_dir)
    if not reason:
        return open_editor(window, entry.location)
    try:
        known = editable_folder(store, entry.key, host.data_dir)
    except StorageError:
        known = None
    source = entry.location
    if known is not None and not known.reason:
        if known.made == "origin" or _edit_earlier_copy(window, known.folder):
            host.statusBar().showMessage(
                translate(
                    "opening",
                    "Editing {folder}. Students see your changes once you open that folder "
                    "again with File ▸ Open Pack Folder.",
                ).format(folder=known.folder),
                15000,
            )
            return open_editor(window, known.folder)
    elif known is not None and known.made == "origin":  # the teacher's folder, read-only now
        reason, source = known.reason, known.folder
    return make_editable_copy(host, reason, source)


def _edit_earlier_copy(window: QWidget, folder: Path) -> bool:
    """Whether to edit the copy made before (else make another)."""
    text = translate(
        "opening", "You made an editable copy of this pack before, in {folder}."
    ).format(folder=folder)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("opening", "CloseRead — Edit Your Copy?"))
    box.setText(text)
    box.setObjectName("earlierCopyQuestion")
    edit = box.addButton(translate("opening", "&Edit That Copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("opening", "Make &Another Copy…"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(edit)
    box.exec()
    return box.clickedButton() is edit


def make_editable_copy(host: EditorHost, reason: str, source: Path) -> PackEditor | None:
    """Make an editable copy of the open pack, from its folder ``source`` (the PIN was
    asked), then edit it."""
    from closeread.ui.editor.copy_dialog import MakeCopyDialog

    store, window, entry = host.store, host.window(), host.entry
    assert store is not None and entry is not None and entry.pack is not None
    dialog = MakeCopyDialog(entry.pack, source, reason, _start(store), window)
    try:
        if dialog.exec() != MakeCopyDialog.DialogCode.Accepted or dialog.folder is None:
            return None
        folder = dialog.folder
    finally:
        dialog.deleteLater()
    with contextlib.suppress(StorageError):  # not remembered: no reason to stop
        remember_folder(store, entry.key, folder, "copy")
        store.roster.set_setting(LAST_FOLDER, str(folder.parent))
    host.statusBar().showMessage(
        translate(
            "opening",
            "Copied to {folder}. Students see the pack as it was until you hand the copy out.",
        ).format(folder=folder),
        15000,
    )
    return open_editor(window, folder)


def new_pack(host: EditorHost, clock: Callable[[], float] = time.time) -> PackEditor | None:
    """Teacher > New Pack…: the scaffold around an article, then the editor on it."""
    from closeread.ui.editor.new_pack_dialog import NewPackDialog

    if not _unlocked(
        host, translate("opening", "Enter the teacher PIN to make a new pack."), clock
    ):
        return None
    store, window = host.store, host.window()
    assert store is not None  # unlocked
    dialog = NewPackDialog(_start(store), window)
    try:
        if dialog.exec() != NewPackDialog.DialogCode.Accepted or dialog.folder is None:
            return None
        folder = dialog.folder
    finally:
        dialog.deleteLater()
    with contextlib.suppress(StorageError):
        store.roster.set_setting(LAST_FOLDER, str(folder.parent))
    return open_editor(window, folder)


def edit_pack_folder(
    host: EditorHost, folder: str | Path | None = None, clock: Callable[[], float] = time.time
) -> PackEditor | None:
    """Teacher > Edit a Pack Folder…: the editor on a pack folder the teacher chooses."""
    if not _unlocked(
        host, translate("opening", "Enter the teacher PIN to edit a lesson pack."), clock
    ):
        return None
    store, window = host.store, host.window()
    assert store is not None  # unlocked
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            window,
            translate("opening", "CloseRead — Choose the Folder of a Pack to Edit"),
            str(_start(store)),
        )
        if not chosen:
            return None
        folder = chosen
    root = Path(folder).resolve()
    reason = why_not_editable(root, host.data_dir)
    if reason == MISSING:
        show_error(
            window,
            translate("opening", "Not a pack folder"),
            translate(
                "opening",
                "{folder} has no pack.toml. Choose the folder of a lesson pack, or make one "
                "with Teacher ▸ New Pack.",
            ).format(folder=root),
        )
        return None
    if reason:
        from closeread.ui.editor.copy_dialog import why_text

        show_error(
            window,
            translate("opening", "This folder cannot be edited"),
            why_text(reason, root)
            + " "
            + translate(
                "opening",
                "Open the pack, then use Teacher ▸ Edit This Pack to make an editable copy.",
            ),
        )
        return None
    with contextlib.suppress(StorageError):
        store.roster.set_setting(LAST_FOLDER, str(root.parent))
    return open_editor(window, root)


def _start(store: Store) -> Path:
    try:
        remembered = store.roster.get_setting(LAST_FOLDER, "")
    except StorageError:
        remembered = ""
    return Path(remembered) if isinstance(remembered, str) and remembered else default_parent()


def open_editor(window: QWidget, folder: str | Path) -> PackEditor:
    """The editor on ``folder`` (a pack), or the one already open on it, in front."""
    root = Path(folder).resolve()
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
