"""Results files handed in and imported into the progress database: a hand-in saved
whole (its student, its attempts, its record) in one transaction, and the record of the
files imported. ``store.hand_ins`` of a :class:`~closeread.core.store.store.Store`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from closeread.core.pack.model import Pack
from closeread.core.records import NewAttempt, PackIdentity, student_label
from closeread.core.store.database import (
    Database,
    fraction,
    now,
    optional_text,
    require_student,
    required_text,
    timestamp,
    to_json,
)
from closeread.core.store.hand_in_rules import (
    Group,
    Identity,
    StudentRow,
    keep_within_limits,
    same_student,
)
from closeread.core.store.outbox import Outbox
from closeread.core.store.work import insert_attempt

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class HandInStudent:
    """Who a results file says handed it in."""

    name: str
    class_name: str | None = None
    student_number: str | None = None

    @property
    def label(self) -> str:
        return student_label(self.name, self.class_name, self.student_number)


@dataclass(frozen=True)
class HandInSaved:
    """What :meth:`HandIns.import_hand_in` saved."""

    student_id: int
    student_created: bool
    attempt_ids: tuple[int, ...]  # the attempts added
    duplicates: int  # attempts already in the database, left alone
    refused: tuple[tuple[Group, int], ...] = ()  # attempts over the limit, per exercise


@dataclass(frozen=True)
class HandInFile:
    """An imported results file as its record keeps it."""

    student_id: int
    file_name: str
    file_hash: str
    imported_at: str
    origin: str | None  # "<device>:<profile>" the file named, if it named one
    handed_in_as: HandInStudent | None  # who the file said handed it in (if recorded)
    clash: bool  # its attempt numbers collided with attempts already here
    attempts: int  # attempts saved from it
    refused: int  # attempts refused over an exercise's limit


class HandIns:
    """Imported results files; each import is one transaction."""

    def __init__(self, database: Database, outbox: Outbox) -> None:
        self.database = database
        self.outbox = outbox  # queues the attempts' xAPI statements in the import's transaction

    def has_import(self, file_hash: str) -> bool:
        return bool(self.database.rows("SELECT 1 FROM imports WHERE file_hash = ?", [file_hash]))

    def record_import(
        self,
        file_hash: str,
        file_name: str,
        student_id: int,
        pack: PackIdentity,
        attempts: Sequence[NewAttempt],
        *,
        key: PackIdentity | None = None,
        scoring_version: str = "",
    ) -> list[int] | None:
        """Save a results file's attempts in one transaction; ``None`` if it was imported.

        ``pack`` is the pack the file names (the student's copy); ``key`` the pack whose
        key scored the attempts here (defaults to ``pack``).
        """
        source = f"import:{file_hash}"
        with self.database.transaction() as db:
            require_student(db, student_id)
            seen = db.execute("SELECT 1 FROM imports WHERE file_hash = ?", [file_hash])
            if seen.fetchone() is not None:
                return None
            db.execute(
                "INSERT INTO imports (file_hash, file_name, student_id, attempt_count, "
                "imported_at) VALUES (?, ?, ?, ?, ?)",
                [file_hash, file_name, student_id, len(attempts), now()],
            )
            ids = [
                insert_attempt(db, student_id, pack, key or pack, new, source, scoring_version)
                for new in attempts
            ]
            model = key if isinstance(key, Pack) else None
            self.outbox.queue_attempts(
                db, student_id, pack, list(zip(ids, attempts, strict=True)), model=model
            )
            return ids

    def import_hand_in(
        self,
        file_hash: str,
        file_name: str,
        student: HandInStudent,
        pack: PackIdentity,
        attempts: Sequence[NewAttempt],
        *,
        key: PackIdentity | None = None,
        scoring_version: str = "",
        origin: str = "",
        limits: Mapping[Group, int] | None = None,
        pending: Iterable[Identity] = (),
    ) -> HandInSaved | None:
        """Save a results file in one transaction; ``None`` when it was imported before.

        The student is found by :func:`~closeread.core.store.hand_in_rules.same_student` (the
        school id when the file has one, else the name and class), or made. An attempt
        the database holds already for this student and pack (same exercise, submission
        time and answer, whatever file brought it) is not added again. The others count
        against each exercise's allowance (``limits``) together with every attempt the
        student has here, from any file, profile or this computer; those beyond it are
        not saved, and are counted in ``refused``
        (:func:`~closeread.core.store.hand_in_rules.keep_within_limits`; ``pending`` are the
        attempts of files later in the same import). The file's record keeps its pack,
        ``origin`` (the profile that made it), the student it names, how many attempts
        were refused, and whether its attempt numbers collide with attempts here (only
        another profile numbers them so). ``pack`` names the pack the attempts are
        saved under; ``key`` the pack whose key scored them.
        """
        name = required_text(student.name, "A student's name")
        class_name = optional_text(student.class_name)
        number = optional_text(student.student_number)
        source = f"import:{file_hash}"
        with self.database.transaction() as db:
            seen = db.execute("SELECT 1 FROM imports WHERE file_hash = ?", [file_hash])
            if seen.fetchone() is not None:
                return None
            rows = db.execute("SELECT id, name, class_name, student_number FROM students")
            student_id = same_student(map(StudentRow._make, rows), name, class_name, number)
            created = student_id is None
            if student_id is None:
                student_id = db.execute(
                    "INSERT INTO students (name, class_name, student_number, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [name, class_name, number, now()],
                ).lastrowid
                assert student_id is not None  # set by the INSERT
            known: set[Identity] = set()
            used: Counter[Group] = Counter()
            numbers: set[tuple[str, str, int]] = set()
            for lesson_id, exercise_id, attempt_no, submitted, answer in db.execute(
                "SELECT lesson_id, exercise_id, attempt_no, submitted_at, answer FROM attempts "
                "WHERE student_id = ? AND pack_id = ?",
                [student_id, pack.id],
            ):
                known.add(Identity(lesson_id, exercise_id, submitted, answer))
                used[(lesson_id, exercise_id)] += 1
                numbers.add((lesson_id, exercise_id, attempt_no))
            fresh: list[NewAttempt] = []
            identities: list[Identity] = []
            for new in attempts:
                identity = identity_of(new)
                if identity not in known:
                    known.add(identity)
                    fresh.append(new)
                    identities.append(identity)
            clash = any((a.lesson_id, a.exercise_id, a.attempt_no) in numbers for a in fresh)
            later = [attempt for attempt in pending if attempt not in known]  # not here yet
            kept, refused = keep_within_limits(identities, used, limits or {}, later)
            saved = [
                (new, identity.answer, identity.submitted_at)
                for new, identity, keep in zip(fresh, identities, kept, strict=True)
                if keep
            ]
            stated = {"name": name, "class": class_name, "id": number}
            db.execute(
                "INSERT INTO imports (file_hash, file_name, student_id, attempt_count, "
                "imported_at, pack_id, origin, handed_in_as, clash, refused) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [file_hash, file_name, student_id, len(saved), now(), pack.id, origin or None,
                 to_json(stated, "The student"), int(clash), sum(refused.values())],
            )  # fmt: skip
            ids = self._insert_attempts(
                db, student_id, pack, key or pack, saved, source, scoring_version
            )
        return HandInSaved(
            student_id, created, ids, len(attempts) - len(fresh), tuple(sorted(refused.items()))
        )

    def hand_in_files(self, pack_id: str) -> list[HandInFile]:
        """Every results file imported for a pack, by student, oldest first."""
        rows = self.database.rows(
            "SELECT student_id, file_name, file_hash, imported_at, origin, handed_in_as, "
            "clash, attempt_count, refused FROM imports WHERE pack_id = ? "
            "ORDER BY student_id, imported_at, rowid",
            [pack_id],
        )
        return [_hand_in_file(row) for row in rows]

    def _insert_attempts(
        self,
        db: sqlite_utils.Database,
        student_id: int,
        pack: PackIdentity,
        key: PackIdentity,
        fresh: Sequence[tuple[NewAttempt, str | None, str | None]],
        source: str,
        scoring_version: str,
    ) -> tuple[int, ...]:
        """Insert attempts and their scores in bulk, each attempt born with its score.

        Saved one by one, an attempt's summary row (``exercise_results``) would be
        refreshed twice: when the attempt is inserted, and again when its score's
        trigger copies the score onto it. Here the ids are chosen first, the score rows
        go in before their attempts (foreign keys checked at commit), and each attempt is
        inserted with its current score already in place: one refresh, and the same rows
        in the end. The score's trigger would find no attempt to update, so it is left
        out with the refresh's (``_QUIET``).
        """
        first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM attempts").fetchone()[0]
        ids = tuple(range(first, first + len(fresh)))
        stamp = now()
        details: dict[int, str | None] = {}  # attempts scored alike share one detail object

        def detail(new: NewAttempt) -> str | None:
            if id(new.detail) not in details:
                details[id(new.detail)] = to_json(new.detail, "A score's detail")
            return details[id(new.detail)]

        db.execute("PRAGMA defer_foreign_keys = ON")  # until this transaction commits
        quiet = dict(
            db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                f"AND name IN ({', '.join('?' * len(_QUIET))})",
                _QUIET,
            ).fetchall()
        )
        for name in quiet:  # put back as they were below, in this same transaction
            db.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(
            "INSERT INTO scores (attempt_id, score, detail, scoring_version, pack_version, "
            "content_hash, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (attempt_id, fraction(new.score, "A score"), detail(new), scoring_version,
                 key.version, key.content_hash, stamp)
                for attempt_id, (new, _, _) in zip(ids, fresh, strict=True)
                if new.score is not None
            ],
        )  # fmt: skip
        db.conn.executemany(
            "INSERT INTO attempts (id, student_id, pack_id, pack_version, content_hash, "
            "lesson_id, exercise_id, attempt_no, answer, hints_used, started_at, submitted_at, "
            "source, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (attempt_id, student_id, pack.id, pack.version, pack.content_hash,
                 new.lesson_id, new.exercise_id, new.attempt_no, answer, int(new.hints_used),
                 timestamp(new.started_at), submitted, source, new.score)
                for attempt_id, (new, answer, submitted) in zip(ids, fresh, strict=True)
            ],
        )  # fmt: skip
        if _REFRESH in quiet:
            db.execute(_REFRESH_ALL, [pack.id, student_id])
        for sql in quiet.values():
            db.execute(sql)
        model = key if isinstance(key, Pack) else None
        queued = [(attempt_id, new) for attempt_id, (new, _, _) in zip(ids, fresh, strict=True)]
        self.outbox.queue_attempts(db, student_id, pack, queued, model=model)
        return ids


# The trigger that refreshes an attempt's row of ``exercise_results`` (migration 0003)
# counts and sorts every attempt of its exercise at each insert: a hand-in of 10,000
# attempts at one exercise took tens of seconds. A hand-in's attempts go in with it
# dropped, the student's rows are refreshed once, and the trigger is put back, all in
# the import's transaction (SQLite's schema changes are transactional: a failed import
# leaves the trigger as it was). The same rows as the trigger would leave. The trigger
# that copies a new score onto its attempt has nothing to do here (the attempts come
# after their scores, scored), and running it for nothing was a seventh of the saving.
_REFRESH = "attempts_refresh_new"
_QUIET = (_REFRESH, "scores_make_current")
_REFRESH_ALL = """
    INSERT INTO exercise_results
        (pack_id, student_id, lesson_id, exercise_id, attempts, best, last)
    SELECT a.pack_id, a.student_id, a.lesson_id, a.exercise_id, count(*),
           max(coalesce(a.override_score, a.score)),
           (SELECT coalesce(b.override_score, b.score) FROM attempts b
            WHERE b.pack_id = a.pack_id AND b.student_id = a.student_id
              AND b.lesson_id = a.lesson_id AND b.exercise_id = a.exercise_id
            ORDER BY b.attempt_no DESC, b.id DESC LIMIT 1)
    FROM attempts a WHERE a.pack_id = ? AND a.student_id = ?
    GROUP BY a.lesson_id, a.exercise_id
    ON CONFLICT (pack_id, lesson_id, exercise_id, student_id) DO UPDATE SET
        attempts = excluded.attempts, best = excluded.best, last = excluded.last
"""


def identity_of(new: NewAttempt) -> Identity:
    """How the store knows an attempt, whichever file brings it: exercise, time, answer."""
    return Identity(
        new.lesson_id,
        new.exercise_id,
        timestamp(new.submitted_at, default_now=True) or "",
        new.answer_json or to_json(new.answer, "The answer") or "null",
    )


def _hand_in_file(row: dict[str, Any]) -> HandInFile:
    stated = json.loads(row.pop("handed_in_as") or "null")
    student = (
        HandInStudent(stated.get("name") or "", stated.get("class"), stated.get("id"))
        if isinstance(stated, dict)
        else None
    )
    return HandInFile(
        **{key: value for key, value in row.items() if key not in ("attempt_count", "clash")},
        handed_in_as=student,
        clash=bool(row["clash"]),
        attempts=row["attempt_count"],
    )
