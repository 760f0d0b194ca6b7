"""Looking at a database file without changing it.

Before CloseRead writes to a progress database (or restores a backup) it opens the file
read-only (``mode=ro``), checks its pages and reads its schema version. A damaged
file, another program's database, or one written by a newer CloseRead is then
refused while its bytes are still exactly as they were.

SQLite itself takes a 0-byte file for a new, empty database, and reads a file cut
short at a page boundary without complaint when the pages it lost held nothing it
looks at first. CloseRead never leaves either behind (a new database gets its name
only once it is whole), so both are damage here: :func:`cut_short` looks at the
header before SQLite does.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import msgspec

from closeread.core.store.schema import SchemaState, inspect_schema

# "quick" checks every page and b-tree (``PRAGMA quick_check``); "full" also checks
# that every index matches its table (``PRAGMA integrity_check``), several times slower.
CHECK_PRAGMAS = {"quick": "quick_check", "full": "integrity_check"}


class FileCheck(msgspec.Struct, frozen=True):
    """The result of :func:`check_file`: a problem in plain words, or the schema state."""

    path: Path
    problem: str | None
    state: SchemaState | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def read_only_uri(path: Path, immutable: bool = False) -> str:
    return path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(
    path: Path, *, no_writer: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A connection that cannot write to ``path``, creates nothing, and works in a
    read-only folder.

    A WAL database normally needs its ``-shm`` file, which a read-only connection
    creates when it is missing. When there is no ``-wal`` file, every page is in the
    main file, and if nobody can be writing (``no_writer``: we hold the folder's lock,
    or the folder is read-only) the file is opened ``immutable`` instead: read as it
    is, with no companion files made.
    """
    wal_exists = path.with_name(path.name + "-wal").exists()
    if no_writer and not wal_exists:
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout)
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        conn.close()
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if wal_exists or code not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
        # A read-only folder: no -shm can be made, and nobody can be writing there.
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout)
    return conn


@contextlib.contextmanager
def read_only_connection(path: Path, *, no_writer: bool = False) -> Iterator[sqlite3.Connection]:
    """:func:`connect_read_only`, closed on leaving."""
    conn = connect_read_only(path, no_writer=no_writer)
    try:
        yield conn
    finally:
        conn.close()


def check_file(path: Path, level: str = "quick", *, no_writer: bool = False) -> FileCheck:
    """Check ``path`` read-only: its pages, and that it is a CloseRead database.

    ``no_writer``: nobody can be writing to the file (see :func:`connect_read_only`).
    """
    if level not in CHECK_PRAGMAS:
        raise ValueError(f"check must be one of {sorted(CHECK_PRAGMAS)}, not {level!r}")
    pragma = CHECK_PRAGMAS[level]
    if not path.is_file():
        return FileCheck(path, "the file does not exist")
    short = cut_short(path)
    if short is not None:
        return FileCheck(path, "the file is empty or cut short", detail=short)
    try:
        with read_only_connection(path, no_writer=no_writer) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            if rows != ["ok"]:
                return FileCheck(path, "the file is damaged", detail="; ".join(map(str, rows)))
            state = inspect_schema(conn)
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN):
            raise
        return FileCheck(path, "the file is damaged or not a database", detail=str(error))
    if state.is_foreign:
        return FileCheck(path, "the file is not a CloseRead database", state)
    return FileCheck(path, None, state)


_HEADER = 100
_MAGIC = b"SQLite format 3\x00"


def cut_short(path: Path) -> str | None:
    """Why ``path`` is an empty or truncated database file, or ``None`` when it is not.

    The header (the first 100 bytes) gives the page size and, when its two change
    counters agree, how many pages the file has; with no ``-wal`` file beside it
    (which a restart would replay into it) the file must be at least that long.
    """
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        header = file.read(_HEADER)
    if size == 0:
        return "the file is empty (0 bytes)"
    if len(header) < _HEADER or not header.startswith(_MAGIC):
        return None  # not SQLite's: the check proper says so in its own words
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counters_agree = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if not counters_agree or pages == 0 or (wal.exists() and wal.stat().st_size > 0):
        return None
    if size < pages * page_size:
        return f"the file has {size} bytes; its header says {pages} pages of {page_size}"
    return None
