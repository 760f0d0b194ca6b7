"""What the teacher's views and reports read across a class: each student's points per
lesson, the attempts at a pack in brief or whole, and the rows of the long grade report.
``store.reports`` of a :class:`~closeread.core.store.store.Store`; it only reads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from closeread.core.records import Attempt, LessonSummary, lesson_rows
from closeread.core.store.database import Database
from closeread.core.store.roster import Roster
from closeread.core.store.work import ATTEMPTS, attempt_of


@dataclass(frozen=True)
class AttemptScore:
    """An attempt without its answer: what deciding which attempt counts needs."""

    id: int
    student_id: int
    lesson_id: str
    exercise_id: str
    attempt_no: int
    score: float | None
    override_score: float | None

    @property
    def effective_score(self) -> float | None:
        return self.override_score if self.override_score is not None else self.score


# The newest score and override of each attempt, read from their own tables (indexed by
# attempt), so the rows need none of the copies the triggers keep on ``attempts``.
_ATTEMPT_ROWS = """
    SELECT st.name AS student_name, st.class_name, st.student_number, a.student_id,
           a.pack_id, a.pack_version, a.lesson_id, a.exercise_id, a.attempt_no,
           a.started_at, a.submitted_at, a.hints_used, a.source,
           (SELECT s.score FROM scores s WHERE s.attempt_id = a.id
            ORDER BY s.id DESC LIMIT 1) AS score,
           o.score AS override_score, o.comment AS override_comment,
           o.levels AS override_levels
    FROM attempts a
    JOIN students st ON st.id = a.student_id
    LEFT JOIN overrides o ON o.id = (SELECT max(id) FROM overrides WHERE attempt_id = a.id)
    WHERE a.pack_id = ? {class_filter}
    ORDER BY st.class_name, st.name COLLATE NOCASE, st.id, a.lesson_id, a.exercise_id,
             a.attempt_no, a.id
"""

# Per student and lesson of a pack: points earned, exercises done and pending. Each
# exercise's best and last effective score are kept up to date by triggers (migration
# 0003); the pack says which counts and how many points the exercise is worth.
_LESSON_TOTALS = """
    WITH plan (lesson_id, exercise_id, points, counts_last) AS (VALUES {values}),
    counted AS (
        SELECT r.student_id, r.lesson_id, plan.points,
               CASE WHEN plan.counts_last THEN r.last ELSE r.best END AS score
        FROM plan JOIN exercise_results r ON r.pack_id = ? AND r.lesson_id = plan.lesson_id
             AND r.exercise_id = plan.exercise_id
        {where}
    )
    SELECT student_id, lesson_id, total(points * score), count(*), total(score IS NULL)
    FROM counted GROUP BY student_id, lesson_id
"""


class Reports:
    """Reads over a whole pack or class, for the dashboard, reports and item analysis."""

    def __init__(self, database: Database, roster: Roster) -> None:
        self.database = database
        self.roster = roster

    def class_summary(self, pack: Any, class_name: str | None = None) -> list[LessonSummary]:
        """One row per student × lesson of ``pack`` (a :class:`~closeread.core.pack.model.Pack`).

        Each exercise counts its best or last attempt as the pack says, overrides
        included; an exercise not tried counts 0. All students, or one class's.
        """
        students = self.roster.list_students(class_name)
        plan = [
            (lesson.id, exercise.id, float(exercise.points), exercise.counts == "last")
            for lesson in pack.lessons
            for exercise in lesson.exercises
        ]
        totals = []
        if plan and students:
            where, params = "", [value for row in plan for value in row] + [pack.id]
            if class_name:
                where = "WHERE r.student_id IN (SELECT id FROM students WHERE class_name = ?)"
                params.append(class_name)
            values = ", ".join("(?, ?, ?, ?)" for _ in plan)
            sql = _LESSON_TOTALS.format(values=values, where=where)
            with self.database.guard():
                totals = [
                    (student_id, lesson_id, points, int(done), int(pending))
                    for student_id, lesson_id, points, done, pending in self.database.db.execute(
                        sql, params
                    )
                ]
        return lesson_rows(pack, students, totals)

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
        yield from self.database.iter_rows(_ATTEMPT_ROWS.format(class_filter=class_filter), params)

    def attempt_scores(self, pack_id: str) -> list[AttemptScore]:
        """Every attempt at a pack in brief (no answer): enough to tell which counts."""
        rows = self.database.rows(
            "SELECT id, student_id, lesson_id, exercise_id, attempt_no, score, override_score "
            "FROM attempts WHERE pack_id = ?",
            [pack_id],
        )
        return [AttemptScore(**row) for row in rows]

    def attempts_by_id(self, attempt_ids: Sequence[int]) -> list[Attempt]:
        """The attempts with these ids (in no particular order), read in batches."""
        found: list[Attempt] = []
        for start in range(0, len(attempt_ids), 500):
            batch = list(attempt_ids[start : start + 500])
            marks = ", ".join("?" * len(batch))
            found += [
                attempt_of(row)
                for row in self.database.rows(f"{ATTEMPTS} WHERE a.id IN ({marks})", batch)
            ]
        return found

    def pack_ids_with_attempts(self) -> list[str]:
        """The ids of the packs that have at least one attempt saved, sorted."""
        rows = self.database.rows("SELECT DISTINCT pack_id FROM attempts ORDER BY pack_id")
        return [row["pack_id"] for row in rows]
