"""Teacher > Export Teacher Notes…: the open pack's notes, answers, glossary, source cards
and discussion prompts as one printable HTML file (what ``closeread pack notes`` writes).

The answers are behind the teacher PIN like the rest of teacher mode: the PIN is asked
unless the dashboard is open already, and teacher mode is locked again afterwards when
it was opened for this. The file is written whole or not at all.
"""

from __future__ import annotations

import contextlib
import datetime
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog

from closeread.core.files.atomic import write_atomic
from closeread.core.report.teacher_notes import notes_file_name, notes_html
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_error
from closeread.ui.common.i18n import translate
from closeread.ui.teacher.exports import LAST_FOLDER, start_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from closeread.core.pack.model import Pack
    from closeread.core.store.store import Store


class NotesHost(Protocol):
    """What the export needs of the main window."""

    @property
    def store(self) -> Store | None: ...
    @property
    def pack(self) -> Pack | None: ...  # the pack whose notes are exported
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the main window itself: parents the dialogs


def export_teacher_notes(host: NotesHost, clock: Callable[[], float] = time.time) -> Path | None:
    """Ask for the PIN and a file name, then write the notes; the file, or None."""
    from closeread.core.classwork.pin import close_session
    from closeread.ui.teacher.dashboard import DashboardWindow
    from closeread.ui.teacher.pin_dialog import ask_teacher_pin

    store, window, pack = host.store, host.window(), host.pack
    if store is None:
        return None  # the progress database is not open yet
    if pack is None:
        show_error(
            window,
            translate("exports", "No pack is open"),
            translate("exports", "Open a pack to export its notes."),
        )
        return None
    dashboard = window.findChild(DashboardWindow)
    unlocked = dashboard is not None and dashboard.isVisible()
    reason = translate(
        "exports", "Enter the teacher PIN to export the teacher notes, which hold every answer."
    )
    if not unlocked and not ask_teacher_pin(window, store, clock, reason=reason):
        return None
    try:
        target = _choose_file(window, store, pack)
        if target is None:
            return None
        try:
            page = notes_html(pack, made=datetime.date.today().isoformat())
            write_atomic(target, page.encode("utf-8"))
        except OSError as error:
            show_error(
                window,
                translate("exports", "The teacher notes were not saved"),
                translate("exports", "CloseRead could not write {path}: {error}").format(
                    path=target, error=error.strerror or error
                ),
            )
            return None
    finally:
        if not unlocked:
            close_session(store)  # teacher mode was opened for this only
    host.statusBar().showMessage(
        translate("exports", "Saved the teacher notes to {path}").format(path=target), 10_000
    )
    return target


def _choose_file(window: QWidget, store: Store, pack: Pack) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        translate("exports", "CloseRead — Save the Teacher Notes"),
        str(start_folder(store) / notes_file_name(pack)),
        translate("exports", "Web pages (*.html)") + ";;" + translate("exports", "All files (*)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(".html")
    with contextlib.suppress(StorageError):  # remembering the folder is a nicety
        store.roster.set_setting(LAST_FOLDER, str(target.parent))
    return target
