"""The exercise panels: one widget per exercise kind, and the panel that saves and checks.

``ExercisePanel(ExerciseContext(...))`` is what the main window shows beside the
article; the kinds' widgets (``mark``, ``choice``, ``short``, ``match``, ``analogy``)
edit raw answers in the format of :mod:`closeread.core.grading.answers`.
"""

from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.panel import ExercisePanel

__all__ = ["ExerciseContext", "ExercisePanel"]
