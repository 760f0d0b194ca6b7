"""The progress database's connection, shared by the store's repositories.

:class:`Database` holds the one SQLite connection of a
:class:`~closeread.core.store.store.Store` and what every repository needs around it:
one transaction per action (:meth:`Database.transaction`), the guard that turns
``sqlite3`` and OS errors into plain :class:`StorageError` messages, and rows read as
dicts. The repositories (``roster``: students, packs, settings, reader state;
``work``: attempts, scores, overrides, drafts; ``hand_ins``: imported results files;
``reports``: what the teacher's views read across a class) are plain classes that
each take it. The helpers below turn values into what is stored: times, JSON, scores.

Reading needs nothing but the ``sqlite3`` connection, and rows are read straight from
it. Writing goes through sqlite-utils (its transactions, its migrations), which wraps
the connection the first time it is needed: importing sqlite-utils takes about a tenth
of a second (it brings click, pluggy and dateutil, and looks for plugins), which the
app's start, reading where the student was, does not wait for.
"""

from __future__ import annotations

import contextlib
import json
import math
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from closeread.core.store import backups
from closeread.core.store.errors import (
    DatabaseCorrupt,
    NotFound,
    ReadOnlyFolder,
    StorageError,
    corrupt,
    translate,
)

if TYPE_CHECKING:
    import sqlite_utils


def load_writer() -> None:
    """Load sqlite-utils and find its plugins now (on any thread), so that a store's first
    write, which wraps the connection in it, takes a millisecond, not a tenth of a second."""
    import sqlite_utils

    sqlite_utils.Database(memory=True).close()  # (finding the plugins is part of making one)


class Database:
    """The connection to ``path`` (none until :meth:`attach`, none again after :meth:`close`).

    ``read_only``: every :meth:`transaction` is refused.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.data_dir = path.parent
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = None
        self._db: sqlite_utils.Database | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The ``sqlite3`` connection, for reading and for setting the file up."""
        if self._conn is None:
            raise StorageError("The progress database is closed.")
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as sqlite-utils wraps it (made the first time it is asked for)."""
        conn = self.conn
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(conn)
        return self._db

    @property
    def closed(self) -> bool:
        return self._conn is None

    def attach(self, conn: sqlite3.Connection) -> None:
        """Use ``conn`` from now on (the store opens it, checked and set up)."""
        self._conn, self._db = conn, None

    def close(self) -> None:
        """Close the connection (checkpointing the WAL); closing twice does nothing."""
        conn, self._conn, self._db = self._conn, None, None
        if conn is not None:
            conn.close()

    # -- transactions and errors -----------------------------------------------------

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn sqlite3 and OS errors into plain :class:`StorageError` messages."""
        try:
            yield
        except StorageError:
            raise
        except (sqlite3.Error, OSError) as error:
            translated = translate(error, self.path)
            if isinstance(translated, DatabaseCorrupt):
                translated = self.corrupt(translated.detail)
            raise translated from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, committed on leaving: every write of one action, or none.

        It takes the database's write lock as it begins (``BEGIN IMMEDIATE``). With a
        plain ``BEGIN`` the lock comes at the first write, after the reads; if another
        connection wrote in between (the worker that saves hand-ins, the window), SQLite
        fails the transaction at once instead of letting it wait its turn. Inside
        another transaction it is a savepoint of that one.
        """
        with self.guard():
            self.check_writable()
            db = self.db
            if db.conn.in_transaction:
                with db.atomic():
                    yield db
                return
            db.conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for the lock
            try:
                yield db
                db.conn.execute("COMMIT")
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")
                raise

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyFolder(
                "This progress database was opened for reading only; nothing can be saved."
            )

    def corrupt(self, detail: str) -> DatabaseCorrupt:
        """The error for a damaged file, naming the backups there are to restore."""
        error = corrupt(self.path, detail)
        error.backups = tuple(backups.list_backups(self.data_dir))
        error.newest_good_backup = backups.newest_good_backup(self.data_dir)
        if error.newest_good_backup is None:
            error.message = error.message.replace(
                "You can restore the newest backup.", "There is no backup to restore."
            )
        return error

    # -- reading -----------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.guard():
            cursor = self.conn.execute(sql, list(params))
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def iter_rows(
        self, sql: str, params: Sequence[Any] = (), batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        with self.guard():
            cursor = self.conn.execute(sql, list(params))
            names = [column[0] for column in cursor.description]
            while chunk := cursor.fetchmany(batch):
                yield from (dict(zip(names, row, strict=True)) for row in chunk)


def require_student(db: sqlite_utils.Database, student_id: int) -> None:
    """Inside a transaction: refuse work for a student the database does not know."""
    if db.execute("SELECT 1 FROM students WHERE id = ?", [student_id]).fetchone() is None:
        raise NotFound(f"There is no student number {student_id} in this database.")


def now() -> str:
    """The current time as stored: ISO 8601, UTC, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def timestamp(value: datetime | str | None, default_now: bool = False) -> str | None:
    """A time as stored; a naive ``datetime`` is taken as local time."""
    if value is None:
        return now() if default_now else None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="milliseconds")
    text = str(value).strip()
    datetime.fromisoformat(text)  # raises ValueError for anything that is not a time
    return text


# The one canonical JSON: keys sorted, no spaces, non-ASCII as UTF-8, no NaN, so a value
# has one text (what is saved, what identifies an answer, what a results file's checksum
# covers). Made once: json.dumps with options builds a new encoder at every call, which
# was most of the time serialising a hand-in's many small answers took.
CANONICAL = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def to_json(value: Mapping[str, Any] | None, what: str) -> str | None:
    """Compact, deterministic JSON of a JSON object (an answer, a score's detail)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a JSON object (a dict), not {type(value).__name__}")
    try:
        return CANONICAL.encode(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{what} cannot be saved as JSON: {error}") from None


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def fraction(value: float | None, what: str) -> float | None:
    """A score: a finite number from 0 to 1."""
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise ValueError(f"{what} must be a fraction from 0 to 1, not {value!r}")
    return number


def required_text(value: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValueError(f"{what} must not be empty")
    return text


def optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None
