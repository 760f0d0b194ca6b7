"""The guided analogy analysis: one section per step, each step an exercise of its own kind.

The steps follow the way a comparison is taken apart: what is compared to what, the
principle the comparison relies on, and where it breaks down. A pack may name other
steps; they are shown by name. Each part keeps its own answer, result and hints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from closeread.core.grading.grade import Grade
from closeread.core.kinds.analogy import step_title as core_step_title
from closeread.core.pack.model import AnalogyExercise, AnalogyPart
from closeread.ui.common.widgets import StatusLabel, heading, score_text, status_text
from closeread.ui.exercises.base import ExerciseWidget, markdown
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.hints import HintLedger, HintsBox

if TYPE_CHECKING:
    from closeread.ui.exercises.mark import MarkWidget


def step_title(step: str) -> str:
    """The heading of a step: the known steps in words (the core's), any other by name."""
    return QCoreApplication.translate("AnalogyWidget", core_step_title(step))


class _Section(QFrame):
    def __init__(
        self,
        number: int,
        part: AnalogyPart,
        widget: ExerciseWidget,
        context: ExerciseContext,
        ledger: HintLedger | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.part = part
        self.widget = widget
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(step_title(part.step))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        title = f"{number}. {step_title(part.step)}"
        self.heading = heading(title, self, scale=1.1)
        layout.addWidget(self.heading)
        exercise = part.exercise
        if exercise.title and exercise.title != step_title(part.step):
            question = QLabel(exercise.title, self)
            question.setWordWrap(True)
            question.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(question)
        if exercise.prompt:
            layout.addWidget(markdown(exercise.prompt, context, self))
        layout.addWidget(widget)
        self.hints: HintsBox | None = None
        if ledger is not None and exercise.hints:
            self.hints = HintsBox(exercise, context, ledger, self)
            layout.addWidget(self.hints)
        self.score = StatusLabel(self)
        layout.addWidget(self.score)


class AnalogyWidget(ExerciseWidget):
    """Every part in order, each in its own section."""

    def __init__(
        self,
        exercise: AnalogyExercise,
        context: ExerciseContext,
        parent: QWidget | None = None,
        *,
        ledger: HintLedger | None = None,
    ) -> None:
        super().__init__(exercise, context, parent)
        from closeread.ui.exercises.factory import make_widget  # the factory builds us too

        self.exercise: AnalogyExercise = exercise
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.sections: list[_Section] = []
        for number, part in enumerate(exercise.parts, start=1):
            widget = make_widget(part.exercise, context, self)
            widget.answerChanged.connect(self.answerChanged)
            widget.checkRequested.connect(self.checkRequested)
            section = _Section(number, part, widget, context, ledger, self)
            layout.addWidget(section)
            self.sections.append(section)

    def part_widget(self, part_id: str) -> ExerciseWidget:
        for section in self.sections:
            if section.part.exercise.id == part_id:
                return section.widget
        raise KeyError(part_id)

    def hint_boxes(self) -> list[HintsBox]:
        return [section.hints for section in self.sections if section.hints is not None]

    def mark_widgets(self) -> list[MarkWidget]:
        return [w for section in self.sections for w in section.widget.mark_widgets()]

    # -- answer -----------------------------------------------------------------------

    def answer(self) -> dict[str, Any]:
        return {
            "parts": {
                section.part.exercise.id: section.widget.answer() for section in self.sections
            }
        }

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        given = answer.get("parts", {})
        for section in self.sections:
            part_answer = given.get(section.part.exercise.id)
            if part_answer is not None:
                section.widget.set_answer(part_answer)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for section in self.sections:
            section.widget.set_read_only(read_only)
            if section.hints is not None:
                section.hints.set_enabled(not read_only)

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        parts = result.parts if result is not None else ()
        for index, section in enumerate(self.sections):
            part = parts[index] if index < len(parts) else None
            section.widget.show_result(part, reveal_key=reveal_key)
            if part is None or part.status == "pending" or self.exercise.key_hidden:
                section.score.clear_status()
                continue
            glyph, color, name = status_text(part.status, final=reveal_key)
            detail = score_text(part.points, part.possible)
            section.score.set_status(glyph, name, color, f"· {detail}")

    def show_earlier(self, result: Grade | None) -> None:
        parts = result.parts if result is not None else ()
        for index, section in enumerate(self.sections):
            section.widget.show_earlier(parts[index] if index < len(parts) else None)
