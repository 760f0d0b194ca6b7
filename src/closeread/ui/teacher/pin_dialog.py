"""The door to teacher mode: set the teacher PIN on first use, enter it afterwards.

Setting asks for the PIN twice. Entering counts wrong tries (:mod:`closeread.core.classwork.pin`):
after a few, the dialog says how long to wait, counts down, and takes no PIN until the
wait is over. The wait is kept in the progress database, so closing the dialog or
CloseRead does not shorten it. A right PIN that is shorter than a new PIN may be still
opens teacher mode, and then the teacher is asked to choose a longer one. Once the
PIN is right, teacher mode's session starts: the teacher's key signs overrides, and
forged ones stop counting (:func:`closeread.core.classwork.pin.open_session`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.pin import (
    MIN_LENGTH,
    PinError,
    TeacherPin,
    open_session,
    pin_problem,
)
from closeread.core.store.errors import StorageError
from closeread.core.store.signed import TeacherKey
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.widgets import BLUE, VERMILION, StatusLabel


class PinDialog(QDialog):
    """``mode`` "set" (first use: the PIN twice), "enter", or "change" (the current PIN,
    then the new one twice); accepted once it is done."""

    def __init__(
        self, lock: TeacherPin, mode: str, parent: QWidget | None = None, *, reason: str = ""
    ) -> None:
        super().__init__(parent)
        if mode not in ("set", "enter", "change"):
            raise ValueError(f"unknown mode {mode!r}")
        self.lock = lock
        self.mode = mode
        self.key: bytes | None = None  # the session key, once the PIN was right
        self.should_change = False  # the right PIN is shorter than a new one may be
        self.setObjectName("pinDialog")
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.current_edit = self._field("currentEdit")
        self.pin_edit = self._field("pinEdit")
        self.repeat_edit = self._field("repeatEdit")
        layout.addLayout(form)
        self.message = StatusLabel(self)
        self.message.setObjectName("pinMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("pinOkButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)

        if mode in ("set", "change"):
            self.setWindowTitle(
                self.tr("CloseRead — Set the Teacher PIN")
                if mode == "set"
                else self.tr("CloseRead — Change the Teacher PIN")
            )
            self.heading.setText(
                self.tr("Set a teacher PIN") if mode == "set" else self.tr("Change the PIN")
            )
            self.explanation.setText(
                self.tr(
                    "Teacher mode shows every student's work and the answer keys. Choose a "
                    "PIN of at least {n} characters that your students do not know; "
                    "CloseRead asks for it each time teacher mode is opened."
                ).format(n=MIN_LENGTH)
            )
            if mode == "change":
                form.addRow(*self._buddy(self.tr("&Current PIN:"), self.current_edit))
                self.current_edit.setAccessibleName(self.tr("Current PIN"))
            form.addRow(*self._buddy(self.tr("&New PIN:"), self.pin_edit))
            form.addRow(*self._buddy(self.tr("&Repeat it:"), self.repeat_edit))
            self.pin_edit.setAccessibleName(self.tr("New PIN"))
            self.repeat_edit.setAccessibleName(self.tr("Repeat the new PIN"))
            self.ok_button.setText(self.tr("&Set PIN"))
        else:
            self.setWindowTitle(self.tr("CloseRead — Teacher PIN"))
            self.heading.setText(self.tr("Teacher mode"))
            self.explanation.setText(
                reason or self.tr("Enter the teacher PIN to open teacher mode.")
            )
            form.addRow(*self._buddy(self.tr("&PIN:"), self.pin_edit))
            self.repeat_edit.hide()
            self.pin_edit.setAccessibleName(self.tr("Teacher PIN"))
            self.ok_button.setText(self.tr("&Open"))
        if mode != "change":
            self.current_edit.hide()
        self.setAccessibleName(self.heading.text())
        self.ok_button.setAccessibleName(without_mnemonic(self.ok_button.text()))
        self.pin_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.current_edit.textChanged.connect(self._update)
        self._update()
        if mode != "set" and self._safe_wait() > 0:
            self._start_wait()

    # -- pieces --------------------------------------------------------------------------

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(128)
        edit.setMinimumWidth(220)
        return edit

    def _buddy(self, text: str, edit: QLineEdit) -> tuple[QLabel, QLineEdit]:
        label = QLabel(text, self)
        label.setBuddy(edit)
        return label, edit

    def _say(self, text: str, *, warn: bool = False) -> None:
        if not text:
            self.message.clear_status()
            return
        head, _, rest = text.partition(". ")  # "Wrong PIN." in colour, the advice plain
        head = head if not rest else head + "."
        self.message.set_status("⚠" if warn else "ℹ", head, VERMILION if warn else BLUE, rest)
        self.message.setAccessibleName(text)

    def _safe_wait(self) -> float:
        try:
            return self.lock.wait()
        except StorageError:
            return 0.0

    # -- state ---------------------------------------------------------------------------

    def _update(self) -> None:
        waiting = self.timer.isActive()
        if self.mode != "enter":
            typed = bool(self.pin_edit.text())
            problem = pin_problem(self.pin_edit.text(), self.repeat_edit.text())
            current = self.mode == "set" or bool(self.current_edit.text())
            self.ok_button.setEnabled(not problem and current and not waiting)
            self.current_edit.setEnabled(not waiting)
            if waiting:
                return
            if typed and self.repeat_edit.text() and problem:
                self._say(self._translated(problem), warn=True)
            elif typed and len(self.pin_edit.text()) < MIN_LENGTH:
                self._say(self.tr("At least {n} characters.").format(n=MIN_LENGTH))
            else:
                self._say("")
        else:
            self.ok_button.setEnabled(not waiting and bool(self.pin_edit.text()))
            self.pin_edit.setEnabled(not waiting)

    def _translated(self, problem: str) -> str:
        known = {
            "The two PINs are not the same.": self.tr("The two PINs are not the same."),
            "A PIN cannot be only spaces.": self.tr("A PIN cannot be only spaces."),
        }
        return known.get(problem, self.tr("At least {n} characters.").format(n=MIN_LENGTH))

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            if self.mode == "set":
                self.key = self.lock.set_pin(self.pin_edit.text(), self.repeat_edit.text())
                self.accept()
                return
            tried = self.current_edit if self.mode == "change" else self.pin_edit
            verdict = self.lock.verify(tried.text())
            self.key, self.should_change = verdict.key, verdict.should_change
            if verdict.ok and self.mode == "change":
                self.key = self.lock.set_pin(
                    self.pin_edit.text(), self.repeat_edit.text(), current=tried.text()
                )
        except PinError as error:
            self._say(str(error), warn=True)
            return
        except StorageError as error:
            show_storage_error(self, error)
            return
        if verdict.ok:
            self.accept()
            return
        tried.clear()
        if verdict.wait > 0:
            self._start_wait()
        else:
            left = verdict.tries_before_wait
            self._say(
                self.tr("Wrong PIN. %n more wrong tries make CloseRead wait.", "", left),
                warn=True,
            )
            tried.setFocus()

    def _start_wait(self) -> None:
        self.timer.start()
        self._tick()

    def _tick(self) -> None:
        wait = self._safe_wait()
        if wait <= 0:
            self.timer.stop()
            self._say(self.tr("You can try the PIN again."))
            self._update()
            (self.current_edit if self.mode == "change" else self.pin_edit).setFocus()
            return
        seconds = math.ceil(wait)
        self._say(
            self.tr("Wrong PIN. Wait %n second(s) before the next try.", "", seconds),
            warn=True,
        )
        self._update()

    def seconds_left(self) -> int:
        """The wait shown now, in whole seconds (0: none)."""
        return math.ceil(self._safe_wait()) if self.timer.isActive() else 0


def ask_teacher_pin(
    parent: QWidget | None, store, clock: Callable[[], float] = time.time, *, reason: str = ""
) -> bool:
    """Set the PIN (first use: the setup of :mod:`closeread.ui.teacher.pin_setup`) or ask
    for it; True when teacher mode may open. ``reason`` says what the PIN is asked for
    ("Enter the teacher PIN to edit this pack."). A reset file in the data folder is
    offered first (:func:`closeread.ui.teacher.pin_setup.offer_reset`)."""
    from closeread.ui.teacher.pin_setup import TeacherSetupDialog, offer_reset

    lock = TeacherPin(store, clock)
    try:
        offer_reset(parent, store)
        mode = "enter" if lock.is_set() else "set"
    except StorageError as error:
        show_storage_error(parent, error)
        return False
    if mode == "set":
        dialog: PinDialog = TeacherSetupDialog(lock, store.data_dir, parent)
    else:
        dialog = PinDialog(lock, mode, parent, reason=reason)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
            return False
        key = dialog.key
        if dialog.should_change:
            key = _ask_for_longer_pin(parent, lock, dialog.pin_edit.text()) or key
    finally:
        dialog.deleteLater()
    try:
        open_session(store, key)
    except StorageError as error:
        show_storage_error(parent, error)
        return False
    return True


def _ask_for_longer_pin(parent: QWidget | None, lock: TeacherPin, current: str) -> bytes | None:
    """The "change" dialog with the current PIN filled in; the new key, or None (kept)."""
    dialog = PinDialog(lock, "change", parent)
    dialog.explanation.setText(
        dialog.tr(
            "Your PIN is shorter than {n} characters, which a copied database gives away "
            "in minutes. Please choose a longer one now (Cancel keeps the old PIN)."
        ).format(n=MIN_LENGTH)
    )
    dialog.current_edit.setText(current)
    dialog.current_edit.hide()
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.key if accepted else None
    finally:
        dialog.deleteLater()


def change_teacher_pin(
    parent: QWidget | None, store, clock: Callable[[], float] = time.time
) -> bool:
    """The current PIN, then a new one twice; True when the PIN was changed."""
    dialog = PinDialog(TeacherPin(store, clock), "change", parent)
    try:
        changed = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if changed and dialog.key is not None:
        store.work.signer = TeacherKey(dialog.key)  # the session goes on with the new key
    return changed
