"""The editor's yes-or-no questions about files: replace what changed on disk, discard edits.

Each returns the teacher's answer; the window decides what follows from it. The texts
name a pack's files, so they are shown as typed (:func:`plain_question`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from closeread.ui.common.i18n import translate
from closeread.ui.common.outside_text import plain_question

Button = QMessageBox.StandardButton


def ask(parent: QWidget, title: str, text: str, first: Button, second: Button) -> Button:
    """``first`` (the default), ``second`` or Cancel."""
    return plain_question(parent, title, text, first | second | Button.Cancel, first)


def ask_replace(parent: QWidget, files: list[str]) -> bool:
    """Whether to write over files that changed on disk since the editor read them."""
    answer = plain_question(
        parent,
        translate("questions", "CloseRead — Files changed on disk"),
        translate(
            "questions",
            "These files changed on disk since CloseRead read them:\n{files}\n\n"
            "Replace them with your version? The changes made on disk would be lost.",
        ).format(files="\n".join(files)),
        Button.Yes | Button.No,
        Button.No,
    )
    return answer == Button.Yes


def ask_discard(parent: QWidget, files: list[str]) -> bool:
    """Whether to read the files again, losing the unsaved edits to ``files``."""
    answer = plain_question(
        parent,
        translate("questions", "CloseRead — Reload the pack?"),
        translate(
            "questions",
            "The pack's files changed on disk. Read them again? Your unsaved edits "
            "to {files} would be lost.",
        ).format(files=", ".join(files)),
        Button.Yes | Button.No,
        Button.Yes,
    )
    return answer == Button.Yes
