"""The small pieces the exercise panels and the teacher's tools are built from.

Status labels with a glyph and a colour, muted notes, headings, colours that stay legible
on either theme, and points written as people write them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from closeread.ui.common.markstyle import blend, contrast, luminance

# Okabe–Ito colours: told apart by colour-blind readers, and each status has a glyph too.
GREEN, ORANGE, VERMILION, BLUE, GREY = "#009e73", "#e69f00", "#cc3311", "#0072b2", "#8c8c8c"


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
    "needs_review": ("✎", BLUE, QT_TRANSLATE_NOOP("ExerciseStatus", "Provisional")),
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
