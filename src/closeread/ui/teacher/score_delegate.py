"""How a gradebook cell looks: the percent, and under it a thin bar of how much was tried.

The bar is the share of the lesson's exercises the student tried (of the pack's, in
the Done column): full when all were, empty when none. It repeats what the cell's
tooltip and its accessible text say in words, so colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from closeread.ui.common.markstyle import blend
from closeread.ui.teacher.gradebook_model import COMPLETION_ROLE

BAR_HEIGHT = 3.0
BAR_GAP = 4.0  # between the bar and the cell's bottom edge


class ScoreDelegate(QStyledItemDelegate):
    """Paints the completion bar of cells that have one (``COMPLETION_ROLE``)."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        fraction = index.data(COMPLETION_ROLE)
        if fraction is None:
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        fill = text if selected else palette.color(QPalette.ColorRole.Highlight)
        track = blend(text, base, 0.16)
        rect = QRectF(option.rect).adjusted(8, 0, -8, 0)
        bar = QRectF(rect.left(), rect.bottom() - BAR_GAP - BAR_HEIGHT, rect.width(), BAR_HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 1.5, 1.5)
        if fraction > 0:
            done = QRectF(bar.left(), bar.top(), bar.width() * min(fraction, 1.0), BAR_HEIGHT)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(done, 1.5, 1.5)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + int(BAR_HEIGHT + BAR_GAP + 4))
