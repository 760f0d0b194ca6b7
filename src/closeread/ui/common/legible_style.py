"""The Fusion style with controls that stay visible in dark mode.

Fusion outlines a radio button or a check box in the window colour made darker: on
the dark palette that is near black on near black, and an unticked option all but
disappears. This style draws Fusion's own indicator and then a ring around it in a
colour that stands out from the window at 3:1 (WCAG's contrast for the parts of a
control), in either theme, dimmer when the control is disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from closeread.ui.common.markstyle import blend, contrast

RING_CONTRAST = 3.0
_INDICATORS = {
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
}


def ring_color(palette: QPalette, *, enabled: bool = True) -> QColor:
    """The outline of a control's indicator: the text colour a little toward the window,
    standing out from it by 3:1 at least; disabled, much nearer the window."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    if not enabled:
        return blend(text, window, 0.4)
    for share in (0.7, 0.8, 0.9, 1.0):
        ring = blend(text, window, share)
        if contrast(ring, window) >= RING_CONTRAST:
            return ring
    return text


class LegibleStyle(QProxyStyle):
    """Fusion, with indicators ringed so they read on any palette."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring_color(option.palette, enabled=enabled), 1.3))
        painter.setBrush(QColor(0, 0, 0, 0))
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()
