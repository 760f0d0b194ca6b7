"""The result of checking: the score in large type, its status, and the feedback to read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from closeread.core.grading.grade import Grade
from closeread.ui.common.fonts import relative_font
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.widgets import (
    BLUE,
    GREY,
    MutedLabel,
    StatusLabel,
    points_text,
    readable,
    score_text,
    status_text,
)
from closeread.ui.exercises.context import ExerciseContext

STRIPE = 4
_SCORED = {"correct", "partial", "incorrect", "unanswered"}


def without_headline(feedback: str, result: Grade) -> str:
    """The feedback less its first line when that only repeats the score the card shows."""
    if result.override is not None or result.status not in _SCORED:
        return feedback
    head, _, rest = feedback.partition("\n\n")
    if head.startswith("**") and head.endswith("**") and "\n" not in head:
        return rest
    return feedback


class ResultView(QFrame):
    """A card: "3.5 of 4 points", a status ("◐ Partly right"), a bar, then the feedback."""

    def __init__(self, context: ExerciseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Result"))
        self._color = GREY
        self._fraction: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12 + STRIPE, 10, 12, 12)
        layout.setSpacing(6)
        top = self._top = QHBoxLayout()
        top.setSpacing(8)
        self.points = QLabel(self)
        relative_font(self.points, 1.6, QFont.Weight.Bold)
        self.points.setTextFormat(Qt.TextFormat.PlainText)
        self.of = MutedLabel("", self)
        self.of.setWordWrap(False)
        top.addWidget(self.points, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.of, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        self.status = StatusLabel(self)
        self.status.setWordWrap(False)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(top)
        layout.addSpacing(8)  # room for the bar painted under the score
        self.counted = MutedLabel("", self)
        layout.addWidget(self.counted)
        self.feedback = MarkdownView(root=context.pack.root, parent=self)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.feedback)
        self.hide()

    def show_grade(
        self, result: Grade, feedback: str, counted: str = "", *, final: bool = True
    ) -> None:
        """A scored answer: its points, status and feedback; ``counted`` says which counts;
        ``final``: no attempt is left (a wrong answer is "Not right", not "Not yet")."""
        glyph, color, name = status_text(result.status, final=final)
        self._color = color
        self._fraction = result.fraction
        self.points.setText(points_text(result.points))
        self.of.setText(
            self.tr("of 1 point")
            if result.possible == 1
            else self.tr("of {possible} points").format(possible=points_text(result.possible))
        )
        self.points.show()
        self.of.show()
        self._status_at(-1)  # at the right, after the score
        self.status.set_status(glyph, name, color)
        self._show_rest(without_headline(feedback, result), counted)
        self.setAccessibleDescription(f"{score_text(result.points, result.possible)}, {name}")

    def show_handed_in(self, feedback: str) -> None:
        """An assessment answer: saved for the teacher, no score and no key."""
        glyph, color, name = status_text("pending")
        self._color = BLUE
        self._fraction = None
        self.points.hide()
        self.of.hide()
        self._status_at(0)  # no score: the status leads
        self.status.set_status(glyph, name, color)
        self._show_rest(feedback, "")
        self.setAccessibleDescription(name)

    def _status_at(self, index: int) -> None:
        self._top.removeWidget(self.status)
        index = self._top.count() if index < 0 else index
        self._top.insertWidget(index, self.status, 0, Qt.AlignmentFlag.AlignBaseline)

    def _show_rest(self, feedback: str, counted: str) -> None:
        self.counted.setText(counted)
        self.counted.setVisible(bool(counted))
        self.feedback.set_markdown(feedback)
        self.feedback.setVisible(bool(feedback.strip()))
        self.show()
        self.update()

    def score_text(self) -> str:
        """What the score line says, as one string ("3.5 of 4 points")."""
        if not self.points.isVisibleTo(self):
            return self.status.accessibleName()
        return f"{self.points.text()} {self.of.text()}"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        window = self.palette().color(QPalette.ColorRole.Window)
        color = readable(self._color, window, 3.0)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), 2, 2)
        if self._fraction is not None:  # a thin bar under the score line: how much was earned
            y = self.points.geometry().bottom() + 4
            left = self.points.geometry().left()
            width = rect.width() - left - 12
            track = QColor(color)
            track.setAlphaF(0.18)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(left, y, width, 4), 2, 2)
            painter.setBrush(color)
            filled = max(0.0, min(1.0, self._fraction)) * width
            if filled > 0:
                painter.drawRoundedRect(QRectF(left, y, filled, 4), 2, 2)
        painter.end()
