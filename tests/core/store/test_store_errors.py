"""Database and OS errors become plain messages of the right kind."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from closeread.core.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    ReadOnlyFolder,
    StorageError,
    WriteFailed,
    translate,
)

PATH = Path("/data/closeread.sqlite3")


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("low-level words")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (sqlite3.SQLITE_FULL, DiskFull),
        (sqlite3.SQLITE_READONLY, ReadOnlyFolder),
        (sqlite3.SQLITE_READONLY | (6 << 8), ReadOnlyFolder),  # SQLITE_READONLY_DIRECTORY
        (sqlite3.SQLITE_IOERR | (3 << 8), WriteFailed),  # SQLITE_IOERR_WRITE
        (sqlite3.SQLITE_CORRUPT, DatabaseCorrupt),
        (sqlite3.SQLITE_NOTADB, DatabaseCorrupt),
        (sqlite3.SQLITE_BUSY, DatabaseLocked),
        (sqlite3.SQLITE_CANTOPEN, ReadOnlyFolder),
        (sqlite3.SQLITE_MISMATCH, StorageError),
    ],
)
def test_sqlite_error_codes(code, kind):
    translated = translate(sqlite_error(code), PATH)
    assert type(translated) is kind
    assert "low-level words" in translated.detail
    assert "Traceback" not in str(translated) and str(translated) == translated.message


def test_a_real_sqlite_error_keeps_its_code():
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA max_page_count = 1")
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute("CREATE TABLE t (x)")
    assert isinstance(translate(caught.value, PATH), DiskFull)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EACCES, ReadOnlyFolder),
        (errno.EROFS, ReadOnlyFolder),
        (errno.EIO, WriteFailed),
    ],
)
def test_os_errors(number, kind):
    translated = translate(OSError(number, "os words"), PATH)
    assert type(translated) is kind
    assert "/data" in str(translated)


def test_messages_name_the_place_and_what_to_do():
    assert "Free some space" in str(translate(OSError(errno.ENOSPC, "x"), PATH))
    assert "--data-dir" in str(translate(OSError(errno.EROFS, "x"), PATH))
    already = StorageError("plain")
    assert translate(already, PATH) is already
