"""Long work off the GUI thread: checking, staging and loading packs, with a busy sign.

:class:`BackgroundTask` runs a function on Qt's global thread pool and reports back on
the GUI thread (``finished(result)`` or ``failed(error)``). While it runs the caller
can show :class:`BusyDialog`, which appears only if the work takes longer than a
moment, so quick jobs do not flash a window.

Only pure functions run on the pool: the progress database stays on the GUI thread
(SQLite connections belong to the thread that made them), so installing a pack is
split into staging (here) and committing (on the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from closeread.ui.common.outside_text import plain_label

SHOW_AFTER_MS = 300


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, queued across threads."""

    done = Signal(object)
    failed = Signal(object)
    step = Signal(int, str)


class Steps:
    """What work that runs in steps sees on the pool: report a step, and whether to stop.

    ``step`` is delivered on the GUI thread; ``stop`` is asked for from the GUI thread
    and read between steps.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._stop = threading.Event()

    def step(self, done: int, text: str) -> None:
        self._relay.step.emit(done, text)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # reported on the GUI thread, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class BackgroundTask(QObject):
    """``work()`` on the thread pool; ``finished``/``failed`` delivered on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    stepped = Signal(int, str)  # work made with ``steps`` says how far it is

    _running: ClassVar[set[BackgroundTask]] = set()  # kept alive until they report

    def __init__(
        self,
        work: Callable[[], Any] | None = None,
        parent: QObject | None = None,
        *,
        steps: Callable[[Steps], Any] | None = None,
    ) -> None:
        """``work()``, or ``steps(Steps)`` for work that reports steps and can be stopped."""
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.step.connect(self.stepped, Qt.ConnectionType.QueuedConnection)
        self.steps = Steps(self._relay)
        if steps is not None:
            self._work: Callable[[], Any] = lambda: steps(self.steps)
        elif work is not None:
            self._work = work
        else:
            raise TypeError("BackgroundTask needs work or steps")
        self.running = False

    def start(self) -> BackgroundTask:
        self.running = True
        BackgroundTask._running.add(self)
        QThreadPool.globalInstance().start(_Job(self._work, self._relay))
        return self

    def _on_done(self, result: object) -> None:
        if self._finish():
            self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        if self._finish():
            self.failed.emit(error)

    def _finish(self) -> bool:
        """Forget the task; False when its owner is gone and nobody wants the result."""
        BackgroundTask._running.discard(self)
        if not isValid(self):
            return False
        self.running = False
        return True

    @staticmethod
    def wait_all(msecs: int = 30_000) -> bool:
        """Wait for running work (at exit), without delivering its results."""
        return QThreadPool.globalInstance().waitForDone(msecs)


class BusyDialog(QProgressDialog):
    """A window-modal "working..." bar with no end, shown only if the work takes a while."""

    def __init__(self, text: str, parent: QWidget | None, task: BackgroundTask) -> None:
        super().__init__("", "", 0, 0, parent)
        self.setObjectName("busyDialog")
        self.setLabel(plain_label(text, self))  # it may name a file
        self.setWindowTitle(self.tr("CloseRead — Please wait"))
        self.setAccessibleName(text)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(True)
        self.setAutoReset(False)
        self.setMinimumWidth(380)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setValue(0)  # starts Qt's timer: it shows the dialog then, if still needed
        task.finished.connect(self._done)
        task.failed.connect(self._done)

    def _done(self, _result: object) -> None:
        shown = self.isVisible()
        self.reset()  # stops the timer that would show it, and hides it
        self.hide()
        parent = self.parentWidget()
        if shown and parent is not None and not self._keys_elsewhere(parent.window()):
            # Not every platform gives the keys back by itself, and the window system may
            # not have given them to this dialog yet: asking now puts the window after it.
            parent.window().activateWindow()
        self.deleteLater()

    def _keys_elsewhere(self, window: QWidget) -> bool:
        """Whether another of the app's windows has the keys (the student went there)."""
        active = QApplication.activeWindow()
        return active is not None and active is not self and active is not window


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    busy_text: str = "",
    parent: QWidget | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Start ``work`` off the GUI thread; a :class:`BusyDialog` over ``parent`` if text is given.

    The result is delivered only while ``owner`` (default: ``parent``) still exists.
    """
    task = BackgroundTask(work, owner if owner is not None else parent)
    if busy_text:  # first: gone before the result is handled (a handler may open a dialog)
        BusyDialog(busy_text, parent, task)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    return task.start()
