"""Why the last edit was not made, said just above the form it came from.

A status-bar message is easy to miss while typing into a form. When an edit cannot be
written into the lesson file, the editor puts the form back to what the file holds and
this notice says why; it stays until the next edit is made or another row is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class EditNotice(QLabel):
    """A plain-text notice, hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "#editNotice { background: #fdecea; color: #5f2120; border: 1px solid #e6a5a1;"
            " border-radius: 4px; padding: 6px 8px; margin: 6px 12px 0 12px; }"
        )
        self.setAccessibleName(self.tr("Edit not made"))
        self.hide()

    def say(self, reason: str) -> None:
        self.setText(reason)
        self.setAccessibleDescription(reason)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.clear()
