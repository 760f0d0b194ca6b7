"""Doing something once the window has painted what it now shows.

The start opens the database once the window's first paint is on screen, and loads
what can wait (the library's other packs, what the first actions need, the legible
style's rings) once the student's place is painted: begun sooner, that work would share
the GUI thread, and Python's lock, with the paint the student is waiting for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A top-level window is asked to repaint (UpdateRequest) before any of its widgets paint;
# the first showing on some platforms paints it without asking (Paint).
PAINTING = (QEvent.Type.UpdateRequest, QEvent.Type.Paint)


class AfterPaint(QObject):
    """Call ``then`` once, in the event loop's turn after ``window`` next paints, or after
    ``at_most_ms`` if it does not (a window hidden, or with nothing to repaint)."""

    def __init__(self, window: QWidget, then: Callable[[], object], at_most_ms: int = 400):
        super().__init__(window)
        self.window = window
        self.then = then
        self.called = False
        window.installEventFilter(self)  # (the window only: one filter on the whole
        # application would be shown every object, and PySide would look up the Python
        # type of each, which costs as much as the paint)
        QTimer.singleShot(at_most_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PAINTING:  # (the paint runs now; the call comes after it)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if not self.called:
            self.called = True
            self.window.removeEventFilter(self)
            self.deleteLater()
            self.then()
