"""The editor's form pane, and why the last edit was not made, said just above the form.

A status-bar message is easy to miss while typing into a form. When an edit cannot be
written into the lesson file, the editor puts the form back to what the file holds and
the notice says why; it stays until the next edit is made or another row is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


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


class FormPane(QWidget):
    """The right-hand pane: the notice above a scroll area holding the current form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = EditNotice(self)
        self.area = QScrollArea(self)
        self.area.setObjectName("editorForm")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setMinimumWidth(340)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.area, 1)
