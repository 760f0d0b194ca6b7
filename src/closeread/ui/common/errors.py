"""Errors in plain words: message boxes and the last resort.

Nothing a student sees here is a traceback (nor in the list of a pack's problems,
:mod:`closeread.ui.common.problems_dialog`). Storage and install errors carry a plain
message of their own (``str(error)``); their technical detail goes under "Show
Details...". An unexpected exception is written with its traceback to a log file in
the data folder, and the student is told, plainly, that their work is kept.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.ui.common.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from closeread.core.store.errors import StorageError

LOG_NAME = "closeread-errors.log"


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    icon: QMessageBox.Icon | None = None,
) -> QMessageBox:
    """A message box titled "CloseRead — ``title``", not shown yet (a warning by default)."""
    # (imported here: a start that goes well shows none, and its classes cost time to load)
    from PySide6.QtWidgets import QMessageBox

    if icon is None:  # not a default argument: Qt's enums cost time when first touched
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(icon, f"CloseRead — {title}", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if detail:
        box.setDetailedText(detail)
    return box


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    message_box(parent, title, text, detail).exec()


def show_storage_error(parent: QWidget | None, error: Exception) -> None:
    """A storage error's own plain message, its technical reason under the details."""
    show_error(parent, storage_error_title(error), str(error), getattr(error, "detail", ""))


def storage_error_title(error: Exception) -> str:
    from closeread.core.store import errors

    titles = {
        errors.DatabaseLocked: translate("errors", "CloseRead is already open"),
        errors.DatabaseTooNew: translate("errors", "Made by a newer CloseRead"),
        errors.DatabaseCorrupt: translate("errors", "The progress file is damaged"),
        errors.DiskFull: translate("errors", "The disk is full"),
        errors.ReadOnlyFolder: translate("errors", "Cannot save here"),
    }
    for kind, title in titles.items():
        if isinstance(error, kind):
            return title
    return translate("errors", "Progress could not be saved")


def ask_restore(parent: QWidget | None, error: StorageError, backup_label: str) -> bool:
    """Offer to restore a damaged database from its newest good backup."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent, translate("errors", "The progress file is damaged"), str(error), error.detail
    )
    box.setInformativeText(
        translate(
            "errors",
            "The newest good backup is from {when}. Restoring it brings back the work "
            "saved up to then; the damaged file is kept beside it, not deleted.",
        ).format(when=backup_label)
    )
    restore = box.addButton(
        translate("errors", "Restore the Backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("errors", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.removeButton(box.button(QMessageBox.StandardButton.Ok))
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


# -- the last resort -------------------------------------------------------------------


class ExceptHook:
    """``sys.excepthook``: log the traceback, tell the student plainly, keep running."""

    def __init__(self, log_folder: Path) -> None:
        self.log_path = Path(log_folder) / LOG_NAME
        self.previous = sys.excepthook
        self._showing = False

    def install(self) -> ExceptHook:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        logged = self.write_log(kind, error, tb)
        if self._showing or QApplication.instance() is None:
            sys.stderr.write(f"CloseRead: {error}\n")
            return
        self._showing = True
        try:
            self.show(error, logged)
        finally:
            self._showing = False

    def write_log(self, kind, error, tb) -> bool:
        text = "".join(traceback.format_exception(kind, error, tb))
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            with contextlib.suppress(OSError):
                sys.stderr.write(text)
            return False
        return True

    def show(self, error: BaseException, logged: bool) -> None:
        from closeread.core.library.install import InstallError
        from closeread.core.store.errors import StorageError

        parent = QApplication.activeWindow()
        if isinstance(error, StorageError):
            show_storage_error(parent, error)
            return
        if isinstance(error, InstallError):
            show_error(parent, translate("errors", "The pack was not installed"), str(error))
            return
        where = (
            translate(
                "errors", "A report for the people who make CloseRead was written to {path}."
            ).format(path=self.log_path)
            if logged
            else ""
        )
        text = translate(
            "errors",
            "Something went wrong inside CloseRead. Everything you saved before is kept. "
            "If the same thing happens again, close CloseRead and open it again.",
        )
        show_error(
            parent, translate("errors", "Something went wrong"), f"{text}\n\n{where}".strip()
        )
