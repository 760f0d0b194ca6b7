"""Drill-in: one student's work on one lesson, as the teacher needs to see it.

Left, the lesson's exercises with the score that counts for each. In the middle, the
article (a read-only :class:`~closeread.ui.reading.reader.ArticleView`) with the student's
marks laid against the key: hits, near misses, wrong labels and extra marks badged,
the key spans they missed outlined. Right, the attempts at the exercise (the one that
counts first selected), the answer, the feedback it earns, and the teacher's score.

Every attempt is graded again here with the pack's key, as the reports do, so what
the teacher sees is what counts now (after a re-score, with any override).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.counting import counted_attempt
from closeread.core.grading.feedback import render_feedback
from closeread.core.grading.grade import Grade
from closeread.core.grading.saved import hints_of, override_of, try_grade_saved
from closeread.core.grading.verdicts import points
from closeread.core.kinds.choice import student_key
from closeread.core.kinds.registry import awaits_teacher, kind_of
from closeread.core.pack.model import AnyExercise, Pack
from closeread.core.records import Attempt, Student
from closeread.core.report.html_report import answer_html
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.markstyle import outcome_style
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.common.widgets import (
    MutedLabel,
    StatusLabel,
    heading,
    score_text,
    status_text,
)
from closeread.ui.exercises.result import without_headline
from closeread.ui.reading.reader import ArticleView
from closeread.ui.teacher.score_pane import ScorePane

ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 1


def grade_attempt(pack: Pack, exercise: AnyExercise, attempt: Attempt) -> Grade | None:
    """The attempt graded by ``pack``'s key, the teacher's override applied."""
    hints = hints_of(exercise.id, attempt.hints_used, attempt.detail)
    return try_grade_saved(pack, exercise, attempt.answer, hints, **override_of(attempt))


def marks_and_outcomes(exercise: AnyExercise, answer, result: Grade | None):
    """The marks an answer put on the article, and the outcomes of scoring them."""
    return kind_of(exercise).marks(exercise, answer), _span_outcomes(result)


def _span_outcomes(result: Grade | None) -> list:
    """The span outcomes of ``result`` and of its parts, in order."""
    if result is None:
        return []
    outcomes = list(result.spans.outcomes) if result.spans else []
    for part in result.parts:
        outcomes += _span_outcomes(part)
    return outcomes


def when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class AttemptView(QDialog):
    """One student's answers to one lesson of ``pack``, against its key."""

    changed = Signal()  # the teacher saved or withdrew a score

    result: Grade | None  # type: ignore[assignment]  # hides QDialog.result()

    def __init__(
        self,
        store,
        pack: Pack,
        student: Student,
        lesson_id: str,
        parent: QWidget | None = None,
        exercise_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.pack = pack
        self.student = student
        self.attempts: list[Attempt] = []
        self.exercise: AnyExercise | None = None
        self.result: Grade | None = None
        self.setObjectName("attemptView")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1300, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        self.heading = heading(student.label, self, scale=1.3)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        lesson_label = QLabel(self.tr("&Lesson:"), self)
        self.lesson_combo = QComboBox(self)
        self.lesson_combo.setObjectName("attemptLessonCombo")
        self.lesson_combo.setAccessibleName(self.tr("Lesson"))
        lesson_label.setBuddy(self.lesson_combo)
        for number, lesson in enumerate(pack.lessons, 1):
            self.lesson_combo.addItem(f"{number}. {lesson.title}", lesson.id)
        top.addWidget(lesson_label)
        top.addWidget(self.lesson_combo, 1)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.exercise_list = QListWidget(self.splitter)
        self.exercise_list.setObjectName("exerciseList")
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        self.exercise_list.setWordWrap(True)
        self.exercise_list.setMinimumWidth(200)
        self.exercise_list.setSpacing(3)
        centre = QWidget(self.splitter)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        self.article = ArticleView(centre)
        self.article.setAccessibleName(self.tr("Article with the student's marks"))
        self.article.set_labels(pack.labels)
        self.article.set_article(pack.article)
        self.article.setMinimumWidth(360)
        centre_layout.addWidget(self.article, 1)
        self.legend = MutedLabel(self._legend_text(), centre)
        self.legend.setObjectName("marksLegend")
        centre_layout.addWidget(self.legend)
        self.splitter.addWidget(self._side())
        for index, stretch in enumerate((0, 5, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([240, 620, 440])
        layout.addWidget(self.splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.lesson_combo.currentIndexChanged.connect(lambda _i: self.show_lesson())
        self.exercise_list.currentRowChanged.connect(self._on_exercise)
        self.history.currentCellChanged.connect(lambda row, *_: self._on_attempt(row))
        self.editor.saved.connect(self._on_saved)
        index = max(0, self.lesson_combo.findData(lesson_id))
        self.lesson_combo.setCurrentIndex(index)
        self.show_lesson(exercise_id)
        self.exercise_list.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _side(self) -> QWidget:
        """The attempts; then, scrolling, the answer, its feedback and the teacher's score."""
        side = QWidget(self)
        side.setMinimumWidth(340)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(8)
        self.title = heading("", side, scale=1.1)
        layout.addWidget(self.title)
        self.status = StatusLabel(side)
        self.status.setObjectName("attemptStatus")
        layout.addWidget(self.status)
        self.history = QTableWidget(0, 5, side)
        self.history.setObjectName("attemptHistory")
        self.history.setAccessibleName(self.tr("Attempts"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Handed in"),
                self.tr("Score"),
                self.tr("Teacher"),
                self.tr("Counts"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setTabKeyNavigation(False)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history)
        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("The answer, its feedback and your score"))
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_label = QLabel(holder)
        self.answer_label.setObjectName("answerText")
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.answer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holder_layout.addWidget(self.answer_label)
        self.feedback = MarkdownView(root=self.pack.root, parent=holder)
        self.feedback.setObjectName("attemptFeedback")
        self.feedback.setAccessibleName(self.tr("Feedback"))
        holder_layout.addWidget(self.feedback)
        self.editor = ScorePane(self.store, holder)  # scrolls with the rest: a rubric is long
        holder_layout.addWidget(self.editor)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        return side

    def _legend_text(self) -> str:
        kinds = ("hit", "partial", "wrong_label", "extra", "missed")
        parts = [f"{outcome_style(k).glyph} {outcome_style(k).name}" for k in kinds]
        return self.tr(
            "Shaded: the student's marks. Outlined: key spans they missed. Badges: {kinds}."
        ).format(kinds=" · ".join(parts))

    # -- showing -------------------------------------------------------------------------------

    @property
    def lesson(self):
        return self.pack.lesson(self.lesson_combo.currentData())

    def show_lesson(self, exercise_id: str = "") -> None:
        lesson = self.lesson
        self.setWindowTitle(
            self.tr("CloseRead — {name}: {lesson}").format(
                name=self.student.name, lesson=lesson.title
            )
        )
        try:
            attempts = self.store.work.list_attempts(
                student_id=self.student.id, pack_id=self.pack.id, lesson_id=lesson.id
            )
        except StorageError as error:
            show_storage_error(self, error)
            attempts = []
        self._by_exercise: dict[str, list[Attempt]] = {}
        for attempt in attempts:
            self._by_exercise.setdefault(attempt.exercise_id, []).append(attempt)
        self.exercise_list.blockSignals(True)
        self.exercise_list.clear()
        chosen = 0
        for row, exercise in enumerate(lesson.exercises):
            text = f"{row + 1}. {self._exercise_text(exercise)}"
            item = QListWidgetItem(text, self.exercise_list)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(plain_tooltip(exercise.title))
            if exercise.id == exercise_id:
                chosen = row
        self.exercise_list.blockSignals(False)
        self.exercise_list.setCurrentRow(chosen)
        self._on_exercise(chosen)

    def _exercise_text(self, exercise: AnyExercise) -> str:
        made = self._by_exercise.get(exercise.id, [])
        counted = counted_attempt(made, exercise.counts, exercise.attempts)
        if counted is None:
            glyph, _c, word = status_text("unanswered")
            return f"{glyph} {exercise.title}\n" + self.tr("not tried")
        result = grade_attempt(self.pack, exercise, counted)
        if result is None:
            return f"• {exercise.title}\n" + self.tr("the answer no longer fits")
        glyph, _color, word, score = self._verdict(result)
        return f"{glyph} {exercise.title}\n{score} · {word}"

    def _on_exercise(self, row: int) -> None:
        lesson = self.lesson
        if not 0 <= row < len(lesson.exercises):
            return
        exercise = lesson.exercises[row]
        self.exercise = exercise
        self.title.setText(exercise.title)
        self.title.setAccessibleName(exercise.title)
        self.attempts = self._by_exercise.get(exercise.id, [])
        counted = counted_attempt(self.attempts, exercise.counts, exercise.attempts)
        self.history.blockSignals(True)
        self.history.setRowCount(len(self.attempts))
        selected = 0
        for index, attempt in enumerate(self.attempts):
            derived = "—" if attempt.score is None else f"{attempt.score * 100:.0f}%"
            teacher = (
                "" if attempt.override_score is None else f"{attempt.override_score * 100:.0f}%"
            )
            counts = "✓" if counted is not None and attempt.id == counted.id else ""
            cells = [str(attempt.attempt_no), when(attempt.submitted_at), derived, teacher, counts]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ATTEMPT_ROLE, attempt.id)
                if column == 1:
                    item.setToolTip(self._source(attempt))
                self.history.setItem(index, column, item)
            if counts:
                selected = index
        self.history.blockSignals(False)
        self._fit_history()
        if self.attempts:
            self.history.selectRow(selected)
            self._on_attempt(selected)
        else:
            self._show(None)

    def _fit_history(self) -> None:
        """As tall as its rows (at least one, at most five), so nothing below moves far."""
        rows = min(max(self.history.rowCount(), 1), 5)
        height = self.history.horizontalHeader().sizeHint().height() + 2 * self.history.frameWidth()
        height += rows * self.history.verticalHeader().defaultSectionSize()
        self.history.setFixedHeight(height)

    def _source(self, attempt: Attempt) -> str:
        if attempt.source.startswith("import:"):
            return self.tr("From a results file the student handed in")
        return self.tr("Made in CloseRead on this computer")

    def _on_attempt(self, row: int) -> None:
        if 0 <= row < len(self.attempts):
            self._show(self.attempts[row])

    def _show(self, attempt: Attempt | None) -> None:
        exercise = self.exercise
        assert exercise is not None
        if attempt is None:
            self.result = None
            self.status.set_status(*self._status_parts("unanswered", self.tr("Not tried yet.")))
            self.answer_label.setText("")
            self.feedback.set_markdown("")
            self.article.set_feedback([])
            self.article.set_marks([])
            self.editor.set_attempt(None, None)
            return
        result = self.result = grade_attempt(self.pack, exercise, attempt)
        marks, outcomes = marks_and_outcomes(exercise, attempt.answer, result)
        self.article.set_marks(marks)
        self.article.set_feedback(outcomes)
        if marks:
            self.article.scroll_to_offset(min(mark[0] for mark in marks))
        answer = answer_html(exercise, attempt.answer, self.pack.id, student_key(self.student))
        self.answer_label.setText("<b>" + self.tr("Answer:") + f"</b> {answer}")
        if result is None:
            self.status.set_status(
                "•",
                self.tr("Does not fit"),
                "#8c8c8c",
                self.tr("The saved answer no longer fits this exercise."),
            )
            self.feedback.set_markdown("")
        else:
            glyph, color, word, score = self._verdict(result)
            self.status.set_status(glyph, word, color, score)
            feedback = render_feedback(
                exercise, result, labels=self.pack.labels, text=self.pack.article.text
            )
            self.feedback.set_markdown(without_headline(feedback, result))
        self.editor.set_attempt(attempt, exercise)

    def _verdict(self, result: Grade) -> tuple[str, str, str, str]:
        """(glyph, colour, word, score) of a result; one only the teacher scores has none yet."""
        glyph, color, word = status_text(result.status)
        if awaits_teacher(result):
            worth = self.tr("worth {points}").format(points=points(result.possible))
            return glyph, color, self.tr("To score"), worth
        return glyph, color, word, score_text(result.points, result.possible)

    def _status_parts(self, status: str, detail: str) -> tuple[str, str, str, str]:
        glyph, color, word = status_text(status)
        return glyph, word, color, detail

    def _on_saved(self, attempt_id: int) -> None:
        exercise_id = self.exercise.id if self.exercise else ""
        row = self.history.currentRow()
        self.show_lesson(exercise_id)
        if 0 <= row < len(self.attempts):
            self.history.selectRow(row)
            self._on_attempt(row)
        self.changed.emit()
