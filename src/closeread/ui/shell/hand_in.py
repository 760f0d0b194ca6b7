"""File > Export My Results…: the student's hand-in file for the pack on screen.

The file holds every answer the student checked with this copy of the pack (raw
answers, times and hints; no drafts, no scores: the teacher's CloseRead scores them
again), as ``docs/results-format.md`` describes, written whole or not at all. The
name suggested is ``<pack id>-<student name>.results.json``, in the folder used last.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from closeread.core.classwork.results_file import (
    SUFFIX,
    build_results,
    suggested_name,
    write_results,
)
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import message_box, show_error, show_storage_error
from closeread.ui.common.i18n import Plurals, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from closeread.core.pack.model import Pack
    from closeread.core.records import Student
    from closeread.core.store.store import Store

LAST_FOLDER = "hand_in_folder"


class HandInHost(Protocol):
    """What the hand-in needs of the main window."""

    @property
    def store(self) -> Store | None: ...
    @property
    def student(self) -> Student | None: ...
    @property
    def pack(self) -> Pack | None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the main window itself, to parent the dialogs


def export_my_results(host: HandInHost) -> Path | None:
    """Ask where, then write the results file of ``host``'s student and pack."""
    pack, student, store, window = host.pack, host.student, host.store, host.window()
    if pack is None:
        show_error(
            window,
            translate("hand_in", "No pack is open"),
            translate("hand_in", "Open a lesson pack first."),
        )
        return None
    assert store is not None and student is not None  # the window is attached
    try:
        export = build_results(store, student.id, pack)
    except StorageError as error:
        show_storage_error(window, error)
        return None
    if not export.attempts:
        box = message_box(
            window,
            translate("hand_in", "Nothing to hand in yet"),
            translate(
                "hand_in",
                "You have not checked any answers in “{title}” yet, so there is nothing to "
                "hand in. Check your answers first, then export your results.",
            ).format(title=pack.title),
            icon=QMessageBox.Icon.Information,
        )
        box.open()
        return None
    path, _filter = QFileDialog.getSaveFileName(
        window,
        translate("hand_in", "CloseRead — Export My Results"),
        str(_start_folder(store) / suggested_name(student.name, pack)),
        translate("hand_in", "CloseRead results (*{suffix});;All files (*)").format(suffix=SUFFIX),
    )
    if not path:
        return None
    target = Path(path)
    if not target.name.endswith(SUFFIX) and not target.suffix:
        target = target.with_name(target.name + SUFFIX)
    try:
        write_results(target, export.data)
    except OSError as error:
        show_error(
            window,
            translate("hand_in", "Your results were not saved"),
            translate("hand_in", "CloseRead could not write {path}: {reason}").format(
                path=target, reason=error.strerror or error
            ),
        )
        return None
    with contextlib.suppress(StorageError):
        store.roster.set_setting(LAST_FOLDER, str(target.parent))
    text = Plurals.tr("Saved your %n checked answer(s) to {path}.", "", export.attempts).format(
        path=target
    )
    text += " " + translate("hand_in", "Hand this file to your teacher.")
    if export.left_out:
        text += " " + Plurals.tr(
            "%n answer(s) made with another version of this pack not in the file.",
            "",
            export.left_out,
        )
    host.statusBar().showMessage(text, 10_000)
    box = message_box(
        window, translate("hand_in", "Results exported"), text, icon=QMessageBox.Icon.Information
    )
    box.setObjectName("handInSaved")
    box.open()
    return target


def _start_folder(store) -> Path:
    with contextlib.suppress(StorageError):
        saved = store.roster.get_setting(LAST_FOLDER)
        if isinstance(saved, str) and Path(saved).is_dir():
            return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
