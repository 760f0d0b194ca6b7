"""The progress database's daily backup while the app is open, and what the student is told.

:meth:`Store.backup_if_due` takes the day's backup when there is none yet. The app opens
the store without taking it (``daily_backup=False``) and takes it here instead, half a
second after the database opens (once the window has shown the student's place: the
check's thread would compete with showing it; a window closed sooner checks as it
closes) and then at every hourly check, so an app left open for days still gets one
copy a day. It runs off the GUI thread, through a read-only connection
of its own: on a large school's database (``benchmarks/bench_storage.py``: 100,000
attempts, 57 MB) a backup takes about a quarter of a second, long enough to freeze the
window, while answers saved meanwhile on the GUI thread's connection take their usual
millisecond.

Two things about the progress file are said plainly, without a dialog in the way:

- why today's backup could not be taken (``store.backup_problem``): in the status bar
  when it first happens, and as Help > Why Today's Backup Failed… while it holds;
- that opening upgraded the file for this version (``store.upgraded_from``): once, in
  the status bar, naming the copy of the old file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import message_box
from closeread.ui.common.loading import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QStatusBar, QWidget

    from closeread.core.store.store import Store
    from closeread.ui.shell.menus import Actions

CHECK_EVERY_MS = 60 * 60 * 1000  # backup_if_due decides whether a backup is due
FIRST_CHECK_MS = 500
PROBLEM_SHOWN_MS = 30_000
UPGRADE_SHOWN_MS = 60_000


class BackupHost(Protocol):
    """What the watch needs of the main window."""

    @property
    def store(self) -> Store | None: ...
    @property
    def actions(self) -> Actions: ...  # Help > Why Today's Backup Failed… is backup_problem
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the main window itself, to own the watch and its box


class BackupWatch(QObject):
    """Takes the day's backup for ``host``'s store, and says what went wrong (see above)."""

    def __init__(self, host: BackupHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.first = QTimer(self, singleShot=True, interval=FIRST_CHECK_MS)
        self.first.timeout.connect(self.check)
        self.task: BackgroundTask | None = None
        self.shown_problem: str | None = None
        self.upgrade_told = False
        self.explanation: QMessageBox | None = None
        self.action = host.actions.backup_problem
        self.action.setVisible(False)
        self.action.triggered.connect(self.explain)

    def start(self) -> None:
        """The store is open: say what opening it did, take the day's backup, check hourly."""
        self.tell_upgrade()
        self.show_problem()
        self.first.start()
        self.timer.start()

    def closing(self) -> None:
        """The window closes: take the day's backup now if the first check has not run."""
        if self.first.isActive():
            self.first.stop()
            self.check()

    def check(self) -> BackgroundTask | None:
        """Take today's backup off the GUI thread if it is due (and none is being taken)."""
        store = self.host.store
        if store is None or store.closed or store.read_only:
            return None
        if self.task is not None and self.task.running:
            return None
        self.task = run_in_background(
            lambda: store.backup_if_due(own_connection=True), self._taken, self._failed,
            owner=self,
        )  # fmt: skip
        return self.task

    def _taken(self, _path: Path | None) -> None:
        self.show_problem()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageError):  # the store closed meanwhile: nothing to say
            raise error  # the app's last-resort handler reports it

    # -- telling the student -------------------------------------------------------------

    def show_problem(self) -> None:
        """Say why today's backup could not be taken: in the status bar when the problem is
        new, and in the Help menu while it lasts."""
        store = self.host.store
        problem = store.backup_problem if store is not None else None
        self.action.setVisible(problem is not None)
        if problem is not None and problem != self.shown_problem:
            self.host.statusBar().showMessage(
                self.tr("Your work is saved, but today's backup copy of it could not be made: ")
                + problem,
                PROBLEM_SHOWN_MS,
            )
        self.shown_problem = problem

    def explain(self) -> QMessageBox | None:
        """Help > Why Today's Backup Failed…: the problem in a box that blocks nothing."""
        store = self.host.store
        if store is None or store.backup_problem is None:
            return None
        folder = store.data_dir / "backups"
        text = (
            store.backup_problem
            + "\n\n"
            + self.tr(
                "Your answers are still saved as you work; only today's spare copy of them "
                "is missing. CloseRead tries again every hour. Backups are kept in {folder}."
            ).format(folder=folder)
        )
        if self.explanation is not None:
            self.explanation.close()
        box = message_box(self.host.window(), self.tr("Today's backup failed"), text)
        box.setObjectName("backupProblem")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_explanation)
        box.show()
        self.explanation = box
        return box

    def _forget_explanation(self) -> None:
        self.explanation = None

    def tell_upgrade(self) -> None:
        """Once: the progress file was upgraded on opening, and where the old one is."""
        store = self.host.store
        if self.upgrade_told or store is None or store.upgraded_from is None:
            return
        self.upgrade_told = True
        copy = store.upgrade_backup
        where = copy.relative_to(store.data_dir).as_posix() if copy is not None else "backups"
        self.host.statusBar().showMessage(
            self.tr(
                "Your progress file was updated for this version of CloseRead; "
                "a copy of the old one is in {where}."
            ).format(where=where),
            UPGRADE_SHOWN_MS,
        )
