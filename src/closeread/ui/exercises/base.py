"""What every exercise widget shares, and the small pieces they are built from.

Every kind's widget is an :class:`ExerciseWidget`: it edits one raw answer in the
format of :mod:`closeread.core.answers` and shows a :class:`~closeread.core.grading.Grade`
after checking. It holds no rule of its own: scoring, attempts and hints live in the
core, saving in the panel.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from closeread.core.grading import Grade
from closeread.core.model import AnyExercise
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.markdown_view import MarkdownView
from closeread.ui.markstyle import blend, contrast, luminance

if TYPE_CHECKING:
    from closeread.ui.exercises.hints import HintsBox
    from closeread.ui.exercises.mark import MarkWidget

# Okabe–Ito colours: told apart by colour-blind readers, and each status has a glyph too.
GREEN, ORANGE, VERMILION, BLUE, GREY = "#009e73", "#e69f00", "#cc3311", "#0072b2", "#8c8c8c"


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
        """The answer as it stands, in the format of :mod:`closeread.core.answers`."""
        raise NotImplementedError

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        """Show a saved (valid) answer; does not emit ``answerChanged``."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        """Show what checking found next to the answer; None clears it.

        ``reveal_key`` (no attempt left) may show the right answers; without it the
        widget says what is right or wrong but never what the key holds.
        """
        raise NotImplementedError

    def mark_widgets(self) -> list[MarkWidget]:
        """The widgets inside that mark the shared article (the panel activates one)."""
        return []

    def hint_boxes(self) -> list[HintsBox]:
        """Hint boxes of parts inside (an analogy's); the panel shows the exercise's own."""
        return []


# -- colours ----------------------------------------------------------------------------


def readable(color: QColor | str, background: QColor, minimum: float = 4.5) -> QColor:
    """``color`` nudged toward black or white until it reads on ``background``."""
    result = QColor(color)
    toward = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for _ in range(24):
        if contrast(result, background) >= minimum:
            break
        result = blend(toward, result, 0.12)
    return result


def muted(palette: QPalette) -> QColor:
    """Secondary text: between the text and its background, still legible."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return readable(blend(text, window, 0.68), window)


_CONTEXT = "ExerciseStatus"
STATUS = {
    "correct": ("✓", GREEN, QT_TRANSLATE_NOOP("ExerciseStatus", "Correct")),
    "partial": ("◐", ORANGE, QT_TRANSLATE_NOOP("ExerciseStatus", "Partly right")),
    "incorrect": ("✗", VERMILION, QT_TRANSLATE_NOOP("ExerciseStatus", "Not yet right")),
    "unanswered": ("○", GREY, QT_TRANSLATE_NOOP("ExerciseStatus", "No answer")),
    "needs_review": ("✎", BLUE, QT_TRANSLATE_NOOP("ExerciseStatus", "Needs review")),
    "pending": ("✉", BLUE, QT_TRANSLATE_NOOP("ExerciseStatus", "Handed in")),
}


def status_text(status: str) -> tuple[str, str, str]:
    """(glyph, colour, translated name) of a grade's status."""
    glyph, color, name = STATUS.get(status, ("•", GREY, status))
    # QT_TRANSLATE_NOOP returns its text; PySide6's stub says object.
    return glyph, color, QCoreApplication.translate(_CONTEXT, name)  # type: ignore[arg-type]


# -- small widgets ------------------------------------------------------------------------


class StatusLabel(QLabel):
    """A coloured glyph and word ("✓ Right") and an optional plain explanation after it.

    The colour is recomputed from the palette, so it stays legible in dark mode; the
    glyph says the same thing for readers who cannot tell the colours apart.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._parts: tuple[str, str, str, str] | None = None
        self.hide()

    def set_status(self, glyph: str, word: str, color: str, detail: str = "") -> None:
        self._parts = (glyph, word, color, detail)
        self._render()
        self.setAccessibleName(f"{word}. {detail}".strip())
        self.show()

    def clear_status(self) -> None:
        self._parts = None
        self.clear()
        self.hide()

    def _render(self) -> None:
        if self._parts is None:
            return
        glyph, word, color, detail = self._parts
        window = self.palette().color(QPalette.ColorRole.Window)
        ink = readable(color, window).name()
        head = f'<span style="color:{ink}; font-weight:600">{html.escape(f"{glyph} {word}")}</span>'
        self.setText(head + (f" {html.escape(detail)}" if detail else ""))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()


class MutedLabel(QLabel):
    """Wrapped secondary text in a colour computed from the palette."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._recolour()

    def _recolour(self) -> None:
        """Muted from the colours it inherits (its own are already muted)."""
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QApplication.palette()
        color = muted(source)
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != color:
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.0) -> QLabel:
    """A bold, wrapped heading; ``scale`` enlarges it relative to the widget font."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def markdown(text: str, context: ExerciseContext, parent: QWidget | None = None) -> MarkdownView:
    """A self-sizing view of pack Markdown whose images come from the pack only."""
    view = MarkdownView(text, root=context.pack.root, parent=parent)
    view.setAccessibleName(view.document().toPlainText()[:200])
    return view


def points_text(value: float) -> str:
    """Points as people write them: 3, 2.5, 0.75."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def score_text(points: float, possible: float) -> str:
    """ "2.5 of 4 points", "1 of 1 point"."""
    tr = QCoreApplication.translate
    text = (
        tr("ExerciseStatus", "{points} of 1 point")
        if possible == 1
        else tr("ExerciseStatus", "{points} of {possible} points")
    )
    return text.format(points=points_text(points), possible=points_text(possible))
