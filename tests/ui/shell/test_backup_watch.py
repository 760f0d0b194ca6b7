"""The day's backup while the app is open, and what the student is told about the progress file."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from app_support import data_dir
from PySide6.QtWidgets import QApplication, QMessageBox

from closeread.core.records import PackRef
from closeread.core.store.backups import list_backups
from closeread.core.store.store import DATABASE_NAME, Store
from closeread.ui.common.actions import submenus
from closeread.ui.shell.app import open_store
from closeread.ui.shell.backup_watch import CHECK_EVERY_MS, FIRST_CHECK_MS
from closeread.ui.shell.main_window import MainWindow

V1_DATABASE = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "progress_v1.sqlite3"


class Clock:
    """The store's clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = datetime(2030, 3, 1, 15, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def open_window(qtbot, store: Store) -> MainWindow:
    student = store.roster.find_student("Alex") or store.roster.add_student("Alex")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_backup(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.backup_watch.task is not None, timeout=3000)
    qtbot.waitUntil(lambda: not window.backup_watch.task.running, timeout=10_000)


def daily_backups() -> list[datetime]:
    return [b.taken_at for b in list_backups(data_dir()) if b.kind == "daily"]


def record_threads(store: Store) -> list[bool]:
    """Whether each backup_if_due ran on the GUI thread."""
    on_gui_thread: list[bool] = []
    original = store.backup_if_due

    def spy(**options):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(**options)

    store.backup_if_due = spy  # type: ignore[method-assign]
    return on_gui_thread


def test_the_hourly_check_takes_the_next_days_backup_off_the_gui_thread(qtbot, clock):
    store = Store.open(data_dir(), clock=clock)
    try:
        assert daily_backups() == [clock.now]  # opening took today's
        threads = record_threads(store)
        window = open_window(qtbot, store)
        watch = window.backup_watch
        assert watch.timer.isActive() and watch.timer.interval() == CHECK_EVERY_MS
        wait_for_backup(qtbot, window)  # the check after the database opened: none due
        assert daily_backups() == [clock.now]

        clock.now += timedelta(days=1, hours=-14)  # 01:00 the next morning
        store.work.record_attempt(window.student.id, PackRef("mini", "1", "h"), "one", "pick", {})
        watch.timer.timeout.emit()  # an hour has passed
        wait_for_backup(qtbot, window)
        assert daily_backups() == [clock.now, datetime(2030, 3, 1, 15, 0)]
        newest = list_backups(data_dir())[0].path
        assert newest.parent == data_dir() / "backups" and newest.is_file()
        assert threads == [False, False]  # both checks ran on the thread pool
        assert not window.actions.backup_problem.isVisible()
        assert window.statusBar().currentMessage() == ""
        window.close()
    finally:
        store.close()


def test_the_app_takes_the_days_backup_just_after_the_database_opens(qtbot):
    store = open_store(data_dir())
    assert store is not None
    try:
        assert store.list_backups() == []  # not while opening, on the GUI thread
        window = open_window(qtbot, store)
        assert window.backup_watch.task is None  # not while the window shows the place
        assert window.backup_watch.first.interval() == FIRST_CHECK_MS
        wait_for_backup(qtbot, window)
        assert [b.kind for b in store.list_backups()] == ["daily"]
        window.close()
    finally:
        store.close()


def test_a_window_closed_at_once_still_takes_the_days_backup(qtbot):
    store = open_store(data_dir())
    assert store is not None
    try:
        window = open_window(qtbot, store)
        window.close()  # before the first check
        assert [b.kind for b in store.list_backups()] == ["daily"]
        assert not window.backup_watch.first.isActive()
    finally:
        store.close()


def test_a_backup_that_cannot_be_made_is_said_plainly_and_blocks_nothing(qtbot):
    (data_dir() / "backups").write_text("a file where the backup folder should be")
    store = Store.open(data_dir())
    try:
        assert store.backup_problem is not None
        window = open_window(qtbot, store)
        message = window.statusBar().currentMessage()
        assert message.startswith("Your work is saved, but today's backup copy of it could not")
        assert str(data_dir() / "backups") in message and "Traceback" not in message
        action = window.actions.backup_problem
        assert action.isVisible()
        assert action.text() == "Why Today's &Backup Failed…"
        assert action in submenus(window.menuBar())[-1].actions()  # in Help

        action.trigger()
        box = window.findChild(QMessageBox, "backupProblem")
        assert box is not None and box.isVisible()
        assert QApplication.activeModalWidget() is None  # the student can go on working
        assert store.backup_problem in box.text()
        assert "tries again every hour" in box.text()
        box.close()

        wait_for_backup(qtbot, window)  # the check after opening fails the same way
        assert action.isVisible()
        (data_dir() / "backups").unlink()
        window.backup_watch.timer.timeout.emit()
        wait_for_backup(qtbot, window)
        assert not action.isVisible()  # taken now: nothing more to say
        assert [b.kind for b in store.list_backups()] == ["daily"]
        window.close()
    finally:
        store.close()


def test_a_backup_failing_later_in_the_day_is_shown_too(qtbot, clock):
    store = Store.open(data_dir(), clock=clock)
    try:
        window = open_window(qtbot, store)
        wait_for_backup(qtbot, window)
        assert not window.actions.backup_problem.isVisible()
        shutil.rmtree(data_dir() / "backups")
        (data_dir() / "backups").write_text("a file where the backup folder should be")
        clock.now += timedelta(days=1)
        window.backup_watch.timer.timeout.emit()
        wait_for_backup(qtbot, window)
        assert window.actions.backup_problem.isVisible()
        assert "today's backup copy of it could not be made" in (
            window.statusBar().currentMessage()
        )
        window.close()
    finally:
        store.close()


def test_an_upgraded_progress_file_is_mentioned_once(qtbot):
    shutil.copyfile(V1_DATABASE, data_dir() / DATABASE_NAME)
    store = Store.open(data_dir())
    try:
        assert store.upgraded_from == 1
        said: list[str] = []
        student = store.roster.add_student("Alex")
        window = MainWindow(data_dir=data_dir())  # attached below
        qtbot.addWidget(window)
        window.statusBar().messageChanged.connect(lambda text: text and said.append(text))
        window.attach(store, student)
        window.statusBar().clearMessage()  # read, and Esc pressed
        window.attach(store, student)  # attached again: not said again
        wait_for_backup(qtbot, window)
        (copy,) = [b for b in store.list_backups() if b.kind.startswith("before-v")]
        assert said == [
            "Your progress file was updated for this version of CloseRead; a copy of the old "
            f"one is in backups/{copy.path.name}."
        ]
        window.close()
    finally:
        store.close()
    with Store.open(data_dir()) as again:  # the next time it opens, nothing to say
        window = open_window(qtbot, again)
        assert "updated" not in window.statusBar().currentMessage()
        window.close()
