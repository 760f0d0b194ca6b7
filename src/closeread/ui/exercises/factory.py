"""The widget for each exercise kind, from the UI's registry of kinds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from closeread.core.pack.model import AnyExercise
from closeread.ui.exercises.base import ExerciseWidget
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.hints import HintLedger
from closeread.ui.exercises.kinds import WIDGETS


def make_widget(
    exercise: AnyExercise,
    context: ExerciseContext,
    parent: QWidget | None = None,
    *,
    ledger: HintLedger | None = None,
) -> ExerciseWidget:
    """The widget that edits an answer to ``exercise`` (an analogy's parts get their hints
    from ``ledger``)."""
    kind = WIDGETS.get(getattr(exercise, "kind", None) or "")
    if kind is None:
        raise TypeError(f"not an exercise: {exercise!r}")
    if kind.takes_ledger:
        return kind.widget(exercise, context, parent, ledger=ledger)
    return kind.widget(exercise, context, parent)
