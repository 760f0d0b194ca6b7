"""Work that waits for the window's next paint: it runs once, after the paint, or after
a moment when the window does not paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from closeread.ui.shell.after_paint import AfterPaint


class PaintLog(QObject):
    """What the window's widget painted, and what was called, in order."""

    def __init__(self, widget: QLabel, log: list[str]) -> None:
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("painted")
        return False


def shown_window(qtbot) -> tuple[QMainWindow, QLabel]:
    window = QMainWindow()
    label = QLabel("The place")
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first paint is over
    return window, label


def test_the_work_runs_once_the_change_is_painted(qtbot):
    window, label = shown_window(qtbot)
    log: list[str] = []
    PaintLog(label, log)
    label.setText("The student's place")  # what the window must now paint
    AfterPaint(window, lambda: log.append("called"), at_most_ms=5_000)
    assert log == []  # nothing is painted or called at once
    qtbot.waitUntil(lambda: "called" in log, timeout=2_000)
    assert log.index("painted") < log.index("called")
    label.update()
    qtbot.wait(100)
    assert log.count("called") == 1  # not again at the next paint


def test_a_window_that_does_not_paint_gets_the_work_after_a_moment(qtbot):
    window = QMainWindow()  # never shown
    qtbot.addWidget(window)
    calls: list[str] = []
    AfterPaint(window, lambda: calls.append("called"), at_most_ms=50)
    qtbot.wait(20)
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["called"], timeout=2_000)
    qtbot.wait(100)
    assert calls == ["called"]


def test_nothing_runs_once_the_window_is_gone(qtbot):
    window, _label = shown_window(qtbot)
    calls: list[str] = []
    AfterPaint(window, lambda: calls.append("called"), at_most_ms=50)
    window.deleteLater()
    qtbot.wait(200)
    assert calls == []
