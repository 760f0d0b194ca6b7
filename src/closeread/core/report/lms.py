"""Grades for the school's gradebook: a file for Moodle's CSV grade import, and a plain
CSV any other learning platform can take.

Both have one row per student and one column per grade item, in **points**: a column
per lesson (the points earned of the lesson's points, the counted attempt of each
exercise with the teacher's override first, as everywhere in CloseRead) and the
pack's total. The header names each item with its maximum, ``Claims and evidence (of
28 points)``, since a gradebook item needs that maximum set to match.

A cell is left empty, which Moodle and most platforms read as "no grade", when the
student has not started the lesson, or when any of its answers waits for the teacher
to score it (a writing task, an assessment edition's hand-in): a provisional grade in
the school's gradebook would look final. :func:`lms_export` says how many were left
empty, so the teacher knows to export again once they are scored.

- ``moodle``: the first column is the student id each student typed in their profile,
  headed ``ID number`` (Moodle's user field it is matched to), or ``Email address``
  when every id is one. Moodle stops the whole import at a row whose user it cannot
  find, so students without an id are left out, and named.
- ``lms-csv``: ``Student ID``, ``Name``, ``Class``, the items, then ``Total (%)``; every
  student, with or without an id.

Numbers have a decimal point and at most two decimals (``7.5``); Moodle reads a point
whatever the site's language. The CSV rules (UTF-8 with a byte order mark, which
Moodle's reader drops; RFC 4180; no cell a spreadsheet would run as a formula) are the
gradebook's (:mod:`closeread.core.report.gradebook`).
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.records import LessonSummary, Student
from closeread.core.report.gradebook import Gradebook, GradebookRow, cell, csv_bytes, percent

LMS_FORMATS = ("moodle", "lms-csv")


@dataclass(frozen=True)
class LmsExport:
    data: bytes
    left_out: tuple[Student, ...]  # no student id: Moodle could not match them
    empty_pending: int  # grades left empty because answers wait for the teacher

    def notes(self) -> list[str]:
        """What the teacher should know before importing the file, one line each."""
        lines = []
        if self.left_out:
            names = ", ".join(student.name for student in self.left_out)
            count = _plural(len(self.left_out), "student")
            lines.append(
                f"left out {count} without a student id, whom Moodle could not match: "
                f"{names}. Add their ids to their profiles, or enter their grades by hand"
            )
        if self.empty_pending:
            count = _plural(self.empty_pending, "grade")
            lines.append(
                f"{count} left empty: answers wait for you to score them (the dashboard's "
                "Review tab); export again once they are scored"
            )
        return lines


def lms_export(book: Gradebook, kind: str, *, bom: bool = True) -> LmsExport:
    """The ``moodle`` or ``lms-csv`` file of ``book``, and what it left out."""
    if kind not in LMS_FORMATS:
        raise ValueError(f"unknown gradebook format {kind!r}")
    items = [
        f"{column.header} (of {_plural_points(_max_points(column.lesson))})"
        for column in book.columns
    ]
    total_max = sum(_max_points(column.lesson) for column in book.columns)
    items.append(f"Total (of {_plural_points(total_max)})")
    moodle = kind == "moodle"
    rows = [row for row in book.rows if row.student.student_number or not moodle]
    left_out = tuple(row.student for row in book.rows if moodle and row not in rows)
    if moodle:
        ids = [row.student.student_number or "" for row in rows]
        emails = bool(ids) and all(_looks_like_email(value) for value in ids)
        header = ["Email address" if emails else "ID number", "Full name", *items]
    else:
        header = ["Student ID", "Name", "Class", *items, "Total (%)"]
    table = [[cell(name) for name in header]]
    empty_pending = 0
    for row in rows:
        grades, waiting = _grades(row)
        empty_pending += waiting
        who = [cell(row.student.student_number), cell(row.student.name)]
        if moodle:
            table.append([*who, *grades])
        else:
            total = "" if grades[-1] == "" else percent(row.total)
            table.append([*who, cell(row.student.class_name), *grades, total])
    return LmsExport(csv_bytes(table, bom), left_out, empty_pending)


def _grades(row: GradebookRow) -> tuple[list[str], int]:
    """The row's cells, lesson by lesson then the total, and how many wait for the
    teacher. The total is empty until nothing waits, and when nothing was started."""
    cells = []
    waiting = 0
    for summary in row.lessons:
        if summary is None or not summary.exercises_done:
            cells.append("")
        elif summary.pending:
            cells.append("")
            waiting += 1
        else:
            cells.append(points(summary.points))
    started = any(_started(summary) for summary in row.lessons)
    cells.append(points(row.points) if started and not waiting else "")
    return cells, waiting


def _started(summary: LessonSummary | None) -> bool:
    return summary is not None and summary.exercises_done > 0


def _max_points(lesson) -> float:
    return float(sum(exercise.points for exercise in lesson.exercises))


def points(value: float) -> str:
    """``7.5``, ``28``, ``3.33``: a point, at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _looks_like_email(value: str) -> bool:
    name, at, domain = value.partition("@")
    return bool(name and at and "." in domain and " " not in value)


def _plural_points(value: float) -> str:
    return f"{points(value)} point{'' if value == 1 else 's'}"


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
