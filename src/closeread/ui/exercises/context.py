"""What an exercise panel works on: the store, the student, and where the exercise sits."""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.pack.model import AnyExercise, Lesson, Pack
from closeread.core.store.store import Store
from closeread.ui.reading.reader import ArticleView


@dataclass(frozen=True)
class ExerciseContext:
    """Everything a panel needs; ``reader`` is the shared article view (None: no article)."""

    store: Store
    student_id: int
    pack: Pack
    lesson: Lesson
    exercise: AnyExercise
    reader: ArticleView | None = None
