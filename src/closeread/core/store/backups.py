"""Backups of the progress database, taken with SQLite's backup API, and restoring one.

A file copy of a live WAL database is not a backup (the newest pages may still be in
the ``-wal`` file), so every backup here goes through ``sqlite3.Connection.backup``
into a temporary file that is checked and then renamed into place: a backup either
exists whole or not at all. Backups live in ``DATA/backups/``:

- ``closeread-<local time>-<sequence>-daily.sqlite3``: at most one a day, the newest
  14 kept;
- ``closeread-<local time>-<sequence>-before-v<N>.sqlite3``: taken before upgrading to
  schema N, the newest 5 kept.

The local time has microseconds (``2025-03-01T09-30-00.123456``) and the sequence
number is one more than the highest in the folder, so two backups taken in the same
second still sort newest first. Names from before (``...T09-30-00-daily.sqlite3``,
a second one that second ``...-daily-2.sqlite3``) are still listed and sorted; a
0-byte file is never a backup.

Restoring moves the broken database aside (it is never deleted) and copies the backup
in, while holding the data folder's lock.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import msgspec

from closeread.core import i18n
from closeread.core.files.atomic import sync_folder
from closeread.core.store.dbfile import check_file, read_only_connection
from closeread.core.store.errors import DatabaseCorrupt, NotFound, translate
from closeread.core.store.folder_lock import FolderLock
from closeread.core.store.schema import inspect_schema

BACKUP_FOLDER = "backups"
DATABASE_NAME = "closeread.sqlite3"
DAILY_KEEP = 14
UPGRADE_KEEP = 5
_PREFIX = "closeread-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%dT%H-%M-%S"
_FINE_STAMP = _STAMP + ".%f"
_NAME = re.compile(
    r"closeread-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})"
    r"(?:\.(?P<micro>\d{6})-(?P<sequence>\d{6,}))?"
    r"-(?P<kind>daily|before-v\d+)(?:-(?P<counter>\d+))?\.sqlite3"
)


class Backup(msgspec.Struct, frozen=True):
    """A copy of the progress database, as its file name describes it."""

    path: Path
    kind: str  # "daily" or "before-v<N>"
    taken_at: datetime  # local time, from the file name
    sequence: int = 0  # from the file name: later backups have higher numbers

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def __str__(self) -> str:
        return f"{self.path.name} ({self.kind}, {self.taken_at:%Y-%m-%d %H:%M})"


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    found = [_parse(path) for path in folder.glob(f"{_PREFIX}*{_SUFFIX}")]
    return sorted(
        (backup for backup in found if backup is not None and _not_empty(backup.path)),
        key=lambda backup: (backup.taken_at, backup.sequence, backup.path.name),
        reverse=True,
    )


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest backup that passes a check, or ``None``."""
    for backup in list_backups(data_dir):
        if is_good(backup.path):
            return backup
    return None


def is_good(path: Path) -> bool:
    """Whether ``path`` is an undamaged CloseRead database with its schema in place."""
    try:
        result = check_file(path, no_writer=True)
    except sqlite3.Error:
        return False
    return result.ok and result.state is not None and not result.state.is_empty


def take_backup(
    conn: sqlite3.Connection, data_dir: Path, kind: str, now: datetime | None = None
) -> Path:
    """Copy the database behind ``conn`` into a new backup of ``kind``, named for ``now``
    (local time, default the clock's); return its path."""
    if inspect_schema(conn).is_empty:
        raise sqlite3.DatabaseError("the database is empty: there is nothing to back up")
    folder = backup_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime(_FINE_STAMP)
    sequence = max((backup.sequence for backup in list_backups(data_dir)), default=0)
    final = folder / f"{_PREFIX}{stamp}-{sequence + 1:06d}-{kind}{_SUFFIX}"
    while final.exists():  # a 0-byte file with that name, not listed as a backup
        sequence += 1
        final = folder / f"{_PREFIX}{stamp}-{sequence + 1:06d}-{kind}{_SUFFIX}"
    _copy_database(conn, final)
    return final


def take_daily_backup(
    conn: sqlite3.Connection, data_dir: Path, now: datetime | None = None
) -> Path | None:
    """Take the backup of ``now``'s day (default today) unless there is one already;
    prune old ones. Its path, or ``None``."""
    now = now or datetime.now()
    for backup in list_backups(data_dir):
        if backup.kind == "daily" and backup.taken_at.date() == now.date():
            return None
    path = take_backup(conn, data_dir, "daily", now)
    prune(data_dir)
    return path


def prune(data_dir: Path) -> list[Path]:
    """Delete old backups beyond the 14 newest daily and 5 newest upgrade ones, and
    unfinished ones."""
    daily: list[Backup] = []
    upgrade: list[Backup] = []
    for backup in list_backups(data_dir):
        (daily if backup.kind == "daily" else upgrade).append(backup)
    removed = [backup.path for backup in daily[DAILY_KEEP:] + upgrade[UPGRADE_KEEP:]]
    # A backup cut short (CloseRead stopped while taking it) never got its final name.
    removed += backup_folder(data_dir).glob(f"{_PREFIX}*{_SUFFIX}.partial")
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore_backup(data_dir: Path, backup: Path | Backup) -> Path | None:
    """Put ``backup`` in place of the database; return where the old one was moved.

    The old database (and its ``-wal``/``-shm`` files) is renamed, never deleted, to
    ``closeread.sqlite3.broken-<time>``. Raises :class:`DatabaseLocked` while a
    CloseRead has the folder open, and :class:`DatabaseCorrupt` if the backup is bad.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    database = data_dir / DATABASE_NAME
    if not source.is_file():
        raise NotFound(
            i18n.translate("StorageErrors", "There is no backup {path}.").format(path=source)
        )
    if not is_good(source):
        said = i18n.translate(
            "StorageErrors", "The backup {name} is damaged too. Choose an older backup."
        )
        raise DatabaseCorrupt(said.format(name=source.name), path=source)
    with FolderLock(data_dir):
        incoming = data_dir / f"{DATABASE_NAME}.restoring"
        try:
            with read_only_connection(source, no_writer=True) as conn:
                _copy_database(conn, incoming)
            moved = _move_aside(database)
            os.replace(incoming, database)
            sync_folder(data_dir)
        except OSError as error:
            incoming.unlink(missing_ok=True)
            raise translate(error, database) from None
    return moved


def _copy_database(conn: sqlite3.Connection, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
            problem = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if problem != "ok":
            raise sqlite3.DatabaseError(f"the new backup failed its check: {problem}")
        os.replace(partial, target)
        sync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _move_aside(database: Path) -> Path | None:
    if not database.exists():
        return None
    stamp = datetime.now().strftime(_STAMP)
    aside = database.with_name(f"{database.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = database.with_name(f"{database.name}.broken-{stamp}-{counter}")
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(database, aside)
    return aside


def _parse(path: Path) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    if match["micro"] is not None:
        taken_at = taken_at.replace(microsecond=int(match["micro"]))
        sequence = int(match["sequence"])
    else:  # an old name: a second backup in the same second was numbered "-2", "-3", ...
        sequence = int(match["counter"] or 1)
    return Backup(path, match["kind"], taken_at, sequence)


def _not_empty(path: Path) -> bool:
    """A 0-byte file (a copy cut short, a disk that lost it) is no backup."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
