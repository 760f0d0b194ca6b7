"""Short answer: a few sentences in the student's own words.

After checking it says whether the answer was accepted, or that it needs review: the
rules could not decide, so the teacher will read it and score it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from closeread.core.grading.answers import MAX_TEXT
from closeread.core.grading.grade import Grade
from closeread.core.grading.verdicts import status_verdict
from closeread.core.kinds.base import word_count
from closeread.core.pack.model import ShortAnswerExercise
from closeread.ui.common.widgets import MutedLabel, StatusLabel
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.text_box import AnswerBox, TextAnswerWidget

LINES = (4, 14)  # the box grows with the answer between these many lines, then scrolls


class ShortWidget(TextAnswerWidget):
    """A plain text box; Tab moves on, Ctrl+Return checks."""

    def __init__(
        self,
        exercise: ShortAnswerExercise,
        context: ExerciseContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(exercise, context, parent)
        self.exercise: ShortAnswerExercise = exercise
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.editor = AnswerBox(
            LINES,
            self.tr("Write your answer here, in your own words."),
            self.tr("Your answer"),
            exercise.title,
            self,
        )
        self.editor.edited.connect(self._on_edited)
        layout.addWidget(self.editor)
        self.count = MutedLabel("", self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.count)
        self.status = StatusLabel(self)
        layout.addWidget(self.status)
        self._update_count()

    # -- answer -----------------------------------------------------------------------

    def _update_count(self) -> None:
        text = self.editor.text()
        words = word_count(text)
        shown = self.tr("%n word(s)", "", words)
        if len(text) > MAX_TEXT * 0.9:
            shown += " · " + self.tr("{used} of {limit} characters").format(
                used=f"{len(text):,}", limit=f"{MAX_TEXT:,}"
            )
        self.count.setText(shown)
        self.count.setVisible(bool(text))

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        if result is None or result.status == "pending" or self.exercise.key_hidden:
            self.status.clear_status()
            return
        detail = ""
        if result.status == "needs_review":
            detail = self.tr(
                "The rubric only looks for key words, so its points are provisional: "
                "your teacher will read your answer and confirm or change them."
            )
        self.status.set_verdict(status_verdict(result.status, final=reveal_key), detail)
