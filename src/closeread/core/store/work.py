"""The students' work in the progress database: attempts with their derived scores,
teacher overrides, autosaved drafts, and a student's progress in a pack read back from
them. ``store.work`` of a :class:`~closeread.core.store.store.Store`.

While teacher mode is open, ``signer`` holds the teacher's key and every override is
signed with it (:mod:`closeread.core.store.signed` says why and how they are checked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from closeread.core.records import (
    Attempt,
    Draft,
    NewAttempt,
    Override,
    PackIdentity,
    Progress,
    ScoreRecord,
)
from closeread.core.store.database import (
    Database,
    fraction,
    from_json,
    now,
    require_student,
    timestamp,
    to_json,
)
from closeread.core.store.errors import NotFound
from closeread.core.store.outbox import Outbox
from closeread.core.store.roster import Roster
from closeread.core.store.signed import TeacherKey, authentic_ids, levels_from, levels_text

if TYPE_CHECKING:
    import sqlite_utils

ATTEMPTS = """
    SELECT a.id, a.student_id, a.pack_id, a.pack_version, a.content_hash, a.lesson_id,
           a.exercise_id, a.attempt_no, a.answer, a.hints_used, a.started_at,
           a.submitted_at, a.source, a.score, s.detail, s.scoring_version,
           a.override_score, o.comment AS override_comment, o.levels AS override_levels
    FROM attempts a
    LEFT JOIN scores s ON s.id = (SELECT max(id) FROM scores WHERE attempt_id = a.id)
    LEFT JOIN overrides o ON o.id = (SELECT max(id) FROM overrides WHERE attempt_id = a.id)
"""


class Work:
    """What students did, each write one transaction; reader state is the roster's."""

    def __init__(self, database: Database, roster: Roster, outbox: Outbox) -> None:
        self.database = database
        self.roster = roster
        self.outbox = outbox  # queues each attempt's xAPI statements in its transaction
        self.signer: TeacherKey | None = None  # the teacher's key while teacher mode is open

    # -- attempts and scores -----------------------------------------------------------

    def record_attempt(
        self,
        student_id: int,
        pack: PackIdentity,
        lesson_id: str,
        exercise_id: str,
        answer: Mapping[str, Any],
        *,
        score: float | None = None,
        scoring_version: str = "",
        detail: Mapping[str, Any] | None = None,
        hints_used: int = 0,
        started_at: datetime | str | None = None,
        submitted_at: datetime | str | None = None,
        keep_draft: bool = False,
    ) -> int:
        """Save a checked answer and its score in one transaction; return the attempt id.

        The attempt is numbered after the student's earlier ones at this exercise. It
        starts when its draft did unless ``started_at`` says otherwise; the draft is
        then removed (``keep_draft`` keeps it).
        """
        new = NewAttempt(
            lesson_id, exercise_id, answer, attempt_no=0,
            submitted_at=timestamp(submitted_at, default_now=True) or "",
            started_at=timestamp(started_at), hints_used=hints_used, score=score, detail=detail,
        )  # fmt: skip
        with self.database.transaction() as db:
            require_student(db, student_id)
            key = [student_id, pack.id, lesson_id, exercise_id]
            draft_where = "student_id = ? AND pack_id = ? AND lesson_id = ? AND exercise_id = ?"
            if new.started_at is None:
                row = db.execute(f"SELECT started_at FROM drafts WHERE {draft_where}", key)
                new = new._replace(started_at=(row.fetchone() or [None])[0])
            number = db.execute(
                f"SELECT coalesce(max(attempt_no), 0) + 1 FROM attempts WHERE {draft_where}", key
            ).fetchone()[0]
            new = new._replace(attempt_no=number)
            attempt_id = insert_attempt(db, student_id, pack, pack, new, "app", scoring_version)
            self.outbox.queue_attempts(db, student_id, pack, [(attempt_id, new)])
            if not keep_draft:
                db.execute(f"DELETE FROM drafts WHERE {draft_where}", key)
        return attempt_id

    def get_attempt(self, attempt_id: int) -> Attempt:
        rows = self.database.rows(f"{ATTEMPTS} WHERE a.id = ?", [attempt_id])
        if not rows:
            raise NotFound(f"There is no attempt number {attempt_id} in this database.")
        return attempt_of(rows[0])

    def list_attempts(
        self,
        student_id: int | None = None,
        pack_id: str | None = None,
        lesson_id: str | None = None,
        exercise_id: str | None = None,
    ) -> list[Attempt]:
        """Attempts matching every filter given, each with its current score and override."""
        filters = {
            "a.student_id": student_id,
            "a.pack_id": pack_id,
            "a.lesson_id": lesson_id,
            "a.exercise_id": exercise_id,
        }
        given = {column: value for column, value in filters.items() if value is not None}
        where = " AND ".join(f"{column} = ?" for column in given) or "1"
        order = "a.student_id, a.pack_id, a.lesson_id, a.exercise_id, a.attempt_no, a.id"
        rows = self.database.rows(
            f"{ATTEMPTS} WHERE {where} ORDER BY {order}", list(given.values())
        )
        return [attempt_of(row) for row in rows]

    def attempts_for_rescoring(self, pack_id: str) -> list[Attempt]:
        """Every attempt at a pack, oldest first, to score again after its key changed."""
        rows = self.database.rows(f"{ATTEMPTS} WHERE a.pack_id = ? ORDER BY a.id", [pack_id])
        return [attempt_of(row) for row in rows]

    def add_scores(
        self,
        scores: Iterable[tuple[int, float, Mapping[str, Any] | None]],
        *,
        pack: PackIdentity,
        scoring_version: str,
    ) -> int:
        """Record new scores ``(attempt id, score, detail)`` in one transaction.

        Earlier scores stay as history; each new one becomes its attempt's current
        score. ``pack`` is the pack (version, hash) whose key produced them.
        """
        rows = [
            (attempt_id, fraction(score, "A score"), to_json(detail, "A score's detail"))
            for attempt_id, score, detail in scores
        ]
        stamp = now()
        with self.database.transaction() as db:
            cursor = db.conn.executemany(
                "INSERT INTO scores (attempt_id, score, detail, scoring_version, pack_version, "
                "content_hash, scored_at) SELECT ?, ?, ?, ?, ?, ?, ? "
                "WHERE EXISTS (SELECT 1 FROM attempts WHERE id = ?1)",
                [(*row, scoring_version, pack.version, pack.content_hash, stamp) for row in rows],
            )
            if cursor.rowcount != len(rows):
                known = {r[0] for r in db.execute("SELECT id FROM attempts").fetchall()}
                missing = sorted({row[0] for row in rows} - known)
                raise NotFound(f"There are no attempts numbered {missing}; no score was saved.")
            new = [(row[0], row[1]) for row in rows if row[1] is not None]
            self.outbox.queue_scores(db, new, overridden_too=False)
        return len(rows)

    def score_history(self, attempt_id: int) -> list[ScoreRecord]:
        """Every score an attempt was given, oldest first; the last is current."""
        rows = self.database.rows(
            "SELECT * FROM scores WHERE attempt_id = ? ORDER BY id", [attempt_id]
        )
        return [ScoreRecord(**{**row, "detail": from_json(row["detail"])}) for row in rows]

    # -- teacher overrides -------------------------------------------------------------

    def set_override(
        self, attempt_id: int, score: float, comment: str = "", levels: Sequence[int] | None = None
    ) -> None:
        """The teacher's score for an attempt, which counts instead of the derived one;
        ``levels`` the level (0 to 3) they gave each criterion of a writing task."""
        self._add_override(attempt_id, fraction(score, "An override"), comment, levels_text(levels))

    def clear_override(self, attempt_id: int, comment: str = "") -> None:
        """Withdraw the teacher's override; the derived score counts again."""
        self._add_override(attempt_id, None, comment)

    def override_history(self, attempt_id: int) -> list[Override]:
        """Oldest first; ``authentic`` says whether the teacher made each (None: no key)."""
        sql = "SELECT id, attempt_id, score, comment, created_at, levels FROM overrides"
        rows = self.database.rows(f"{sql} WHERE attempt_id = ? ORDER BY id", [attempt_id])
        signer = self.signer
        made = None if signer is None else authentic_ids(self.database, signer)
        return [
            Override(
                row["attempt_id"], row["score"], row["comment"], row["created_at"],
                authentic=None if made is None else row["id"] in made,
                levels=levels_from(row["levels"]),
            )
            for row in rows
        ]  # fmt: skip

    def _add_override(
        self, attempt_id: int, score: float | None, comment: str, levels: str | None = None
    ) -> None:
        with self.database.transaction() as db:
            if db.execute("SELECT 1 FROM attempts WHERE id = ?", [attempt_id]).fetchone() is None:
                raise NotFound(f"There is no attempt number {attempt_id} in this database.")
            new_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM overrides").fetchone()[0]
            text, at = (comment or "").strip(), now()
            signer = self.signer
            mac = (
                None if signer is None else signer.sign(new_id, attempt_id, score, text, at, levels)
            )
            db.execute(
                "INSERT INTO overrides (id, attempt_id, score, comment, created_at, levels, mac) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [new_id, attempt_id, score, text, at, levels, mac],
            )
            if score is not None:
                self.outbox.queue_scores(db, [(attempt_id, score)], overridden_too=True)

    # -- drafts ------------------------------------------------------------------------

    def save_draft(
        self,
        student_id: int,
        pack_id: str,
        lesson_id: str,
        exercise_id: str,
        answer: Mapping[str, Any],
    ) -> None:
        """Autosave the answer being written (one draft per student and exercise)."""
        text = to_json(answer, "The draft")
        stamp = now()
        with self.database.transaction() as db:
            require_student(db, student_id)
            db.execute(
                "INSERT INTO drafts (student_id, pack_id, lesson_id, exercise_id, answer, "
                "started_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                "(student_id, pack_id, lesson_id, exercise_id) DO UPDATE SET "
                "answer = excluded.answer, saved_at = excluded.saved_at",
                [student_id, pack_id, lesson_id, exercise_id, text, stamp, stamp],
            )

    def load_draft(
        self, student_id: int, pack_id: str, lesson_id: str, exercise_id: str
    ) -> Draft | None:
        rows = self.database.rows(
            "SELECT * FROM drafts WHERE student_id = ? AND pack_id = ? AND lesson_id = ? "
            "AND exercise_id = ?",
            [student_id, pack_id, lesson_id, exercise_id],
        )
        return draft_of(rows[0]) if rows else None

    def delete_draft(self, student_id: int, pack_id: str, lesson_id: str, exercise_id: str) -> None:
        with self.database.transaction() as db:
            db.execute(
                "DELETE FROM drafts WHERE student_id = ? AND pack_id = ? AND lesson_id = ? "
                "AND exercise_id = ?",
                [student_id, pack_id, lesson_id, exercise_id],
            )

    # -- what the app reads -------------------------------------------------------------

    def load_progress(self, student_id: int, pack: str | PackIdentity) -> Progress:
        """A student's attempts, drafts and reading place in one pack (a pack or its id)."""
        pack_id = pack if isinstance(pack, str) else pack.id
        order = "a.lesson_id, a.exercise_id, a.attempt_no, a.id"
        rows = self.database.rows(
            f"{ATTEMPTS} WHERE a.student_id = ? AND a.pack_id = ? ORDER BY {order}",
            [student_id, pack_id],
        )
        attempts: dict[tuple[str, str], list[Attempt]] = {}
        for row in rows:
            attempt = attempt_of(row)
            attempts.setdefault((attempt.lesson_id, attempt.exercise_id), []).append(attempt)
        drafts = {
            (draft.lesson_id, draft.exercise_id): draft
            for draft in map(
                draft_of,
                self.database.rows(
                    "SELECT * FROM drafts WHERE student_id = ? AND pack_id = ?",
                    [student_id, pack_id],
                ),
            )
        }
        return Progress(
            student_id=student_id,
            pack_id=pack_id,
            attempts={key: tuple(value) for key, value in attempts.items()},
            drafts=drafts,
            reader=self.roster.load_reader_state(student_id, pack_id),
        )


def insert_attempt(
    db: sqlite_utils.Database,
    student_id: int,
    pack: PackIdentity,
    key: PackIdentity,
    new: NewAttempt,
    source: str,
    scoring_version: str,
) -> int:
    score = fraction(new.score, "A score")
    row = [
        student_id, pack.id, pack.version, pack.content_hash, new.lesson_id, new.exercise_id,
        new.attempt_no, to_json(new.answer, "The answer"), int(new.hints_used),
        timestamp(new.started_at), timestamp(new.submitted_at, default_now=True), source,
    ]  # fmt: skip
    cursor = db.execute(
        "INSERT INTO attempts (student_id, pack_id, pack_version, content_hash, lesson_id, "
        "exercise_id, attempt_no, answer, hints_used, started_at, submitted_at, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row,
    )
    attempt_id = cursor.lastrowid
    assert attempt_id is not None  # set by the INSERT
    if score is not None:
        db.execute(
            "INSERT INTO scores (attempt_id, score, detail, scoring_version, pack_version, "
            "content_hash, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                attempt_id, score, to_json(new.detail, "A score's detail"), scoring_version,
                key.version, key.content_hash, now(),
            ],
        )  # fmt: skip
    return attempt_id


def attempt_of(row: dict[str, Any]) -> Attempt:
    return Attempt(
        **{
            **row,
            "answer": from_json(row["answer"]),
            "detail": from_json(row["detail"]),
            "override_levels": levels_from(row.get("override_levels")),
        }
    )


def draft_of(row: dict[str, Any]) -> Draft:
    return Draft(**{**row, "answer": from_json(row["answer"])})
