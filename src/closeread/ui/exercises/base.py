"""What every exercise widget shares.

Every kind's widget is an :class:`ExerciseWidget`: it edits one raw answer in the
format of :mod:`closeread.core.grading.answers` and shows a
:class:`~closeread.core.grading.grade.Grade` after checking. It holds no rule of its own:
scoring, attempts and hints live in the core, saving in the panel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from closeread.core.grading.grade import Grade
from closeread.core.pack.model import AnyExercise
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.exercises.context import ExerciseContext

if TYPE_CHECKING:
    from closeread.ui.exercises.hints import HintsBox
    from closeread.ui.exercises.mark import MarkWidget


class ExerciseWidget(QWidget):
    """Edits the answer to one exercise. Subclasses implement the four methods below."""

    answerChanged = Signal()
    checkRequested = Signal()  # Ctrl+Return where the panel's own shortcut cannot see it

    def __init__(
        self, exercise: AnyExercise, context: ExerciseContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.context = context
        self._read_only = False
        self.setAccessibleName(exercise.title)

    def answer(self) -> dict[str, Any]:
        """The answer as it stands, in the format of :mod:`closeread.core.grading.answers`."""
        raise NotImplementedError

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        """Show a saved (valid) answer; does not emit ``answerChanged``."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    def confirm_check(self) -> bool:
        """Whether to check (hand in) the answer as it stands: a kind may ask the student
        first (a writing task outside its word guide). Checking goes ahead by default."""
        return True

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        """Show what checking found next to the answer; None clears it.

        ``reveal_key`` (no attempt left) may show the right answers; without it the
        widget says what is right or wrong but never what the key holds.
        """
        raise NotImplementedError

    def show_earlier(self, result: Grade | None) -> None:
        """While the student tries again: ``result`` is the last attempt's grade, whose
        verdicts a kind may keep showing, dimmed, on what the student has not changed
        (the marks on the article). None: nothing to keep."""

    def mark_widgets(self) -> list[MarkWidget]:
        """The widgets inside that mark the shared article (the panel activates one)."""
        return []

    def hint_boxes(self) -> list[HintsBox]:
        """Hint boxes of parts inside (an analogy's); the panel shows the exercise's own."""
        return []


def markdown(text: str, context: ExerciseContext, parent: QWidget | None = None) -> MarkdownView:
    """A self-sizing view of pack Markdown whose images come from the pack only."""
    view = MarkdownView(text, root=context.pack.root, parent=parent)
    view.setAccessibleName(view.document().toPlainText()[:200])
    return view
