"""What the teacher's side of CloseRead reads and writes in the progress database: a
hand-in imported whole (its student, its attempts, its record) in one transaction, and
the attempt rows the long grade report lists. Part of :class:`closeread.core.storage.Store`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from closeread.core.progress import NewAttempt, PackIdentity
from closeread.core.store_base import now, optional_text, required_text, timestamp, to_json
from closeread.core.store_work import StoreWork, _insert_attempt


@dataclass(frozen=True)
class HandInStudent:
    """Who a results file says handed it in."""

    name: str
    class_name: str | None = None
    student_number: str | None = None


@dataclass(frozen=True)
class HandInSaved:
    """What :meth:`StoreTeacher.import_hand_in` saved."""

    student_id: int
    student_created: bool
    attempt_ids: tuple[int, ...]  # the attempts added
    duplicates: int  # attempts already in the database, left alone


# The newest score and override of each attempt, read from their own tables (indexed by
# attempt), so the rows need nothing but the base schema.
_ATTEMPT_ROWS = """
    SELECT st.name AS student_name, st.class_name, st.student_number, a.student_id,
           a.pack_id, a.pack_version, a.lesson_id, a.exercise_id, a.attempt_no,
           a.started_at, a.submitted_at, a.hints_used, a.source,
           (SELECT s.score FROM scores s WHERE s.attempt_id = a.id
            ORDER BY s.id DESC LIMIT 1) AS score,
           o.score AS override_score, o.comment AS override_comment
    FROM attempts a
    JOIN students st ON st.id = a.student_id
    LEFT JOIN overrides o ON o.id = (SELECT max(id) FROM overrides WHERE attempt_id = a.id)
    WHERE a.pack_id = ? {class_filter}
    ORDER BY st.class_name, st.name COLLATE NOCASE, st.id, a.lesson_id, a.exercise_id,
             a.attempt_no, a.id
"""


class StoreTeacher(StoreWork):
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
    ) -> HandInSaved | None:
        """Save a results file in one transaction; ``None`` when it was imported before.

        The student is the one with the same name, class and school id (names and
        classes compared without regard to case), or a new profile. An attempt the
        database holds already for this student and pack (same exercise, submission
        time and answer, whatever file brought it) is not added again. ``pack`` names
        the pack the attempts are saved under; ``key`` the pack whose key scored them.
        """
        name = required_text(student.name, "A student's name")
        class_name = optional_text(student.class_name)
        number = optional_text(student.student_number)
        source = f"import:{file_hash}"
        with self._transaction() as db:
            seen = db.execute("SELECT 1 FROM imports WHERE file_hash = ?", [file_hash])
            if seen.fetchone() is not None:
                return None
            student_id = self._same_student(name, class_name, number)
            created = student_id is None
            if student_id is None:
                student_id = db.execute(
                    "INSERT INTO students (name, class_name, student_number, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [name, class_name, number, now()],
                ).lastrowid
            known = {
                tuple(row)
                for row in db.execute(
                    "SELECT lesson_id, exercise_id, submitted_at, answer FROM attempts "
                    "WHERE student_id = ? AND pack_id = ?",
                    [student_id, pack.id],
                ).fetchall()
            }
            fresh = [new for new in attempts if _identity(new) not in known]
            db.execute(
                "INSERT INTO imports (file_hash, file_name, student_id, attempt_count, "
                "imported_at) VALUES (?, ?, ?, ?, ?)",
                [file_hash, file_name, student_id, len(fresh), now()],
            )
            ids = tuple(
                _insert_attempt(db, student_id, pack, key or pack, new, source, scoring_version)
                for new in fresh
            )
        return HandInSaved(student_id, created, ids, len(attempts) - len(fresh))

    def iter_attempt_rows(
        self, pack_id: str, class_name: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every attempt at a pack with its student, newest score and override, by student.

        Rows are plain dicts (no answers, no score details): what the long grade report
        lists, read in batches so a large school's work is not held in memory twice.
        """
        params: list[Any] = [pack_id]
        class_filter = ""
        if class_name:
            class_filter = "AND st.class_name = ?"
            params.append(class_name)
        yield from self._iter_rows(_ATTEMPT_ROWS.format(class_filter=class_filter), params)

    def pack_ids_with_attempts(self) -> list[str]:
        """The ids of the packs that have at least one attempt saved, sorted."""
        rows = self._rows("SELECT DISTINCT pack_id FROM attempts ORDER BY pack_id")
        return [row["pack_id"] for row in rows]

    def _same_student(self, name: str, class_name: str | None, number: str | None) -> int | None:
        rows = self.db.execute(
            "SELECT id, name, class_name FROM students WHERE student_number IS ? ORDER BY id",
            [number],
        ).fetchall()
        wanted = (name.casefold(), (class_name or "").casefold())
        for student_id, other_name, other_class in rows:
            if (other_name.strip().casefold(), (other_class or "").casefold()) == wanted:
                return student_id
        return None


def _identity(new: NewAttempt) -> tuple[str, str, str | None, str | None]:
    submitted = timestamp(new.submitted_at, default_now=True)
    return (new.lesson_id, new.exercise_id, submitted, to_json(new.answer, "The answer"))
