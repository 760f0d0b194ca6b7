"""Font sizes relative to the text around them, so that zoom scales every part alike.

A heading set once to "1.3 × the panel's font" in points keeps that size for good in
Qt: when the window's text grows (zoom, or a larger system font), the heading would
stay small beside it. :func:`relative_font` sets a widget's font as a factor of its
parent's and sets it again whenever the parent's font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


class _RelativeFont(QObject):
    def __init__(self, widget: QWidget, factor: float, weight: QFont.Weight | None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.factor = factor
        self.weight = weight
        self.watched: QWidget | None = None
        widget.installEventFilter(self)
        self._follow()

    def _follow(self) -> None:
        parent = self.widget.parentWidget()
        if parent is not self.watched:
            if self.watched is not None:
                self.watched.removeEventFilter(self)
            self.watched = parent
            if parent is not None:
                parent.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        source = self.watched.font() if self.watched is not None else QApplication.font()
        font = QFont(self.widget.font())
        font.setPointSizeF(source.pointSizeF() * self.factor)
        if self.weight is not None:
            font.setWeight(self.weight)
        if font != self.widget.font():
            self.widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.watched and kind == QEvent.Type.FontChange:
            self.apply()
        elif watched is self.widget and kind == QEvent.Type.ParentChange:
            self._follow()
        return False


def relative_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> None:
    """Give ``widget`` a font ``factor`` times its parent's (and ``weight``), now and
    whenever the parent's font changes."""
    _RelativeFont(widget, factor, weight)
