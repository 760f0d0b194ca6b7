"""What can go wrong with the progress database, in words a student or teacher can act on.

Every error the store raises is a :class:`StorageError`; ``str(error)`` is a plain
message to show as it is, ``error.detail`` the technical reason for a log.
:func:`translate` turns the ``sqlite3`` and ``OSError`` exceptions of the moment
into one of these.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from closeread.core import i18n

if TYPE_CHECKING:
    from closeread.core.store.backups import Backup


class StorageError(Exception):
    """The progress database could not do what was asked; ``str()`` says why, plainly."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class DatabaseLocked(StorageError):
    """Another CloseRead has the data folder open."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer CloseRead; it is left untouched."""


class DatabaseOutdated(StorageError):
    """A read-only store found a database that needs upgrading first."""


class DatabaseCorrupt(StorageError):
    """The database file is damaged or is not a CloseRead database; it is left in place.

    ``backups`` lists the backups found, newest first; ``newest_good_backup`` is the
    newest one that passed a check, or ``None``.
    """

    def __init__(
        self,
        message: str,
        detail: str = "",
        *,
        path: Path | None = None,
        backups: tuple[Backup, ...] = (),
        newest_good_backup: Backup | None = None,
    ) -> None:
        super().__init__(message, detail)
        self.path = path
        self.backups = backups
        self.newest_good_backup = newest_good_backup


class DiskFull(StorageError):
    """The disk is full; what was saved before is kept, the last action was not saved."""


class ReadOnlyFolder(StorageError):
    """The data folder or database cannot be written to."""


class WriteFailed(StorageError):
    """The operating system reported a failure while writing (a removed stick, a bad disk)."""


class NotFound(StorageError, LookupError):
    """A student, attempt or backup that was asked for does not exist."""


def translate(error: BaseException, path: Path) -> StorageError:
    """A :class:`StorageError` for an ``sqlite3`` or ``OSError`` exception met at ``path``."""
    if isinstance(error, StorageError):
        return error
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, sqlite3.Error):
        return _from_sqlite(error, path, detail)
    if isinstance(error, OSError):
        return _from_os(error, path, detail)
    said = i18n.translate("StorageErrors", "CloseRead could not use its database {path}: {error}")
    return StorageError(said.format(path=path, error=error), detail)


def _from_sqlite(error: sqlite3.Error, path: Path, detail: str) -> StorageError:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return disk_full(path, detail)
    if primary == sqlite3.SQLITE_READONLY:
        return read_only(path, detail)
    if primary == sqlite3.SQLITE_IOERR:
        said = i18n.translate(
            "StorageErrors",
            "CloseRead could not write to {folder}. The disk may be full, removed "
            "or failing. Your last action was not saved; everything saved before is kept.",
        )
        return WriteFailed(said.format(folder=path.parent), detail)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return corrupt(path, detail)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        said = i18n.translate(
            "StorageErrors",
            "The progress database {path} is busy: another program is using it. "
            "Close other copies of CloseRead and try again.",
        )
        return DatabaseLocked(said.format(path=path), detail)
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        said = i18n.translate(
            "StorageErrors",
            "CloseRead cannot open its database {path}. Check that the folder "
            "{folder} exists and that you may write to it.",
        )
        return ReadOnlyFolder(said.format(path=path, folder=path.parent), detail)
    said = i18n.translate(
        "StorageErrors", "CloseRead's database {path} reported a problem: {error}."
    )
    return StorageError(said.format(path=path, error=error), detail)


def _from_os(error: OSError, path: Path, detail: str) -> StorageError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return disk_full(path, detail)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only(path, detail)
    said = i18n.translate(
        "StorageErrors", "CloseRead could not use {path}: {error}. Everything saved before is kept."
    )
    return WriteFailed(said.format(path=path, error=error.strerror or error), detail)


def disk_full(path: Path, detail: str = "") -> DiskFull:
    said = i18n.translate(
        "StorageErrors",
        "The disk holding {folder} is full. Your last action was not saved; "
        "everything saved before is kept. Free some space and try again.",
    )
    return DiskFull(said.format(folder=path.parent), detail)


def read_only(path: Path, detail: str = "") -> ReadOnlyFolder:
    said = i18n.translate(
        "StorageErrors",
        "CloseRead cannot write to {folder}: the folder, the file or the disk is read-only. "
        "Nothing can be saved there. Choose another data folder with --data-dir, or "
        "ask for permission to write to this one. Everything saved before is kept.",
    )
    return ReadOnlyFolder(said.format(folder=path.parent), detail)


def corrupt(path: Path, detail: str = "") -> DatabaseCorrupt:
    said = i18n.translate(
        "StorageErrors",
        "CloseRead's progress database {path} is damaged or is not a CloseRead "
        "database. It has been left as it is. You can restore the newest backup.",
    )
    return DatabaseCorrupt(said.format(path=path), detail, path=path)
