"""A drop-down list that the mouse wheel leaves alone unless the student is in it.

Scrolling a panel with the pointer over a Qt combo box changes its choice, without a
sign that it happened: a matching answer changes under the student's hand. This one
takes the wheel only while it has the keyboard focus (the student clicked or tabbed
into it); otherwise the wheel goes on to what holds it, and the panel scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class CalmComboBox(QComboBox):
    """A QComboBox that ignores the wheel while it does not have the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives it no focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the parent: the panel scrolls
