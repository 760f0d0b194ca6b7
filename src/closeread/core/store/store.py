"""The progress database: students, packs, attempts and their scores, drafts, settings.

One SQLite file, ``closeread.sqlite3`` in the data folder, written through sqlite-utils
(read through the plain connection: see :mod:`~closeread.core.store.database`).
A :class:`Store` owns the connection (a :class:`~closeread.core.store.database.Database`)
and the repositories that share it, each a plain object for one part of the records:
``store.roster`` (students, installed packs, settings, reader state), ``store.work``
(attempts, scores, overrides, drafts, a student's progress), ``store.hand_ins``
(imported results files), ``store.reports`` (what the teacher's views read) and
``store.outbox`` (xAPI statements queued for a Learning Record Store).
Raw answers are kept; scores are derived from them and can be recomputed, each
re-score adding a row so the history stays. Every repository method that writes is
one transaction (``Database.transaction``: ``BEGIN IMMEDIATE``), committed before it
returns: with WAL and ``synchronous=FULL`` an acknowledged answer survives a crash or
a power cut.

Opening a :class:`Store`:

1. takes the data folder's lock (a second CloseRead gets :class:`DatabaseLocked`);
2. checks the existing file read-only: damaged, 0 bytes or cut short
   (:class:`DatabaseCorrupt`, with the backups to restore; only a folder with no
   database file at all gets a new one) or written by a newer CloseRead
   (:class:`DatabaseTooNew`) are refused while the file is still byte-for-byte as it
   was;
3. backs up, then migrates an older schema;
4. takes the day's rolling backup (unless ``daily_backup=False``: the app takes it
   off the GUI thread with :meth:`Store.backup_if_due`, which it also calls every hour
   while it is open).

Every failure is a :class:`StorageError` whose ``str()`` is a plain message.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from closeread.core import i18n
from closeread.core.files import paths
from closeread.core.files.atomic import sync_folder
from closeread.core.store import backups
from closeread.core.store.database import Database
from closeread.core.store.dbfile import (
    CHECK_PRAGMAS,
    check_file,
    connect_read_only,
    read_only_connection,
)
from closeread.core.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseOutdated,
    DatabaseTooNew,
    DiskFull,
    NotFound,
    ReadOnlyFolder,
    StorageError,
    WriteFailed,
    read_only,
    translate,
)
from closeread.core.store.folder_lock import FolderLock
from closeread.core.store.migrations import SCHEMA_VERSION
from closeread.core.store.outbox import Outbox
from closeread.core.store.roster import Roster
from closeread.core.store.schema import inspect_schema, upgrade
from closeread.core.store.work import Work

if TYPE_CHECKING:
    from sqlite_utils import Database as SqliteDatabase

    from closeread.core.store.hand_ins import HandIns
    from closeread.core.store.reports import Reports

__all__ = [
    "DATABASE_NAME",
    "DatabaseCorrupt",
    "DatabaseLocked",
    "DatabaseOutdated",
    "DatabaseTooNew",
    "DiskFull",
    "NotFound",
    "ReadOnlyFolder",
    "StorageError",
    "Store",
    "WriteFailed",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
]

DATABASE_NAME = backups.DATABASE_NAME
BUSY_TIMEOUT = 5.0  # seconds a reader waits for a writer's lock
# A new database's pages: SQLite's default of 4 KB holds one saved answer of 2.5 KB per
# page, so a long answer took 1.6 times its size on disk; 8 KB pages hold three. A 32 MB
# hand-in wrote 54 MB to disk instead of 40 (benchmarks/bench_import.py). A database
# made with 4 KB pages keeps them: SQLite changes the size only by rewriting the file.
PAGE_SIZE = 8192


def writable_connection(path: Path) -> sqlite3.Connection:
    """A connection to the progress database as the store writes through it: foreign keys
    enforced, every commit on the disk before it returns."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


class Store:
    """The progress database in ``data_dir``, open until :meth:`close`.

    Its records are read and written through its repositories: :attr:`roster`,
    :attr:`work`, :attr:`hand_ins` and :attr:`reports`.

    ``read_only=True`` opens it for reading alongside a running CloseRead (reports):
    no lock, no migration, no backup, and every write is refused. ``check`` is
    ``"quick"`` (``PRAGMA quick_check``, the default) or ``"full"``
    (``PRAGMA integrity_check``). ``daily_backup=False`` leaves the day's backup to
    :meth:`backup_if_due`. ``clock`` gives the local time that names backups and says
    which day it is (tests move it on).
    """

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        read_only: bool = False,
        check: str = "quick",
        daily_backup: bool = True,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.data_dir = Path(data_dir).expanduser().absolute()
        self.path = self.data_dir / DATABASE_NAME
        self.read_only = read_only
        self.clock = clock
        self.upgraded_from: int | None = None  # the schema version before this open upgraded it
        self.upgrade_backup: Path | None = None  # the copy taken before that upgrade
        self.backup_problem: str | None = None  # why today's backup could not be taken
        self._lock = FolderLock(self.data_dir)
        self.database = Database(self.path, read_only=read_only)
        self.roster = Roster(self.database)
        self.outbox = Outbox(self.database)
        self.work = Work(self.database, self.roster, self.outbox)
        if check not in CHECK_PRAGMAS:
            raise ValueError(f"check must be one of {sorted(CHECK_PRAGMAS)}, not {check!r}")
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise StorageError(
                f"{self.data_dir} is a file, not a folder. Choose a folder for CloseRead's "
                "data with --data-dir."
            )
        if read_only:
            self._open_read_only(check)
            return
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise translate(error, self.path) from None
        self._lock.acquire()
        try:
            self._open_writable(check, daily_backup)
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, **options: object) -> Store:
        """Open the store in ``data_dir``, or in the folder :func:`paths.data_dir` picks."""
        return cls(paths.data_dir(data_dir), **options)  # type: ignore[arg-type]

    @cached_property
    def hand_ins(self) -> HandIns:
        from closeread.core.store.hand_ins import HandIns  # (the teacher's: not at start-up)

        return HandIns(self.database, self.outbox)

    @cached_property
    def reports(self) -> Reports:
        from closeread.core.store.reports import Reports

        return Reports(self.database, self.roster)

    # -- lifecycle -----------------------------------------------------------------

    @property
    def db(self) -> SqliteDatabase:
        """The sqlite-utils connection (raises :class:`StorageError` once closed)."""
        return self.database.db

    @property
    def closed(self) -> bool:
        return self.database.closed

    def prepare_writing(self) -> None:
        """Load sqlite-utils now, when nothing waits for it, rather than at the first save."""
        if not self.closed:
            self.database.db  # noqa: B018  (made on first use)

    def close(self) -> None:
        """Close the database (checkpointing its WAL) and release the folder's lock."""
        try:
            self.database.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.read_only else "open")
        return f"<Store {self.path} {state}>"

    # -- backups --------------------------------------------------------------------

    def list_backups(self) -> list[backups.Backup]:
        """This data folder's backups, newest first."""
        return backups.list_backups(self.data_dir)

    def backup_if_due(self, *, own_connection: bool = False) -> Path | None:
        """Take today's backup if there is none yet (a long-running app calls this hourly).

        The new backup's path, or ``None``: there is one from today already, or it could
        not be taken, and then :attr:`backup_problem` says why (the work goes on without
        it; a later call that finds or takes today's backup clears it).

        ``own_connection``: copy through a read-only connection of its own, so that this
        can run on another thread while the store's connection goes on saving; the copy
        is the database as it was when the copy began (WAL gives readers that).
        """
        self.database.check_writable()
        if self.closed:
            raise StorageError("The progress database is closed.")
        conn = None if own_connection else self.database.conn
        try:
            if conn is not None:
                taken = backups.take_daily_backup(conn, self.data_dir, self.clock())
            else:
                with read_only_connection(self.path) as own:
                    taken = backups.take_daily_backup(own, self.data_dir, self.clock())
        except (OSError, sqlite3.Error) as error:
            self.backup_problem = self._backup_problem(error)
            return None
        self.backup_problem = None
        return taken

    def _backup_problem(self, error: OSError | sqlite3.Error) -> str:
        return str(translate(error, backups.backup_folder(self.data_dir)))

    # -- opening --------------------------------------------------------------------

    def _open_writable(self, check: str, daily_backup: bool) -> None:
        if not self.path.exists():
            self._create()
        self._preflight(check)
        if not os.access(self.path, os.W_OK):  # before SQLite makes -wal/-shm beside it
            raise read_only(self.path, "the database file is not writable")
        with self.database.guard():
            conn = writable_connection(self.path)
            self.database.attach(conn)
            self._probe_writable()
            state = inspect_schema(conn)
            if state.pending and not state.is_empty:  # back up before the first write
                self.upgraded_from = state.user_version
                self.upgrade_backup = backups.take_backup(
                    conn, self.data_dir, f"before-v{SCHEMA_VERSION}", self.clock()
                )
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            if state.pending:
                upgrade(self.db)
        if daily_backup:
            self.backup_if_due()

    def _create(self) -> None:
        """Make a new, empty database whole before it gets its name.

        SQLite creates its file at once, 0 bytes long, and writes the header later; a
        crash in between would leave a 0-byte ``closeread.sqlite3``, which the next
        open must refuse as damaged (it cannot tell it from a database that lost its
        contents).
        """
        new = self.path.with_name(self.path.name + ".new")
        with self.database.guard():
            new.unlink(missing_ok=True)
            conn = sqlite3.connect(new)
            try:
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # (only a new file takes it)
                conn.execute("PRAGMA journal_mode = WAL")  # writes the header
            finally:
                conn.close()
            os.replace(new, self.path)
            sync_folder(self.data_dir)

    def _open_read_only(self, check: str) -> None:
        if not self.path.is_file():
            raise NotFound(f"No progress has been saved in {self.data_dir} yet.")
        self._preflight(check)
        with self.database.guard():
            conn = connect_read_only(self.path, timeout=BUSY_TIMEOUT)
            self.database.attach(conn)
            state = inspect_schema(conn)
        if state.pending:
            self.close()
            raise DatabaseOutdated(
                f"The progress database {self.path} was saved by an older CloseRead and "
                "must be upgraded first: open CloseRead on this data folder once."
            )

    def _preflight(self, check: str) -> None:
        """Check the file read-only; refuse it, unchanged, if damaged or too new."""
        try:
            result = check_file(self.path, check, no_writer=not self.read_only)
        except sqlite3.Error as error:
            raise translate(error, self.path) from None
        if result.state is not None and result.state.too_new:
            said = i18n.translate(
                "StorageErrors",
                "The progress database {path} was saved by a newer version of "
                "CloseRead (schema {version}; this CloseRead knows "
                "schema {known} and older). Update CloseRead to open it. "
                "The file has not been changed.",
            )
            raise DatabaseTooNew(
                said.format(
                    path=self.path, version=result.state.user_version, known=SCHEMA_VERSION
                ),
                f"unknown migrations: {', '.join(result.state.unknown) or 'none'}",
            )
        if not result.ok:
            raise self.database.corrupt(f"{result.problem}: {result.detail}")

    def _probe_writable(self) -> None:
        """Fail now, not at the first save, when the file can be read but not written."""
        self.database.conn.execute("BEGIN IMMEDIATE")
        self.database.conn.execute("ROLLBACK")


def list_backups(data_dir: str | os.PathLike[str]) -> list[backups.Backup]:
    """The backups in ``data_dir``, newest first (usable while the database is broken)."""
    return backups.list_backups(Path(data_dir))


def newest_good_backup(data_dir: str | os.PathLike[str]) -> backups.Backup | None:
    return backups.newest_good_backup(Path(data_dir))


def restore_backup(
    data_dir: str | os.PathLike[str], backup: str | os.PathLike[str] | backups.Backup
) -> Path | None:
    """Restore ``backup``; the database it replaces is moved aside, never deleted.

    Returns the path the old database was moved to (``None`` if there was none).
    Close the :class:`Store` first: a restore takes the data folder's lock.
    """
    chosen = backup if isinstance(backup, backups.Backup) else Path(backup)
    return backups.restore_backup(Path(data_dir), chosen)
