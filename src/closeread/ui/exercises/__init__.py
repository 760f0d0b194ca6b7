"""The exercise panels: one widget per exercise kind, and the panel that saves and checks.

``ExercisePanel(ExerciseContext(...))`` is what the main window shows beside the
article; the kinds' widgets (``mark``, ``choice``, ``short``, ``match``, ``analogy``)
edit raw answers in the format of :mod:`closeread.core.grading.answers`.

Both names are imported when first used: the main window shows the article (through
``lesson_pane``, in this package) before any exercise, and grading and the progress
database are not needed for that.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["ExerciseContext", "ExercisePanel"]

if TYPE_CHECKING:
    from closeread.ui.exercises.context import ExerciseContext
    from closeread.ui.exercises.panel import ExercisePanel

_WHERE = {
    "ExerciseContext": "closeread.ui.exercises.context",
    "ExercisePanel": "closeread.ui.exercises.panel",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'closeread.ui.exercises' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
