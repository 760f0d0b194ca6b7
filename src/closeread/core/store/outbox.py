"""The xAPI statements waiting in the progress database for a Learning Record Store.

``store.outbox`` of a :class:`~closeread.core.store.store.Store`. In a data folder where
the school's xAPI settings are set (:mod:`closeread.core.xapi.profile`), every write that
saves work queues its statements in the same transaction: a checked attempt (answered),
the lesson it completes (completed, once per student, pack version and lesson) and a
teacher's score (scored). Each statement is checked against the xAPI rules first; one
that breaks them is kept as ``invalid`` with the reason, and never sent: saving the
student's answer never fails because of its statement.

A statement's id is made when it is queued and kept, so sending it again (after a
sender was killed between the LRS storing a batch and this database hearing of it)
cannot make a second copy: the LRS knows the id. Sending is
:mod:`closeread.core.lrs.send`; the methods below are what it reads and marks, each
write one transaction, through the store's connection or one of its own
(:func:`own_outbox`, for a thread that sends while the app goes on saving).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from closeread.core.counting import counted
from closeread.core.pack.model import Pack
from closeread.core.records import NewAttempt, PackIdentity, PackRef
from closeread.core.store.database import Database, now, timestamp

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_INSERT = (
    "INSERT INTO xapi_queue (statement_id, statement, verb, student_id, attempt_id, pack_id, "
    "pack_version, lesson_id, state, reason, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

if TYPE_CHECKING:  # core.xapi is loaded when the settings are first read
    import sqlite_utils

    from closeread.core.xapi.profile import XapiSettings
    from closeread.core.xapi.statements import Maker


class Queued(msgspec.Struct, frozen=True):
    """A statement to send: its place in the queue, its id and its JSON text."""

    seq: int
    statement_id: str
    text: str


class QueueState(msgspec.Struct, frozen=True):
    """How many statements are in each state; the reasons of the refused and invalid."""

    pending: int = 0
    sent: int = 0
    refused: int = 0
    invalid: int = 0
    reasons: tuple[tuple[str, int], ...] = ()  # (reason, how many), most frequent first


class Outbox:
    """The queue of statements, in ``database``."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- queuing, inside the transaction that saves the work ----------------------------

    def queue_attempts(
        self,
        db: sqlite_utils.Database,
        student_id: int,
        pack: PackIdentity,
        attempts: Sequence[tuple[int, NewAttempt]],
        *,
        model: Pack | None = None,
    ) -> int:
        """Queue the statements of attempts just saved (``(attempt id, attempt)``) under
        ``pack``, and of the lessons they complete; ``model`` is the pack that scored them
        when ``pack`` is only its identity. Returns how many were queued."""
        settings = settings_in(db)
        if settings is None or not attempts:
            return 0
        from closeread.core.xapi.statements import AttemptFacts, Learner, Maker

        row = db.execute(
            "SELECT name, class_name, student_number FROM students WHERE id = ?", [student_id]
        ).fetchone()
        maker = Maker(settings, Learner(student_id, *row), pack, model)
        stamp = now()
        rows = []
        lessons: dict[str, None] = {}
        for attempt_id, new in attempts:
            facts = AttemptFacts(
                new.lesson_id, new.exercise_id, new.attempt_no, new.answer,
                timestamp(new.submitted_at, default_now=True) or stamp,
                timestamp(new.started_at), new.score, _status(new.detail), int(new.hints_used),
            )  # fmt: skip
            statement = maker.answered(facts)
            rows.append(_row(statement, "answered", student_id, attempt_id, pack, new.lesson_id))
            lessons[new.lesson_id] = None
        if maker.model is not None:
            for lesson_id in lessons:
                done = _completed(db, maker, student_id, lesson_id)
                if done is not None:
                    rows.append(_row(done, "completed", student_id, None, pack, lesson_id))
        db.conn.executemany(_INSERT, [(*row, stamp) for row in rows])
        return len(rows)

    def queue_scores(
        self,
        db: sqlite_utils.Database,
        scores: Sequence[tuple[int, float]],
        *,
        overridden_too: bool,
    ) -> int:
        """Queue a scored statement for each ``(attempt id, new score)`` whose attempt has
        an answered statement here; ``overridden_too=False`` leaves out attempts whose
        teacher's override counts instead of the new (derived) score."""
        if not scores or settings_in(db) is None:
            return 0
        from closeread.core.xapi.statements import scored

        stamp = now()
        wanted = dict(scores)
        rows = []
        for ids in _chunks(list(wanted), 500):
            marks = ",".join("?" * len(ids))
            found = db.execute(
                "SELECT q.attempt_id, q.statement, q.student_id, q.pack_id, q.pack_version, "
                "q.lesson_id, a.override_score FROM xapi_queue q "
                f"JOIN attempts a ON a.id = q.attempt_id WHERE q.attempt_id IN ({marks}) "
                "AND q.verb = 'answered' AND q.state <> 'invalid'",
                ids,
            ).fetchall()
            for attempt_id, text, student_id, pack_id, version, lesson_id, override in found:
                if override is not None and not overridden_too:
                    continue
                statement = scored(json.loads(text), wanted[attempt_id], stamp)
                identity = PackRef(pack_id, version, "")
                rows.append(_row(statement, "scored", student_id, attempt_id, identity, lesson_id))
        db.conn.executemany(_INSERT, [(*row, stamp) for row in rows])
        return len(rows)

    # -- what the sender reads and marks -------------------------------------------------

    def pending(self, limit: int, after: int = 0) -> list[Queued]:
        """Up to ``limit`` pending statements after queue place ``after``, in order."""
        rows = self.database.rows(
            "SELECT seq, statement_id, statement FROM xapi_queue "
            "WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?",
            [after, limit],
        )
        return [Queued(row["seq"], row["statement_id"], row["statement"]) for row in rows]

    def mark_sent(self, seqs: Sequence[int], lrs: str) -> None:
        """The LRS holds these statements (stored now, or known already by their ids)."""
        stamp = now()
        with self.database.transaction() as db:
            db.conn.executemany(
                "UPDATE xapi_queue SET state = 'sent', sent_at = ?, lrs = ?, reason = '', "
                "tries = tries + 1 WHERE seq = ? AND state = 'pending'",
                [(stamp, lrs, seq) for seq in seqs],
            )

    def mark_refused(self, seq: int, reason: str, lrs: str) -> None:
        """The LRS refused this statement for ``reason``; it is not sent again."""
        with self.database.transaction() as db:
            db.execute(
                "UPDATE xapi_queue SET state = 'refused', reason = ?, lrs = ?, "
                "tries = tries + 1 WHERE seq = ? AND state = 'pending'",
                [reason, lrs, seq],
            )

    def retry_refused(self) -> int:
        """Put every refused statement back in the queue (after the LRS was fixed)."""
        with self.database.transaction() as db:
            cursor = db.execute(
                "UPDATE xapi_queue SET state = 'pending', reason = '' WHERE state = 'refused'"
            )
        return cursor.rowcount

    def state(self) -> QueueState:
        counts = {
            row["state"]: row["n"]
            for row in self.database.rows(
                "SELECT state, count(*) AS n FROM xapi_queue GROUP BY state"
            )
        }
        reasons = self.database.rows(
            "SELECT reason, count(*) AS n FROM xapi_queue WHERE state IN ('refused', 'invalid') "
            "GROUP BY reason ORDER BY n DESC, reason"
        )
        return QueueState(
            counts.get("pending", 0), counts.get("sent", 0), counts.get("refused", 0),
            counts.get("invalid", 0), tuple((row["reason"], row["n"]) for row in reasons),
        )  # fmt: skip

    def statements(self, state: str | None = None) -> list[dict[str, Any]]:
        """The queued statements (of one state), in queue order, as JSON objects."""
        where, params = ("WHERE state = ?", [state]) if state else ("", [])
        rows = self.database.rows(f"SELECT statement FROM xapi_queue {where} ORDER BY seq", params)
        return [json.loads(row["statement"]) for row in rows]

    def settings(self) -> XapiSettings | None:
        with self.database.guard():
            return settings_in(self.database.db)

    def configure(self, base_iri: str, home_page: str) -> XapiSettings:
        """Set the school's settings: from now on, saved work queues its statements.
        Raises :class:`~closeread.core.xapi.profile.SettingsError` for a bad address."""
        from closeread.core.xapi.profile import BASE_IRI_SETTING, HOME_PAGE_SETTING, check_settings

        values = dict(
            zip(
                (BASE_IRI_SETTING, HOME_PAGE_SETTING),
                check_settings(base_iri, home_page),
                strict=True,
            )
        )
        with self.database.transaction() as db:
            db.conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(key, json.dumps(value)) for key, value in values.items()],
            )
            settings = settings_in(db)
        assert settings is not None  # both were just set
        return settings


@contextlib.contextmanager
def own_outbox(path: Path, timeout: float = 5.0) -> Iterator[Outbox]:
    """An :class:`Outbox` over a connection of its own to the database at ``path``, for
    the thread that opens it (the store's connection belongs to the GUI thread)."""
    database = Database(path)
    with database.guard():
        conn = sqlite3.connect(path, timeout=timeout)
        conn.execute("PRAGMA synchronous = FULL")
        database.attach(conn)
    try:
        yield Outbox(database)
    finally:
        database.close()


def settings_in(db: sqlite_utils.Database) -> XapiSettings | None:
    """The school's xAPI settings in this database, or None: no statements are queued."""
    from closeread.core.xapi.profile import SETTING_KEYS, read_settings

    marks = ",".join("?" * len(SETTING_KEYS))
    rows = db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", SETTING_KEYS)
    return read_settings({key: json.loads(value) for key, value in rows})


def _row(
    statement: dict[str, Any],
    verb: str,
    student_id: int,
    attempt_id: int | None,
    pack: PackIdentity,
    lesson_id: str | None,
) -> tuple[Any, ...]:
    from closeread.core.xapi.validate import StatementInvalid, validate_statement

    state, reason = "pending", ""
    try:
        validate_statement(statement)
        text = _ENCODER.encode(statement)
    except (StatementInvalid, TypeError, ValueError) as error:
        state, reason = "invalid", f"not valid xAPI: {error}"
        text = json.dumps(statement, ensure_ascii=False, default=repr)
    return (
        statement["id"], text, verb, student_id, attempt_id, pack.id, pack.version, lesson_id,
        state, reason,
    )  # fmt: skip


def _completed(
    db: sqlite_utils.Database, maker: Maker, student_id: int, lesson_id: str
) -> dict[str, Any] | None:
    """The completed statement of a lesson that every exercise of now has an attempt at,
    unless one was queued before; None otherwise."""
    pack, model = maker.pack, maker.model
    assert model is not None
    lesson = next((lesson for lesson in model.lessons if lesson.id == lesson_id), None)
    if lesson is None or not lesson.exercises:
        return None
    key = [student_id, pack.id, pack.version, lesson_id]
    where = "student_id = ? AND pack_id = ? AND pack_version = ? AND lesson_id = ?"
    if db.execute(f"SELECT 1 FROM xapi_queue WHERE verb = 'completed' AND {where}", key).fetchone():
        return None
    made: dict[str, list[tuple[int, int, float | None, str]]] = {}
    for attempt_id, exercise_id, number, score, submitted in db.execute(
        "SELECT id, exercise_id, attempt_no, coalesce(override_score, score), submitted_at "
        f"FROM attempts WHERE {where} ORDER BY attempt_no, id",
        key,
    ):
        made.setdefault(exercise_id, []).append((attempt_id, number, score, submitted))
    if any(exercise.id not in made for exercise in lesson.exercises):
        return None
    earned: float | None = 0.0
    for exercise in lesson.exercises:
        chosen = counted(made[exercise.id], exercise.counts, lambda a: a[2], exercise.attempts)
        if chosen is None or chosen[2] is None or earned is None:
            earned = None
        else:
            earned += chosen[2] * exercise.points
    at = max(min(attempt[3] for attempt in made[exercise.id]) for exercise in lesson.exercises)
    possible = sum(exercise.points for exercise in lesson.exercises)
    return maker.completed(lesson_id, at, earned, possible, len(lesson.exercises))


def _status(detail: object) -> str | None:
    status = detail.get("status") if isinstance(detail, dict) else None
    return status if isinstance(status, str) else None


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
