"""View > My Progress: each lesson's points, what is left, and the attempts used.

A student's own report card, as a table they can read with the keyboard: a row per
lesson (its points and percentage, exercises done and left, attempts used), under it a
row per exercise (the points that count, attempts used of those allowed, and what is
left to do: not started, a draft, another try worth making, waiting for the teacher),
and the whole pack's percentage on top. The numbers are the core's tally
(:mod:`closeread.core.grading.tally`), so the percentage is the one the library and the
teacher's dashboard show (:mod:`closeread.core.counting`). Enter on an exercise (or a
double click) goes there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.counting import lesson_fraction
from closeread.core.grading.result import FULL
from closeread.core.grading.tally import ExerciseTally, LessonTally, lesson_tally
from closeread.core.grading.verdicts import local_number, plural_count, score_verdict
from closeread.core.pack.model import Pack
from closeread.ui.common.fonts import relative_font
from closeread.ui.common.outside_text import plain_label, plain_tooltip
from closeread.ui.common.widgets import MutedLabel

if TYPE_CHECKING:
    from closeread.core.records import Progress

_PLACE = Qt.ItemDataRole.UserRole  # (lesson id, exercise id or "")
COLUMNS = 4  # what, points, attempts used, what is left
LEFT_WIDTH = 280


def percent(fraction: float) -> int:
    """A score as the library and the dashboard write it: a whole percentage."""
    return round(fraction * 100)


class _Roomy(QStyledItemDelegate):
    """Rows with some air between them: a table to read, not a spreadsheet."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 8)


class ProgressDialog(QDialog):
    """The student's progress on one pack (see the module's notes)."""

    placeChosen = Signal(str, str)  # lesson id, exercise id: go there

    def __init__(self, pack: Pack, progress: Progress | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.setObjectName("progressDialog")
        self.setWindowTitle(self.tr("CloseRead — My Progress"))
        self.setAccessibleName(self.tr("My progress"))
        self.resize(960, 620)
        self.tallies = [lesson_tally(lesson, progress) for lesson in pack.lessons]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        title = plain_label(pack.title, self)  # a pack's title, shown as typed
        title.setWordWrap(True)
        relative_font(title, 1.25, QFont.Weight.DemiBold)
        layout.addWidget(title)
        earned = sum(tally.earned for tally in self.tallies)
        possible = sum(tally.possible for tally in self.tallies)
        self.fraction = lesson_fraction(earned, possible)
        done = sum(tally.done for tally in self.tallies)
        total = sum(tally.total for tally in self.tallies)
        self.total = plain_label(
            self.tr(
                "{percent}% of the pack's points · {earned} of {possible} point(s)",
                "",
                plural_count(possible),
            ).format(
                percent=percent(self.fraction),
                earned=local_number(earned),
                possible=local_number(possible),
            ),
            self,
        )
        relative_font(self.total, 1.1, QFont.Weight.Medium)
        layout.addWidget(self.total)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setValue(percent(self.fraction))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.total.text())
        layout.addWidget(self.bar)
        self.exercises_done = MutedLabel(
            self.tr(
                "{done} of %n exercise(s) done. An exercise not tried yet counts 0 points, "
                "as it does for your teacher.",
                "",
                total,
            ).format(done=done),
            self,
        )
        layout.addWidget(self.exercises_done)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("progressTree")
        self.tree.setAccessibleName(self.tr("Lessons and exercises"))
        self.tree.setAccessibleDescription(self.tr("Press Enter on an exercise to go to it."))
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Lesson or exercise"),
                self.tr("Points"),
                self.tr("Attempts used"),
                self.tr("What is left"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(_Roomy(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the titles first
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, LEFT_WIDTH)  # longer notes wrap
        self.tree.itemActivated.connect(self._go)
        layout.addWidget(self.tree, 1)
        for index, (lesson, tally) in enumerate(zip(pack.lessons, self.tallies, strict=True)):
            self._add_lesson(index + 1, lesson.id, lesson.title, tally)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    # -- rows ---------------------------------------------------------------------------

    def _add_lesson(self, number_: int, lesson_id: str, title: str, tally: LessonTally) -> None:
        points = self.tr("{earned} of {possible} · {percent}%").format(
            earned=local_number(tally.earned), possible=local_number(tally.possible),
            percent=percent(tally.score),
        )  # fmt: skip
        attempts = str(tally.attempts_used)
        item = QTreeWidgetItem(self.tree, [f"{number_}. {title}", points, attempts, ""])
        item.setText(3, self._lesson_left(tally))
        item.setToolTip(3, plain_tooltip(item.text(3)))
        item.setData(0, _PLACE, (lesson_id, ""))
        font = QFont(item.font(0))
        font.setWeight(QFont.Weight.DemiBold)
        for column in range(COLUMNS):
            item.setFont(column, font)
        item.setData(
            1,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr(
                "{earned} of {possible} point(s), {percent} percent",
                "",
                plural_count(tally.possible),
            ).format(
                earned=local_number(tally.earned), possible=local_number(tally.possible),
                percent=percent(tally.score),
            ),
        )  # fmt: skip
        for exercise in tally.exercises:
            self._add_exercise(item, lesson_id, exercise)
        started = tally.done or any(exercise.draft for exercise in tally.exercises)
        item.setExpanded(bool(started) or number_ == 1)  # what is under way, open

    def _lesson_left(self, tally: LessonTally) -> str:
        parts = []
        untried = tally.total - tally.done
        if untried:
            parts.append(self.tr("%n to do", "", untried))
        again = sum(1 for exercise in tally.exercises if exercise.can_improve)
        if again:
            parts.append(self.tr("%n to try again", "", again))
        if tally.pending:
            parts.append(self.tr("%n waiting", "", tally.pending))  # for the teacher
        return " · ".join(parts) or self.tr("All done")

    def _add_exercise(self, parent: QTreeWidgetItem, lesson_id: str, tally: ExerciseTally) -> None:
        exercise = tally.exercise
        if tally.score is not None:
            verdict = score_verdict(tally.score)
            points = self.tr("{symbol} {earned} of {possible}").format(
                symbol=verdict.symbol, earned=local_number(tally.earned),
                possible=local_number(exercise.points),
            )  # fmt: skip
        else:
            points = self.tr("— of {possible}").format(possible=local_number(exercise.points))
        if exercise.attempts:
            attempts = self.tr("{used} of {allowed}").format(
                used=tally.attempts_used, allowed=exercise.attempts
            )
        else:
            attempts = str(tally.attempts_used)
        item = QTreeWidgetItem(parent, [exercise.title, points, attempts, self._left(tally)])
        item.setData(0, _PLACE, (lesson_id, exercise.id))
        item.setToolTip(0, plain_tooltip(exercise.title))

    def _left(self, tally: ExerciseTally) -> str:
        """What is left to do on one exercise, in a few words."""
        if tally.pending:
            return self.tr("✉ Waiting for your teacher")
        if not tally.done:
            return self.tr("Draft saved, not checked") if tally.draft else self.tr("Not started")
        if tally.can_improve:
            left = tally.attempts_left
            if left is None:
                return self.tr("Can try again")
            return self.tr("%n attempt(s) left", "", left)
        if tally.score is not None and tally.score >= FULL:
            return self.tr("✓ Done")
        return self.tr("Done · no attempts left")

    # -- going there ----------------------------------------------------------------------

    def _go(self, item: QTreeWidgetItem) -> None:
        lesson_id, exercise_id = item.data(0, _PLACE)
        self.placeChosen.emit(lesson_id, exercise_id)
        self.accept()
