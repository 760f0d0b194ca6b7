"""The first time teacher mode is opened on a data folder, and a forgotten PIN's reset.

:class:`TeacherSetupDialog` is the PIN dialog's "set" mode with what a teacher should
know before choosing a PIN: that it locks teacher mode for this computer's data folder
(named, so the teacher knows which), why to set it now (until it is set, whoever opens
teacher mode first chooses it), plainly what it protects and what it cannot, and how to
reset it. "Not Now" leaves teacher mode locked and unset.

:func:`offer_reset` runs before any PIN is asked: when the reset file is in the data
folder (:mod:`closeread.core.classwork.pin_reset`), it says what a reset does and asks.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from closeread.core.classwork.pin import TeacherPin
from closeread.core.classwork.pin_reset import RESET_FILE, ResetError, reset_file, reset_pin
from closeread.ui.common.errors import show_error
from closeread.ui.common.i18n import translate
from closeread.ui.common.outside_text import escaped
from closeread.ui.teacher.pin_dialog import PinDialog


def reset_steps(data_dir: str | Path) -> str:
    """How to reset a forgotten PIN, as a sentence or two of rich text."""
    return translate(
        "pinSetup",
        "<b>If the PIN is forgotten:</b> quit CloseRead, put an empty file named "
        "<code style='white-space:pre'>{file}</code> in the data folder, then open "
        "teacher mode again at once: CloseRead removes the PIN and asks for a new one. "
        "Anyone who can write in that folder can do this, and so unlock the dashboard.",
    ).format(file=RESET_FILE)


class TeacherSetupDialog(PinDialog):
    """Set up teacher mode for the data folder ``data_dir``: the PIN, typed twice."""

    def __init__(self, lock: TeacherPin, data_dir: str | Path, parent: QWidget | None = None):
        super().__init__(lock, "set", parent)
        self.setObjectName("teacherSetup")
        self.setMinimumWidth(560)
        self.setWindowTitle(translate("pinSetup", "CloseRead — Set Up Teacher Mode"))
        self.heading.setText(translate("pinSetup", "Set up teacher mode on this computer"))
        folder = escaped(str(data_dir))
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setText(
            "<p>"
            + translate(
                "pinSetup",
                "Teacher mode shows every student's work and the answer keys, and lets you "
                "change scores and edit packs. A teacher PIN locks it.",
            )
            + "</p><p>"
            + translate(
                "pinSetup",
                "The PIN locks teacher mode for this computer's data folder, where CloseRead "
                "keeps the students' work:",
            )
            + f"<br><code>{folder}</code></p><p>"
            + translate(
                "pinSetup",
                "<b>Set it now, before a student does:</b> until a PIN is set, whoever opens "
                "teacher mode first chooses it. Use at least 6 characters your students do "
                "not know; 8 or more with letters is much safer.",
            )
            + "</p>"
        )
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.protects = self._note(
            "pinProtects",
            translate(
                "pinSetup",
                "<b>What it protects:</b> a student at this keyboard cannot open the "
                "dashboard, see other students' work, change scores or edit packs in "
                "CloseRead. <b>What it cannot:</b> anyone who can open the data folder's "
                "files (the same computer login, a copy on a USB stick) can read the "
                "answer keys and copy or change the progress file, and the "
                "<code>closeread</code> command reads that folder without a PIN. For a graded "
                "test, hand out the assessment edition of the pack.",
            ),
        )
        self.reset = self._note("pinReset", reset_steps(data_dir))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.protects)
        layout.insertWidget(3, self.reset)
        later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(translate("pinSetup", "&Not Now"))
        later.setAccessibleName(translate("pinSetup", "Not now: leave teacher mode locked"))
        self.pin_edit.setFocus()

    def _note(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(label.text())
        return label


def offer_reset(parent: QWidget | None, store) -> bool:
    """When the reset file is in the data folder: say what a reset does, and reset the PIN
    if the teacher says so; True when it was reset. Raises ``StorageError``."""
    file = reset_file(store.data_dir)
    if file is None:
        return False
    if not TeacherPin(store).is_set():  # nothing to reset: the setup comes next anyway
        with contextlib.suppress(OSError):
            file.unlink()
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("pinSetup", "CloseRead — Reset the Teacher PIN?"),
        "",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("pinResetQuestion")
    box.setText(
        translate(
            "pinSetup", "The file {file} in the data folder asks to reset the teacher PIN."
        ).format(file=file.name)
    )
    box.setInformativeText(
        translate(
            "pinSetup",
            "Resetting removes the PIN and the file. Teacher mode is then unlocked: whoever "
            "opens it next chooses the new PIN, so choose it now, at this keyboard. The "
            "scores you set by hand stay, and count under the new PIN.\n\n"
            "If you did not put the file there, keep the PIN: someone who can change this "
            "computer's data folder did, and can change your students' work too.",
        )
    )
    reset = box.addButton(
        translate("pinSetup", "&Reset the PIN"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("pinSetup", "&Keep the PIN"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is not reset:
        with contextlib.suppress(OSError):
            file.unlink()  # asked once: the PIN stays, and the question does not come back
        return False
    try:
        reset_pin(store, file)
    except ResetError as error:
        show_error(parent, translate("pinSetup", "The PIN was not reset"), str(error))
        return False
    return True
