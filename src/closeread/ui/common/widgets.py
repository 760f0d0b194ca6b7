"""The small pieces the exercise panels and the teacher's tools are built from.

Status labels with a glyph and a colour, muted notes, headings, colours that stay legible
on either theme, and points written as people write them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QSizePolicy, QWidget

from closeread.core.grading.verdicts import Verdict, local_number, points_of, status_verdict
from closeread.ui.common.fonts import relative_font
from closeread.ui.common.markstyle import blend, contrast, luminance
from closeread.ui.common.outside_text import escaped

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


TONES = {"right": GREEN, "partly": ORANGE, "wrong": VERMILION, "none": GREY, "teacher": BLUE}


def verdict_text(verdict: Verdict) -> tuple[str, str, str]:
    """(symbol, colour, translated word) of one of the core's verdicts
    (:mod:`closeread.core.grading.verdicts`, the one set every screen uses)."""
    return verdict.symbol, TONES.get(verdict.tone, GREY), verdict.shown


def status_text(status: str, *, final: bool = True) -> tuple[str, str, str]:
    """(glyph, colour, translated name) of a grade's status; ``final`` (no attempt left,
    as the teacher sees it) says "Not right" where another attempt would say "Not yet"."""
    return verdict_text(status_verdict(status, final=final))


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
        self._parts: tuple[str, str, str, str, bool] | None = None
        self.hide()

    def set_status(
        self, glyph: str, word: str, color: str, detail: str = "", *, markdown: bool = False
    ) -> None:
        """Show "glyph word" and ``detail``: plain text, or with ``markdown`` a pack's
        Markdown (its emphasis shown, never its asterisks)."""
        self._parts = (glyph, word, color, detail, markdown)
        self._render()
        spoken = markdown_words(detail) if markdown else detail
        self.setAccessibleName(f"{word}. {spoken}".strip())
        self.show()

    def set_verdict(self, verdict: Verdict, detail: str = "", *, markdown: bool = False) -> None:
        glyph, color, word = verdict_text(verdict)
        self.set_status(glyph, word, color, detail, markdown=markdown)

    def clear_status(self) -> None:
        self._parts = None
        self.clear()
        self.hide()

    def _render(self) -> None:
        if self._parts is None:
            return
        glyph, word, color, detail, markdown = self._parts
        window = self.palette().color(QPalette.ColorRole.Window)
        ink = readable(color, window).name()
        head = f'<span style="color:{ink}; font-weight:600">{escaped(f"{glyph} {word}")}</span>'
        shown = markdown_inline(detail) if markdown else escaped(detail)
        self.setText(head + (f" {shown}" if detail else ""))

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
    if scale != 1.0:  # follows the text around it when that grows (zoom)
        relative_font(label, scale, QFont.Weight.Bold)
    else:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    label.setAccessibleName(text)
    return label


def fit_wrapped_rows(rows: QListWidget, shown: int) -> None:
    """A list's rows as tall as their wrapped text, the list as tall as its first
    ``shown`` rows (it scrolls for the others)."""
    viewport = rows.viewport().width()
    if viewport <= 0:
        return
    metrics = rows.fontMetrics()
    icon = rows.iconSize().width() if rows.iconSize().isValid() else 16
    width = max(viewport - icon - 4 * rows.spacing() - 14, 80)
    heights = []
    for row in range(rows.count()):
        item = rows.item(row)
        box = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        height = max(box.height(), icon) + 6
        item.setSizeHint(QSize(viewport - 2, height))
        heights.append(height)
    total = sum(heights[:shown]) + 2 * rows.frameWidth() + 2
    if total != rows.height():
        rows.setFixedHeight(total)


def points_text(value: float) -> str:
    """Points as people write them in the interface's language: 3, 2.5 (2,5), 0.75."""
    return local_number(value)


def markdown_inline(text: str) -> str:
    """A pack's short Markdown as safe rich text for a label: emphasis kept, no
    paragraphs, no pictures (explanations beside an answer)."""
    from closeread.core.pack.rendering import TooLong, markdown_to_html, without_images

    try:
        shown = without_images(markdown_to_html(text)).strip()
    except TooLong:
        return escaped(text)
    shown = re.sub(r"</p>\s*<p>", "<br>", shown)
    return re.sub(r"^<p>|</p>$", "", shown)


def markdown_words(text: str) -> str:
    """The words of a pack's short Markdown, for a screen reader."""
    from closeread.core.pack.markdowntext import html_to_text

    return " ".join(html_to_text(markdown_inline(text)).split())


def score_text(points: float, possible: float) -> str:
    """ "2.5 of 4 points", "1 of 1 point" (the core's wording, translated)."""
    return points_of(points, possible)
