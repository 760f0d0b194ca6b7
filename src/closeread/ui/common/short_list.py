"""ShortList: a list as tall as its items, up to a few rows, then it scrolls.

The height is worked out when the layout asks (``sizeHint``), once the style and the
font are known; measured any earlier, while the list is hidden, a row comes out too
short and the last item is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget


class ShortList(QListWidget):
    """A list showing all its items, at most ``rows`` of them before it scrolls."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model().rowsInserted.connect(self.updateGeometry)
        self.model().rowsRemoved.connect(self.updateGeometry)
        self.model().modelReset.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        shown = min(self.count(), self.rows)
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(shown))
        hint.setHeight(rows + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
