"""Work off the GUI thread with a busy sign that appears only when the work is slow."""

from __future__ import annotations

import threading
import time

from app_support import shown_with_the_keys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

from closeread.ui.common.loading import SHOW_AFTER_MS, BackgroundTask, run_in_background


def busy_dialogs(parent: QMainWindow) -> list[QProgressDialog]:
    return [
        dialog
        for dialog in parent.findChildren(QProgressDialog, "busyDialog")
        if dialog.isVisible()
    ]


def active_window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    shown_with_the_keys(qtbot, window)
    return window


def test_slow_work_shows_the_busy_sign_then_gives_the_window_back(qtbot):
    window = active_window(qtbot)
    release = threading.Event()
    results: list[object] = []
    started = time.monotonic()
    task = run_in_background(
        lambda: release.wait(10) and "loaded",
        results.append,
        results.append,
        busy_text="Checking the lesson pack “big.zip”…",
        parent=window,
    )
    qtbot.waitUntil(lambda: bool(busy_dialogs(window)), timeout=5_000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    (dialog,) = busy_dialogs(window)
    assert dialog.labelText() == "Checking the lesson pack “big.zip”…"
    assert task.running and results == []

    release.set()
    qtbot.waitUntil(lambda: results == ["loaded"])
    qtbot.waitUntil(lambda: not busy_dialogs(window))
    qtbot.waitUntil(window.isActiveWindow)  # the student's window answers keys again


def test_quick_work_never_flashes_a_window(qtbot):
    window = active_window(qtbot)
    results: list[object] = []
    run_in_background(lambda: "done", results.append, results.append, busy_text="…", parent=window)
    qtbot.waitUntil(lambda: results == ["done"])
    qtbot.wait(SHOW_AFTER_MS + 200)  # past the moment it would have appeared
    assert not busy_dialogs(window)


def test_the_busy_sign_is_gone_before_the_result_is_handled(qtbot):
    """A handler may open a dialog of its own (the pack's problems, a question): the busy
    sign must not appear over it."""
    window = active_window(qtbot)
    seen: list[list[QProgressDialog]] = []

    def handled(_result: object) -> None:
        seen.append(busy_dialogs(window))
        QTest.qWait(SHOW_AFTER_MS + 300)  # as a dialog's own event loop would run
        seen.append(busy_dialogs(window))

    run_in_background(lambda: "checked", handled, handled, busy_text="…", parent=window)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert seen == [[], []]


def test_a_failure_is_reported_and_closes_the_busy_sign(qtbot):
    window = active_window(qtbot)
    errors: list[BaseException] = []

    def fail() -> None:
        time.sleep(SHOW_AFTER_MS / 1000 * 2)
        raise OSError("the disk went away")

    run_in_background(fail, errors.append, errors.append, busy_text="…", parent=window)
    qtbot.waitUntil(lambda: bool(busy_dialogs(window)), timeout=5_000)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], OSError)
    qtbot.waitUntil(lambda: not busy_dialogs(window))
    assert BackgroundTask.wait_all(1_000)
    assert QApplication.activeModalWidget() is None


def test_a_window_the_student_went_to_meanwhile_keeps_the_keys(qtbot):
    window = active_window(qtbot)
    release = threading.Event()
    results: list[object] = []
    run_in_background(
        lambda: release.wait(10) and "loaded", results.append, results.append, busy_text="…",
        parent=window,
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(busy_dialogs(window)), timeout=5_000)
    other = active_window(qtbot)  # the dashboard, say
    release.set()
    qtbot.waitUntil(lambda: results == ["loaded"] and not busy_dialogs(window))
    qtbot.wait(100)
    assert other.isActiveWindow() and not window.isActiveWindow()
