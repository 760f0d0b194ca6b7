"""The widget for each exercise kind."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    ShortAnswerExercise,
)
from closeread.ui.exercises.analogy import AnalogyWidget
from closeread.ui.exercises.base import ExerciseWidget
from closeread.ui.exercises.choice import ChoiceWidget
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.hints import HintLedger
from closeread.ui.exercises.mark import MarkWidget
from closeread.ui.exercises.match import MatchWidget
from closeread.ui.exercises.short import ShortWidget


def make_widget(
    exercise: AnyExercise,
    context: ExerciseContext,
    parent: QWidget | None = None,
    *,
    ledger: HintLedger | None = None,
) -> ExerciseWidget:
    """The widget that edits an answer to ``exercise`` (an analogy's parts get their hints
    from ``ledger``)."""
    if isinstance(exercise, MarkExercise):
        return MarkWidget(exercise, context, parent)
    if isinstance(exercise, ChoiceExercise):
        return ChoiceWidget(exercise, context, parent)
    if isinstance(exercise, ShortAnswerExercise):
        return ShortWidget(exercise, context, parent)
    if isinstance(exercise, MatchExercise):
        return MatchWidget(exercise, context, parent)
    if isinstance(exercise, AnalogyExercise):
        return AnalogyWidget(exercise, context, parent, ledger=ledger)
    raise TypeError(f"not an exercise: {exercise!r}")
