"""What the HTML and PDF grade reports show, gathered once from the progress database.

Per pack: the class summary (each lesson's scores, for a table and a chart) and, per
student, each exercise's counted attempt graded again with the pack's key (with the
teacher's override), its feedback as the student would read it once no attempt is
left, and the marks of its counted answer, to draw over the article beside that
exercise's own key (never another's).

A lesson's figures count the students who started it and have nothing in it waiting
for the teacher to score; those who wait are counted apart, so a lesson nobody's
answers have been scored in shows no mean of 0 %.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from closeread.core.grading.feedback import render_feedback
from closeread.core.grading.grade import Grade
from closeread.core.grading.saved import AttemptGrader
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise, KeySpan, Lesson, Pack
from closeread.core.records import Attempt
from closeread.core.report.gradebook import Gradebook, GradebookRow, gradebook
from closeread.core.store.counted import counted_attempts


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ExerciseView:
    lesson: Lesson
    exercise: AnyExercise
    attempts: int  # made
    counted: Attempt | None
    grade: Grade | None  # the counted attempt graded by the key; None when not attempted
    feedback: str  # Markdown
    marks: tuple[Mark, ...] = ()  # the counted answer's marks on the article, in text order

    @property
    def number(self) -> str:
        return f"{self.lesson.id}/{self.exercise.id}"


@dataclass(frozen=True)
class StudentView:
    row: GradebookRow
    exercises: tuple[ExerciseView, ...]
    marks: tuple[Mark, ...]  # the counted marks of every marking exercise, in text order


@dataclass(frozen=True)
class LessonStats:
    lesson: Lesson
    percents: tuple[float, ...]  # of the students who started it, with nothing waiting
    students: int
    waiting: int = 0  # students who started it with answers waiting for the teacher

    @property
    def started(self) -> int:
        return len(self.percents) + self.waiting

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.percents) if self.percents else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.percents) if self.percents else None


@dataclass(frozen=True)
class PackReport:
    pack: Pack
    book: Gradebook
    lessons: tuple[LessonStats, ...]
    students: tuple[StudentView, ...]
    key: tuple[KeySpan, ...]  # every key span of the marking exercises, in text order


@dataclass(frozen=True)
class ClassReport:
    packs: tuple[PackReport, ...]
    class_name: str | None
    generated_at: str


def build_report(
    store,
    packs: Sequence[Pack],
    class_name: str | None = None,
    *,
    with_students: bool = True,
    generated_at: str = "",
) -> ClassReport:
    """Everything the report shows for ``packs`` (for one class if ``class_name``)."""
    stamp = generated_at or datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    return ClassReport(
        tuple(_pack_report(store, pack, class_name, with_students) for pack in packs),
        class_name,
        stamp,
    )


def _pack_report(store, pack: Pack, class_name: str | None, with_students: bool) -> PackReport:
    book = gradebook(store, [pack], class_name)
    lessons = tuple(
        LessonStats(
            lesson,
            tuple(
                value
                for row in book.rows
                if (value := row.percents[i]) is not None and not waits(row, i)
            ),
            len(book.rows),
            sum(1 for row in book.rows if row.percents[i] is not None and waits(row, i)),
        )
        for i, lesson in enumerate(pack.lessons)
    )
    key = sorted(
        (span for exercise in _exercises(pack) for span in kind_of(exercise).key_spans(exercise)),
        key=lambda span: (span.start, span.end),
    )
    students: list[StudentView] = []
    if with_students:
        counted = counted_attempts(store, pack, class_name)
        grader = _Grader(pack)
        for row in book.rows:
            students.append(_student(pack, row, counted.get(row.student.id, {}), grader))
    return PackReport(pack, book, lessons, tuple(students), tuple(key))


def waits(row: GradebookRow, column: int) -> int:
    """How many of the row's answers in lesson ``column`` wait for the teacher to score."""
    summary = row.lessons[column] if column < len(row.lessons) else None
    return summary.pending if summary is not None else 0


class _Grader(AttemptGrader):
    """Grades, and the feedback on each grade, remembered for the whole report."""

    def __init__(self, pack: Pack) -> None:
        super().__init__(pack)
        self.names = {label.id: label.name for label in pack.labels}
        self._feedback: dict[int, tuple[Grade, str]] = {}

    def feedback(self, exercise: AnyExercise, result: Grade) -> str:
        known = self._feedback.get(id(result))
        if known is None or known[0] is not result:
            text = render_feedback(exercise, result, labels=self.names, text=self.pack.article.text)
            known = self._feedback[id(result)] = (result, text)
        return known[1]


def _student(
    pack: Pack,
    row: GradebookRow,
    attempts: dict[tuple[str, str], tuple[int, Attempt]],
    grader: _Grader,
) -> StudentView:
    views = []
    marks: list[Mark] = []
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            made, counted = attempts.get((lesson.id, exercise.id), (0, None))
            result = None
            feedback = ""
            own: list[Mark] = []
            if counted is not None:
                result = grader.grade(exercise, counted)
                if result is not None:
                    feedback = grader.feedback(exercise, result)
                    own = sorted(_marks_of(exercise, counted.answer), key=_text_order)
                    marks += own
            views.append(
                ExerciseView(lesson, exercise, made, counted, result, feedback, tuple(own))
            )
    marks.sort(key=_text_order)
    return StudentView(row, tuple(views), tuple(marks))


def _text_order(mark: Mark) -> tuple[int, int]:
    return (mark.start, -mark.end)


def _exercises(pack: Pack) -> list[AnyExercise]:
    return [exercise for lesson in pack.lessons for exercise in lesson.exercises]


def _marks_of(exercise: AnyExercise, answer) -> list[Mark]:
    return [Mark(*mark) for mark in kind_of(exercise).marks(exercise, answer)]
