"""Zoom and the system's font size scale the whole window, not only the article.

Ctrl+= and Ctrl+- (and Ctrl+wheel) zoom the article; the library, the lesson pane
(prompts, options, feedback), the source cards and the status bar follow the same step, so a student
who needs larger text gets it everywhere. At every step their text is at least the
system's own size: the app's font, or the platform's general font if that is larger.
A change of the system's font size reaches them (and the article) while the app runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from closeread.ui.reading.readingpane import ZOOM_STEP

if TYPE_CHECKING:
    from closeread.ui.shell.main_window import MainWindow


def base_point_size() -> float:
    """The window's text size at zoom 0: never smaller than the system's."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return max(QApplication.font().pointSizeF(), system)


class WindowZoom(QObject):
    """Keeps the panes' text at the article's zoom step (see the module's notes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.article.zoomChanged.connect(self.apply)
        window.aids.paneMade.connect(lambda: self.apply(window.article.zoom))
        window.installEventFilter(self)
        self.apply(window.article.zoom)

    def panes(self) -> list[QWidget]:
        panes = [self.window.library, self.window.lesson, self.window.statusBar()]
        cards = self.window.aids.made  # the source cards beside the article, once made
        return panes + ([cards] if cards is not None else [])

    def apply(self, step: int) -> None:
        size = base_point_size() * ZOOM_STEP**step
        for pane in self.panes():
            if abs(pane.font().pointSizeF() - size) > 0.01:
                font = QFont()  # only the size is the pane's own: the family follows the app
                font.setPointSizeF(size)
                pane.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.ApplicationFontChange:
            self.apply(self.window.article.zoom)
        return False
