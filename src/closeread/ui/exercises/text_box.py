"""The text box of a written answer: it grows with the answer, and holds what may be saved.

Short answers and writing tasks both use it. The box is as tall as the answer (wrapped
lines count) between a least and a most number of lines, then scrolls; it never holds
more than :data:`~closeread.core.grading.answers.MAX_TEXT` characters, the most an answer
may have when it is saved. ``edited`` is emitted when the student changes the text, not
when the panel puts a saved answer in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from closeread.core.grading.answers import MAX_TEXT
from closeread.ui.exercises.base import ExerciseWidget


class AnswerBox(QPlainTextEdit):
    """Plain text; Tab moves on to the next control."""

    edited = Signal()

    def __init__(
        self,
        lines: tuple[int, int],
        placeholder: str,
        name: str,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._on_text_changed)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Put a saved answer in (no ``edited``)."""
        self.blockSignals(True)
        self.setPlainText(text[:MAX_TEXT])
        self.blockSignals(False)
        self._fit()

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > MAX_TEXT:
            cursor = self.textCursor()
            self.blockSignals(True)
            self.setPlainText(text[:MAX_TEXT])
            self.blockSignals(False)
            cursor.setPosition(min(cursor.position(), MAX_TEXT))
            self.setTextCursor(cursor)
        self._fit()
        self.edited.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a new width wraps the lines anew

    def _fit(self) -> None:
        least, most = self.lines
        lines = int(self.document().documentLayout().documentSize().height())
        lines = min(max(lines, least), most)
        margins = self.contentsMargins()
        document = self.document().documentMargin()
        height = lines * QFontMetrics(self.font()).lineSpacing()
        height += int(2 * document) + margins.top() + margins.bottom() + 4
        if height != self.height():
            self.setFixedHeight(height)


class TextAnswerWidget(ExerciseWidget):
    """The part every kind answered in one text shares: the answer is the box's text.

    A subclass makes ``self.editor`` (an :class:`AnswerBox`, its ``edited`` connected to
    :meth:`_on_edited`) and says what its counter shows in :meth:`_update_count`.
    """

    editor: AnswerBox

    def answer(self) -> dict[str, Any]:
        return {"text": self.editor.text()}

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        self.editor.set_text(str(answer.get("text", "")))
        self._update_count()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.editor.setReadOnly(read_only)

    def _on_edited(self) -> None:
        self._update_count()
        self.answerChanged.emit()

    def _update_count(self) -> None:
        raise NotImplementedError
