"""The progress database's schema, built up by numbered migrations.

sqlite-utils' own :class:`~sqlite_utils.migrations.Migrations` runs them: each
migration and the row recording it in ``_sqlite_migrations`` commit together. Each
migration also sets ``PRAGMA user_version`` to its number in the same transaction,
so a CloseRead can tell from the file alone whether a newer CloseRead wrote it.

Never edit a migration that has shipped; add a new one. ``tests/core/fixtures``
keeps a database made by the first schema, so the whole path is tested.

A database's schema state is read, and the migrations are run, by
:mod:`closeread.core.store.schema`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from closeread.core.store import locations

if TYPE_CHECKING:
    from sqlite_utils import Database

KNOWN_MIGRATIONS: list[str] = []  # in order; the schema version is their count
STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
        KNOWN_MIGRATIONS.append(name)
        STEPS.append((name, step))
        return step

    return register


@_migration("0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            class_name TEXT,
            student_number TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE packs (
            pack_id TEXT NOT NULL,
            version TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            PRIMARY KEY (pack_id, content_hash)
        );
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students (id),
            pack_id TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            exercise_id TEXT NOT NULL,
            attempt_no INTEGER NOT NULL CHECK (attempt_no >= 1),
            answer TEXT NOT NULL CHECK (json_valid(answer)),
            hints_used INTEGER NOT NULL DEFAULT 0 CHECK (hints_used >= 0),
            started_at TEXT,
            submitted_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'app'
                CHECK (source = 'app' OR source LIKE 'import:_%'),
            UNIQUE (student_id, pack_id, lesson_id, exercise_id, source, attempt_no)
        );
        CREATE TABLE scores (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts (id),
            score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
            detail TEXT CHECK (detail IS NULL OR json_valid(detail)),
            scoring_version TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            scored_at TEXT NOT NULL
        );
        CREATE TABLE overrides (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts (id),
            score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE drafts (
            student_id INTEGER NOT NULL REFERENCES students (id),
            pack_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            exercise_id TEXT NOT NULL,
            answer TEXT NOT NULL CHECK (json_valid(answer)),
            started_at TEXT,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (student_id, pack_id, lesson_id, exercise_id)
        );
        CREATE TABLE reader_state (
            student_id INTEGER NOT NULL REFERENCES students (id),
            pack_id TEXT NOT NULL,
            lesson_id TEXT,
            exercise_id TEXT,
            scroll REAL NOT NULL DEFAULT 0,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (student_id, pack_id)
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        );
        """
    )
    _set_user_version(db, 1)


@_migration("0002_score_indexes_and_imports")
def _score_indexes_and_imports(db: Database) -> None:
    """Indexes the current-score lookups need, and a record of imported hand-in files.

    Without ``scores_by_attempt`` every current-score lookup scanned the whole scores
    table. ``imports`` makes importing the same results file twice a no-op; it is
    filled from the attempts already imported under schema 1.
    """
    db.executescript(
        """
        CREATE INDEX scores_by_attempt ON scores (attempt_id, id);
        CREATE INDEX overrides_by_attempt ON overrides (attempt_id, id);
        CREATE INDEX attempts_by_pack ON attempts (pack_id, student_id);
        CREATE INDEX students_by_class ON students (class_name, name);
        CREATE TABLE imports (
            file_hash TEXT PRIMARY KEY,
            file_name TEXT NOT NULL DEFAULT '',
            student_id INTEGER REFERENCES students (id),
            attempt_count INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        );
        INSERT INTO imports (file_hash, file_name, student_id, attempt_count, imported_at)
            SELECT substr(source, 8), '', min(student_id), count(*), min(submitted_at)
            FROM attempts WHERE source LIKE 'import:_%' GROUP BY source;
        """
    )
    _set_user_version(db, 2)


@_migration("0003_current_scores_and_exercise_results")
def _current_scores_and_exercise_results(db: Database) -> None:
    """Keep each attempt's current score, and each exercise's best and last, up to date.

    Finding the newest score and override of 100,000 attempts made the class summary
    take seconds. Triggers now copy each new score and override onto its attempt
    (``attempts.score``, ``attempts.override_score``) and refresh the student's row in
    ``exercise_results`` (attempt count, best and last effective score) in the same
    transaction as the write, whatever code makes it. ``scores`` and ``overrides``
    still keep the full history. Existing rows are filled in here. The key starts with
    the exercise so that the summary reads each of a pack's exercises as one range.
    """
    group = (
        "pack_id = NEW.pack_id AND student_id = NEW.student_id "
        "AND lesson_id = NEW.lesson_id AND exercise_id = NEW.exercise_id"
    )
    refresh = f"""
        INSERT INTO exercise_results
            (pack_id, student_id, lesson_id, exercise_id, attempts, best, last)
        SELECT NEW.pack_id, NEW.student_id, NEW.lesson_id, NEW.exercise_id, count(*),
               max(coalesce(override_score, score)),
               (SELECT coalesce(override_score, score) FROM attempts WHERE {group}
                ORDER BY attempt_no DESC, id DESC LIMIT 1)
        FROM attempts WHERE {group}
        ON CONFLICT (pack_id, lesson_id, exercise_id, student_id) DO UPDATE SET
            attempts = excluded.attempts, best = excluded.best, last = excluded.last;
    """
    db.executescript(
        f"""
        ALTER TABLE attempts ADD COLUMN score REAL;
        ALTER TABLE attempts ADD COLUMN override_score REAL;
        UPDATE attempts SET
            score = (SELECT s.score FROM scores s WHERE s.attempt_id = attempts.id
                     ORDER BY s.id DESC LIMIT 1),
            override_score = (SELECT o.score FROM overrides o WHERE o.attempt_id = attempts.id
                              ORDER BY o.id DESC LIMIT 1);
        CREATE TABLE exercise_results (
            pack_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            exercise_id TEXT NOT NULL,
            student_id INTEGER NOT NULL REFERENCES students (id),
            attempts INTEGER NOT NULL,
            best REAL,
            last REAL,
            PRIMARY KEY (pack_id, lesson_id, exercise_id, student_id)
        ) WITHOUT ROWID;
        INSERT INTO exercise_results
            (pack_id, student_id, lesson_id, exercise_id, attempts, best, last)
        SELECT g.pack_id, g.student_id, g.lesson_id, g.exercise_id, count(*),
               max(coalesce(g.override_score, g.score)),
               (SELECT coalesce(a.override_score, a.score) FROM attempts a
                WHERE a.pack_id = g.pack_id AND a.student_id = g.student_id
                  AND a.lesson_id = g.lesson_id AND a.exercise_id = g.exercise_id
                ORDER BY a.attempt_no DESC, a.id DESC LIMIT 1)
        FROM attempts g GROUP BY g.pack_id, g.student_id, g.lesson_id, g.exercise_id;
        CREATE TRIGGER scores_make_current AFTER INSERT ON scores BEGIN
            UPDATE attempts SET score = NEW.score WHERE id = NEW.attempt_id;
        END;
        CREATE TRIGGER overrides_make_current AFTER INSERT ON overrides BEGIN
            UPDATE attempts SET override_score = NEW.score WHERE id = NEW.attempt_id;
        END;
        CREATE TRIGGER attempts_refresh_new AFTER INSERT ON attempts BEGIN {refresh} END;
        CREATE TRIGGER attempts_refresh_scored AFTER UPDATE OF score, override_score
            ON attempts BEGIN {refresh} END;
        """
    )
    _set_user_version(db, 3)


@_migration("0004_hand_in_origins")
def _hand_in_origins(db: Database) -> None:
    """What counting attempt limits across a student's hand-ins, and flagging them, needs.

    Each imported file's record now says which pack it was for, which profile made it
    (``origin``: the device and profile the file names), who it says handed it in
    (``handed_in_as``, JSON), whether its attempt numbers collided with attempts
    already here (``clash``: only another profile numbers them so), and how many of its
    attempts were refused over an exercise's limit. Records of files imported before
    get their pack from their attempts. Every CloseRead also gets a random device id
    (the ``device_id`` setting) for the files it exports to name.
    """
    db.executescript(
        """
        ALTER TABLE imports ADD COLUMN pack_id TEXT;
        ALTER TABLE imports ADD COLUMN origin TEXT;
        ALTER TABLE imports ADD COLUMN handed_in_as TEXT;
        ALTER TABLE imports ADD COLUMN clash INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE imports ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
        UPDATE imports SET pack_id = g.pack_id
            FROM (SELECT substr(source, 8) AS file_hash, min(pack_id) AS pack_id
                  FROM attempts WHERE source LIKE 'import:_%' GROUP BY source) AS g
            WHERE g.file_hash = imports.file_hash;
        CREATE INDEX imports_by_pack ON imports (pack_id, student_id);
        INSERT OR IGNORE INTO settings (key, value)
            VALUES ('device_id', json_quote(lower(hex(randomblob(16)))));
        """
    )
    _set_user_version(db, 4)


@_migration("0005_pack_locations_in_the_data_folder")
def _pack_locations_in_the_data_folder(db: Database) -> None:
    """Record installed packs relative to the data folder, so that moving it keeps them.

    Records were absolute paths (``E:\\CloseRead\\packs\\<name>``); a portable data
    folder that came back under another drive letter lost every pack. Each record
    inside the data folder, or naming ``packs/<name>`` that the data folder has, is
    rewritten as ``packs/<name>`` (see :mod:`closeread.core.store.locations`).
    """
    files = [row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"]
    if files and files[0]:
        data_dir = Path(files[0]).parent
        rows = db.execute("SELECT rowid, location FROM packs").fetchall()
        for rowid, location in rows:
            new = locations.migrated(location, data_dir)
            if new != location:
                db.execute("UPDATE packs SET location = ? WHERE rowid = ?", [new, rowid])
    _set_user_version(db, 5)


@_migration("0006_signed_overrides")
def _signed_overrides(db: Database) -> None:
    """A signature on each teacher override, so a forged one does not count.

    ``overrides.mac`` holds the HMAC the teacher's key makes
    (:mod:`closeread.core.store.signed`). Overrides already here have none; the newest
    of their ids is noted in the ``teacher.unsigned_overrides_upto`` setting, so the
    teacher's next unlock signs them (trusting them once) and treats any unsigned row
    after them as forged.
    """
    db.executescript(
        """
        ALTER TABLE overrides ADD COLUMN mac TEXT;
        INSERT OR REPLACE INTO settings (key, value)
            SELECT 'teacher.unsigned_overrides_upto', json(max(id)) FROM overrides
            HAVING max(id) IS NOT NULL;
        """
    )
    _set_user_version(db, 6)


@_migration("0007_override_levels")
def _override_levels(db: Database) -> None:
    """The teacher's level per criterion of a writing task, kept with the override.

    ``overrides.levels`` is JSON (``[3,2,2,1]``: one level from 0 to 3 per criterion of
    the rubric, in order), or NULL for an override without levels: every override made
    before, whose signature therefore still checks (:mod:`closeread.core.store.signed`).
    """
    db.executescript(
        """
        ALTER TABLE overrides ADD COLUMN levels TEXT
            CHECK (levels IS NULL OR json_valid(levels));
        """
    )
    _set_user_version(db, 7)


@_migration("0008_xapi_queue")
def _xapi_queue(db: Database) -> None:
    """xAPI statements for a Learning Record Store, queued with what they report, each
    with its id made once; ``state``: pending, sent, refused (``reason``: the LRS's) or
    invalid (never sent). See :mod:`closeread.core.store.outbox`."""
    db.executescript(
        """
        CREATE TABLE xapi_queue (
            seq INTEGER PRIMARY KEY,
            statement_id TEXT NOT NULL UNIQUE,
            statement TEXT NOT NULL CHECK (json_valid(statement)),
            verb TEXT NOT NULL,
            student_id INTEGER NOT NULL REFERENCES students (id),
            attempt_id INTEGER REFERENCES attempts (id),
            pack_id TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            lesson_id TEXT,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'refused', 'invalid')),
            reason TEXT NOT NULL DEFAULT '',
            tries INTEGER NOT NULL DEFAULT 0,
            queued_at TEXT NOT NULL,
            sent_at TEXT,
            lrs TEXT
        );
        CREATE INDEX xapi_queue_by_state ON xapi_queue (state, seq);
        CREATE INDEX xapi_queue_by_attempt ON xapi_queue (attempt_id) WHERE attempt_id IS NOT NULL;
        CREATE UNIQUE INDEX xapi_queue_lessons
            ON xapi_queue (student_id, pack_id, pack_version, lesson_id)
            WHERE verb = 'completed';
        """
    )
    _set_user_version(db, 8)


SCHEMA_VERSION = len(KNOWN_MIGRATIONS)


def _set_user_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")
