"""Marks from another exercise, shown on the article while this one is done.

An exercise may name ``show_marks_from = "lesson-id/exercise-id"`` (or just an
exercise id of its own lesson): while it is open, the article shows the marks the
student made there (their draft, or else their last attempt), for reference only. A
marking exercise lists them under its own marks instead: the article's marks are the
ones being edited.
"""

from __future__ import annotations

from closeread.core.grading.answers import AnswerError, validate_answer
from closeread.core.kinds.mark import MARK
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise
from closeread.core.store.errors import StorageError
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.reading.overlay import Mark


def marks_shown_from(context: ExerciseContext, exercise: AnyExercise | None = None) -> list[Mark]:
    """The student's marks in the exercise that ``exercise.show_marks_from`` names."""
    return shown_from(context, exercise)[1]


def shown_from(
    context: ExerciseContext, exercise: AnyExercise | None = None
) -> tuple[str, list[Mark]]:
    """The title of the exercise ``show_marks_from`` names and the student's marks there.

    ``exercise`` defaults to the context's (an analogy's part passes its own).
    """
    reference = (exercise or context.exercise).show_marks_from
    if not reference:
        return "", []
    lesson_id, _, exercise_id = reference.rpartition("/")
    try:
        lesson = context.pack.lesson(lesson_id or context.lesson.id)
        source = lesson.exercise(exercise_id)
    except KeyError:
        return "", []
    if kind_of(source) is not MARK:  # show_marks_from names a marking exercise
        return "", []
    where = (context.student_id, context.pack.id, lesson.id, source.id)
    try:
        draft = context.store.work.load_draft(*where)
        answer = draft.answer if draft is not None else None
        if answer is None:
            attempts = context.store.work.list_attempts(
                student_id=where[0], pack_id=where[1], lesson_id=where[2], exercise_id=where[3]
            )
            answer = attempts[-1].answer if attempts else None
    except StorageError:
        return source.title, []
    if answer is None:
        return source.title, []
    try:
        validate_answer(source, answer, text_length=len(context.pack.article.text))
    except AnswerError:
        return source.title, []
    return source.title, [Mark(start, end, label) for start, end, label in answer["marks"]]
