"""The UI's side of each exercise kind: the widget that edits its answer, and its name.

``WIDGETS`` holds one entry per kind of :data:`closeread.core.kinds.registry.KINDS` (a
test holds the two to the same names); :func:`~closeread.ui.exercises.factory.make_widget`
and the panel's kind line read it. Adding a kind: docs/adding-a-kind.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from closeread.ui.common.i18n import translate
from closeread.ui.exercises.analogy import AnalogyWidget
from closeread.ui.exercises.base import ExerciseWidget
from closeread.ui.exercises.choice import ChoiceWidget
from closeread.ui.exercises.mark import MarkWidget
from closeread.ui.exercises.match import MatchWidget
from closeread.ui.exercises.short import ShortWidget
from closeread.ui.exercises.writing import WritingWidget


@dataclass(frozen=True)
class KindWidgets:
    widget: Callable[..., ExerciseWidget]  # (exercise, context, parent, *, ledger)
    title: Callable[[Any], str]  # "Marking", "Choose one", ... for an exercise of the kind
    takes_ledger: bool = False  # an analogy's parts take their hints from the panel's ledger
    hands_in: bool = False  # "Hand in", not "Check": only the teacher scores it


WIDGETS: dict[str, KindWidgets] = {
    "mark": KindWidgets(MarkWidget, lambda exercise: translate("ExercisePanel", "Marking")),
    "choice": KindWidgets(
        ChoiceWidget,
        lambda exercise: (
            translate("ExercisePanel", "Choose any that apply")
            if exercise.multiple
            else translate("ExercisePanel", "Choose one")
        ),
    ),
    "short": KindWidgets(ShortWidget, lambda exercise: translate("ExercisePanel", "Short answer")),
    "match": KindWidgets(MatchWidget, lambda exercise: translate("ExercisePanel", "Matching")),
    "analogy": KindWidgets(
        AnalogyWidget,
        lambda exercise: translate("ExercisePanel", "Analogy, step by step"),
        takes_ledger=True,
    ),
    "writing": KindWidgets(
        WritingWidget, lambda exercise: translate("ExercisePanel", "Writing task"), hands_in=True
    ),
}
