"""Grade reports from the progress database: the class gradebook and the attempts list.

- :func:`gradebook_csv`: one row per student (name, class, student id), a column per
  lesson with the percent of its points earned, and the total percent: what a
  spreadsheet or an LMS gradebook import wants.
- :func:`attempts_csv`: one row per attempt (the long format), for a closer look.

Both are UTF-8 with a byte order mark by default: Excel reads a CSV file as UTF-8 only
when it starts with one (without it, "Zoë" turns into "ZoÃ«"), and LibreOffice,
Numbers, Google Sheets and Python's ``utf-8-sig`` all take it in their stride. An LMS
importer that chokes on it gets ``bom=False``. Rows end in CRLF (RFC 4180); fields
are quoted when they hold a comma, a quote or a line break, so every name survives.
A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe: names come from students' hand-ins, and a spreadsheet
would run such a cell as a formula.

Percents have one decimal and a point (``83.3``). A lesson a student has not started
is left empty (an LMS reads "no grade yet"); the total counts its points as 0, as the
class summary does. The counted attempt of each exercise (best or last, as the pack
says, a teacher's override first) is what counts, as everywhere in CloseRead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from closeread.core.pack.model import Lesson, Pack
from closeread.core.records import LessonSummary, Student
from closeread.core.store.signed import levels_from

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class LessonColumn:
    pack: Pack
    lesson: Lesson
    header: str


@dataclass(frozen=True)
class GradebookRow:
    student: Student
    percents: tuple[float | None, ...]  # one per column; None: not started
    points: float  # earned over every column
    max_points: float
    pending: int  # exercises waiting for the teacher (an assessment edition's answers)
    lessons: tuple[LessonSummary | None, ...] = ()  # one per column, as the store summed it

    @property
    def total(self) -> float:
        return 100.0 * self.points / self.max_points if self.max_points > 0 else 0.0


@dataclass(frozen=True)
class Gradebook:
    columns: tuple[LessonColumn, ...]
    rows: tuple[GradebookRow, ...]
    class_name: str | None = None


def gradebook(store, packs: Sequence[Pack], class_name: str | None = None) -> Gradebook:
    """Every student (of ``class_name``, if given) against every lesson of ``packs``."""
    several = len(packs) > 1
    columns = tuple(
        LessonColumn(pack, lesson, f"{pack.title}: {lesson.title}" if several else lesson.title)
        for pack in packs
        for lesson in pack.lessons
    )
    index = {(column.pack.id, column.lesson.id): n for n, column in enumerate(columns)}
    students = store.roster.list_students(class_name)
    found: dict[int, list] = {student.id: [None] * len(columns) for student in students}
    for pack in packs:
        for summary in store.reports.class_summary(pack, class_name):
            if summary.student_id in found:
                found[summary.student_id][index[(pack.id, summary.lesson_id)]] = summary
    rows = []
    for student in students:
        summaries = found[student.id]
        points = sum(s.points for s in summaries if s is not None)
        possible = sum(s.max_points for s in summaries if s is not None)
        rows.append(
            GradebookRow(
                student=student,
                percents=tuple(
                    None if s is None or not s.exercises_done else 100.0 * s.score
                    for s in summaries
                ),
                points=points,
                max_points=possible,
                pending=sum(s.pending for s in summaries if s is not None),
                lessons=tuple(summaries),
            )
        )
    return Gradebook(columns, tuple(rows), class_name)


def gradebook_csv(book: Gradebook, *, bom: bool = True) -> bytes:
    """The wide CSV: a header row, then one row per student."""
    header = ["Name", "Class", "Student ID"]
    header += [f"{column.header} (%)" for column in book.columns] + ["Total (%)"]
    rows = (
        [
            cell(row.student.name),
            cell(row.student.class_name),
            cell(row.student.student_number),
            *(percent(value) for value in row.percents),
            percent(row.total),
        ]
        for row in book.rows
    )
    return csv_bytes([[cell(name) for name in header], *rows], bom)


ATTEMPT_COLUMNS = (
    "Name", "Class", "Student ID", "Pack", "Version", "Lesson", "Lesson title", "Exercise",
    "Exercise title", "Attempt", "Started", "Submitted", "Hints used", "Score (%)",
    "Override (%)", "Override comment", "Source", "Override levels",
)  # fmt: skip


def attempts_csv(
    store, packs: Sequence[Pack], class_name: str | None = None, *, bom: bool = True
) -> bytes:
    """The long CSV: one row per attempt, by student, lesson, exercise and attempt.

    Lesson and exercise ids stand beside their titles in ``pack`` (empty for an exercise
    this version no longer has). Score is the newest derived score (empty while only
    the teacher can score it); Override the teacher's (which counts instead), with the
    levels they gave a writing task's criteria, in the rubric's order ("3 2 2 1").
    Source is ``app`` or ``import:<sha256 of the results file>``.
    """

    def rows() -> Iterable[list[str]]:
        yield list(ATTEMPT_COLUMNS)
        for pack in packs:
            lessons = {lesson.id: lesson for lesson in pack.lessons}
            for row in store.reports.iter_attempt_rows(pack.id, class_name):
                lesson_title, exercise_title = _titles(
                    lessons, row["lesson_id"], row["exercise_id"]
                )
                yield [
                    cell(row["student_name"]), cell(row["class_name"]),
                    cell(row["student_number"]), cell(row["pack_id"]), cell(row["pack_version"]),
                    cell(row["lesson_id"]), cell(lesson_title), cell(row["exercise_id"]),
                    cell(exercise_title), str(row["attempt_no"]),
                    row["started_at"] or "", row["submitted_at"], str(row["hints_used"]),
                    fraction_percent(row["score"]), fraction_percent(row["override_score"]),
                    cell(row["override_comment"]), row["source"],
                    " ".join(map(str, levels_from(row["override_levels"]) or ())),
                ]  # fmt: skip

    return csv_bytes(rows(), bom)


def _titles(lessons: dict[str, Lesson], lesson_id: str, exercise_id: str) -> tuple[str, str]:
    lesson = lessons.get(lesson_id)
    if lesson is None:
        return "", ""
    exercise = next((e for e in lesson.exercises if e.id == exercise_id), None)
    return lesson.title, exercise.title if exercise is not None else ""


def cell(text: str | None) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    text = text or ""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def fraction_percent(value: float | None) -> str:
    return "" if value is None else f"{100.0 * value:.1f}"


def csv_bytes(rows: Iterable[list[str]], bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


# -- which attempt counts ------------------------------------------------------------------
