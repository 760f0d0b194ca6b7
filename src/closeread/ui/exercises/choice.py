"""Choice: radio buttons for one answer, check boxes for several; options in Markdown.

Each option is a row: the button, then its text (Markdown, wrapped to the panel's
width; a click on the text toggles the button). The rows stand in
:func:`~closeread.core.kinds.choice.shown_order`'s order for this student; buttons and
answers keep the pack's indices. After checking, the options the student chose say
whether they were right and show the pack's feedback for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.grade import Grade, OptionOutcome
from closeread.core.grading.verdicts import NEEDED, PARTLY, RIGHT, Verdict, item_verdict
from closeread.core.kinds.choice import shown_order
from closeread.core.pack.model import ChoiceExercise
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.widgets import StatusLabel
from closeread.ui.exercises.base import ExerciseWidget, markdown
from closeread.ui.exercises.context import ExerciseContext


class _OptionRow(QWidget):
    """A button and its option text; a ring round the row shows keyboard focus (the
    button has no text of its own for the style to draw its focus frame round)."""

    def __init__(
        self, button: QAbstractButton, text: MarkdownView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.button = button
        self.text = text
        self.status = StatusLabel(self)
        self.feedback: MarkdownView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(text)
        column.addWidget(self.status)
        layout.addLayout(column, 1)
        self._column = column
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().eventFilter(watched, event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.button.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
        painter.end()


class ChoiceWidget(ExerciseWidget):
    """Pick one option (radio buttons) or several (check boxes)."""

    def __init__(
        self, exercise: ChoiceExercise, context: ExerciseContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, context, parent)
        self.exercise: ChoiceExercise = exercise
        self._group = QButtonGroup(self)
        self._group.setExclusive(not exercise.multiple)
        self._rows: dict[int, _OptionRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        previous: QWidget | None = None
        for index in shown_order(exercise, context.pack.id, context.student_key):
            option = exercise.options[index]
            button: QAbstractButton = QCheckBox(self) if exercise.multiple else QRadioButton(self)
            text = markdown(option.text, context, self)
            plain = text.document().toPlainText().strip()
            button.setAccessibleName(plain)
            button.setAccessibleDescription(
                self.tr("Choose any that apply") if exercise.multiple else self.tr("Choose one")
            )
            text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            text.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            text.viewport().installEventFilter(self)
            self._group.addButton(button, index)
            row = _OptionRow(button, text, self)
            layout.addWidget(row)
            self._rows[index] = row
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self._group.buttonToggled.connect(self._on_toggled)
        self.setAccessibleName(
            self.tr("Options: choose any that apply")
            if exercise.multiple
            else self.tr("Options: choose one")
        )

    # -- answer -----------------------------------------------------------------------

    def answer(self) -> dict[str, Any]:
        selected = sorted(index for index, row in self._rows.items() if row.button.isChecked())
        return {"selected": selected}

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        chosen = set(answer.get("selected", ()))
        self._group.blockSignals(True)
        exclusive = self._group.exclusive()
        self._group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for index, row in self._rows.items():
            row.button.setChecked(index in chosen)
        self._group.setExclusive(exclusive)
        self._group.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in self._rows.values():
            # Disabled buttons drop out of the tab order but still read as checked.
            row.button.setEnabled(not read_only)

    def shown_order(self) -> list[int]:
        """The options' indices (the pack's) from the top row down."""
        return list(self._rows)

    def button(self, index: int) -> QAbstractButton:
        """The button of option ``index`` (in the pack's order)."""
        return self._rows[index].button

    def _on_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if not self._group.exclusive() or _checked:
            self.answerChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and not self._read_only:
            for row in self._rows.values():
                if watched is row.text.viewport():
                    if not row.text.textCursor().hasSelection():
                        row.button.click()
                        row.button.setFocus(Qt.FocusReason.MouseFocusReason)
                    break
        return super().eventFilter(watched, event)

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        outcomes = {
            item.index: item
            for item in (result.items if result is not None else ())
            if isinstance(item, OptionOutcome)
        }
        hidden = result is None or result.status == "pending" or self.exercise.key_hidden
        best = max((option.weight for option in self.exercise.options), default=0.0)
        for index, row in self._rows.items():
            item = outcomes.get(index)
            if hidden or item is None:
                row.status.clear_status()
                self._set_feedback(row, "")
                continue
            if item.selected:
                row.status.set_verdict(self._verdict(item.weight, best, reveal_key))
                self._set_feedback(row, item.feedback)
            elif reveal_key and self._wanted(item.weight, best):
                row.status.set_verdict(NEEDED)
                self._set_feedback(row, item.feedback)
            else:
                row.status.clear_status()
                self._set_feedback(row, "")

    def _wanted(self, weight: float, best: float) -> bool:
        return weight > 0 if self.exercise.multiple else weight == best and weight > 0

    def _verdict(self, weight: float, best: float, final: bool) -> Verdict:
        if self.exercise.multiple:  # each right option carries a share of the points
            return item_verdict(weight > 0, final=final)
        if weight > 0 and weight >= best:
            return RIGHT
        return PARTLY if weight > 0 else item_verdict(False, final=final)

    def _set_feedback(self, row: _OptionRow, text: str) -> None:
        if not text:
            if row.feedback is not None:
                row.feedback.hide()
            return
        if row.feedback is None:
            row.feedback = markdown(text, self.context, row)
            row.feedback.setAccessibleName(self.tr("Feedback on this option"))
            row._column.addWidget(row.feedback)
        else:
            row.feedback.set_markdown(text)
        row.feedback.show()
