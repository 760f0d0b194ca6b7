"""The dashboard's table: students × lessons of one pack, and the filter in front of it.

Each lesson cell is the percent of the lesson's points the student earned (the
counted attempt of each exercise, a teacher's override first, exactly as the class
summary and the reports add it up) with how many of its exercises they tried; a
lesson not started shows a dash. Then the total over the pack and the completion.

:class:`GradebookFilter` sorts on numbers (a lesson not started sorts below 0 %) and
shows the students of one class, or those whose name holds the search text.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from closeread.core.grading.verdicts import local_number
from closeread.core.pack.model import Pack
from closeread.core.records import LessonSummary, Student
from closeread.ui.common.outside_text import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STUDENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the student's id
CLASS_ROLE = Qt.ItemDataRole.UserRole + 3  # the class name, "" for none
LESSON_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's lesson id ("" for others)
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 5  # the cell's percent, None if not started
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 6  # exercises tried, a fraction (None: no bar)
HEADER_LIMIT = 16  # characters per line of a lesson's title in its header
NOT_STARTED = -1.0

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StudentRow:
    student: Student
    lessons: tuple[LessonSummary, ...]  # in pack order

    @property
    def points(self) -> float:
        return sum(s.points for s in self.lessons)

    @property
    def max_points(self) -> float:
        return sum(s.max_points for s in self.lessons)

    @property
    def total(self) -> float:
        return 100.0 * self.points / self.max_points if self.max_points > 0 else 0.0

    @property
    def done(self) -> int:
        return sum(s.exercises_done for s in self.lessons)

    @property
    def exercises(self) -> int:
        return sum(s.exercises_total for s in self.lessons)

    @property
    def completion(self) -> float:
        return 100.0 * self.done / self.exercises if self.exercises else 0.0

    @property
    def pending(self) -> int:
        return sum(s.pending for s in self.lessons)

    def percent(self, lesson_index: int) -> float | None:
        summary = self.lessons[lesson_index]
        return 100.0 * summary.score if summary.exercises_done else None


def rows_from_summary(students: list[Student], summary: list[LessonSummary]) -> list[StudentRow]:
    by_student: dict[int, list[LessonSummary]] = {}
    for row in summary:
        by_student.setdefault(row.student_id, []).append(row)
    return [StudentRow(s, tuple(by_student.get(s.id, ()))) for s in students]


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


class GradebookModel(QAbstractTableModel):
    """Name, Class, one column per lesson, Total, Done."""

    NAME, CLASS = 0, 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pack: Pack | None = None
        self.rows: list[StudentRow] = []

    def set_rows(self, pack: Pack | None, rows: list[StudentRow]) -> None:
        self.beginResetModel()
        self.pack = pack
        self.rows = rows
        self.endResetModel()

    @property
    def lesson_count(self) -> int:
        return len(self.pack.lessons) if self.pack else 0

    @property
    def total_column(self) -> int:
        return 2 + self.lesson_count

    @property
    def done_column(self) -> int:
        return 3 + self.lesson_count

    def lesson_index(self, column: int) -> int | None:
        """The lesson shown in ``column`` (an index into ``pack.lessons``), or None."""
        index = column - 2
        return index if 0 <= index < self.lesson_count else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.pack is None else 4 + self.lesson_count

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.pack is None:
            return None
        lesson = self.lesson_index(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if lesson is not None:
                title = self.pack.lessons[lesson].title
                lines = textwrap.wrap(title, HEADER_LIMIT, max_lines=2, placeholder="…")
                return "\n".join([self.tr("Lesson {n}").format(n=lesson + 1), *lines])
            return {
                self.NAME: self.tr("Student"),
                self.CLASS: self.tr("Class"),
                self.total_column: self.tr("Total"),
                self.done_column: self.tr("Done"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if lesson is not None:
                title = self.pack.lessons[lesson].title
                return plain_tooltip(
                    self.tr("Lesson {n}: {title}").format(n=lesson + 1, title=title)
                )
            if section == self.total_column:
                return self.tr("Percent of all the pack's points")
            if section == self.done_column:
                return self.tr("Exercises tried, of all the pack's exercises")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.pack is None:
            return None
        row = self.rows[index.row()]
        column = index.column()
        lesson = self.lesson_index(column)
        if role == STUDENT_ROLE:
            return row.student.id
        if role == CLASS_ROLE:
            return row.student.class_name or ""
        if role == LESSON_ROLE:
            return self.pack.lessons[lesson].id if lesson is not None else ""
        if role == COMPLETION_ROLE:
            if lesson is not None:
                summary = row.lessons[lesson]
                total = summary.exercises_total
                return summary.exercises_done / total if total else None
            return row.completion / 100 if column == self.done_column else None
        if role == PERCENT_ROLE:
            if lesson is not None:
                return row.percent(lesson)
            return row.total if column == self.total_column else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, lesson)
        if role == SORT_ROLE:
            return self._sort_key(row, column, lesson)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, lesson)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = self.headerData(column, Qt.Orientation.Horizontal).replace("\n", ": ")
            text = f"{row.student.name}, {header}: {self._text(row, column, lesson)}"
            if lesson is not None:
                text += ". " + self._tooltip(row, column, lesson)
            return text
        return None

    def _text(self, row: StudentRow, column: int, lesson: int | None) -> str:
        if column == self.NAME:
            return row.student.name
        if column == self.CLASS:
            return row.student.class_name or ""
        if lesson is not None:
            return percent_text(row.percent(lesson))
        if column == self.total_column:
            return percent_text(row.total)
        if column == self.done_column:
            return percent_text(row.completion)
        return ""

    def _sort_key(self, row: StudentRow, column: int, lesson: int | None):
        if column == self.NAME:
            return row.student.name.casefold()
        if column == self.CLASS:
            return (row.student.class_name or "").casefold()
        if lesson is not None:
            value = row.percent(lesson)
            return NOT_STARTED if value is None else value
        if column == self.total_column:
            return row.total
        return row.completion

    def _tooltip(self, row: StudentRow, column: int, lesson: int | None) -> str:
        if lesson is not None:
            summary = row.lessons[lesson]
            if not summary.exercises_done:
                return self.tr("Not started. Double-click to see the lesson.")
            text = self.tr(
                "{points} of {possible} points; {done} of %n exercise(s) tried",
                "",
                summary.exercises_total,
            )
            text = text.format(
                points=local_number(summary.points),
                possible=local_number(summary.max_points),
                done=summary.exercises_done,
                total=summary.exercises_total,
            )
            if summary.pending:
                text += self.tr("; %n waiting to be scored", "", summary.pending)
            return text + self.tr(". Double-click to see the answers.")
        if column == self.total_column:
            return self.tr("{points} of {possible} points").format(
                points=local_number(row.points), possible=local_number(row.max_points)
            )
        if column == self.done_column:
            return self.tr("{done} of %n exercise(s) tried", "", row.exercises).format(
                done=row.done
            )
        return ""


class GradebookFilter(QSortFilterProxyModel):
    """One class's students (or everyone), whose names hold the search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.class_name: str | None = None  # None: every class; "": students with no class
        self.search = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_class(self, class_name: str | None) -> None:
        self.beginFilterChange()
        self.class_name = class_name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = " ".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, GradebookModel.NAME, source_parent)
        if self.class_name is not None and model.data(index, CLASS_ROLE) != self.class_name:
            return False
        name = " ".join(str(model.data(index)).split()).casefold()
        return self.search in name

    def student_rows(self) -> list[StudentRow]:
        """The rows shown, in the order shown."""
        model = cast(GradebookModel, self.sourceModel())  # the model it was made with
        return [
            model.rows[self.mapToSource(self.index(row, 0)).row()] for row in range(self.rowCount())
        ]


def _alignment(column: int) -> int:
    """Names to the left; scores centred over their completion bars."""
    horizontal = Qt.AlignmentFlag.AlignLeft if column < 2 else Qt.AlignmentFlag.AlignHCenter
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
