"""What an exercise panel works on: the store, the student, and where the exercise sits."""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.kinds.choice import student_key
from closeread.core.pack.model import AnyExercise, Lesson, Pack
from closeread.core.store.errors import StorageError
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

    @property
    def student_key(self) -> str:
        """Who the student is across computers: it seeds the order of their options."""
        try:
            return student_key(self.store.roster.get_student(self.student_id))
        except StorageError:  # NotFound included: no profile, the pack's order shuffled alike
            return ""
