"""The glossary in the reader: a dotted underline under each term's first use, its
definition on hover, and a popup that a keyboard and a screen reader reach.

Like every decoration of the reader, the underline is painted in the viewport from the
document's layout and is never in the document: the text, its offsets and the marks do
not move. Which words are a term, and where a term is first used, is the core's rule
(:mod:`closeread.core.pack.glossary`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QPen, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from closeread.core.pack.glossary import TermUse, first_uses, term_at
from closeread.core.pack.model import GlossaryEntry
from closeread.core.pack.rendering import TooLong, markdown_to_html, without_images
from closeread.ui.common.outside_text import escaped
from closeread.ui.reading.decorations import Decorator
from closeread.ui.reading.textmap import TextMap

POPUP_WIDTH = 360  # pixels: a definition is one to three sentences


def definition_html(entry: GlossaryEntry) -> str:
    """The term in bold and its definition, sanitised, with no pictures (for tooltips,
    labels and the popup: none has a pack behind it to load pictures from)."""
    return f"<p><b>{escaped(entry.term)}</b></p>{_definition_body(entry)}"


def definition_text(entry: GlossaryEntry) -> str:
    """The definition as plain words, for a screen reader."""
    plain = QTextDocumentFragment.fromHtml(_definition_body(entry)).toPlainText()
    return " ".join(plain.split())


def _definition_body(entry: GlossaryEntry) -> str:
    try:
        return without_images(markdown_to_html(entry.definition))
    except TooLong:
        return f"<p>{escaped(entry.definition[:2000])}…</p>"


class GlossaryLayer:
    """The glossary of the article in view: its first uses, painted and looked up."""

    def __init__(self) -> None:
        self.text = ""
        self.entries: tuple[GlossaryEntry, ...] = ()
        self.uses: tuple[TermUse, ...] = ()

    def set(self, text: str, entries: Sequence[GlossaryEntry]) -> None:
        self.text, self.entries = text, tuple(entries)
        self.uses = first_uses(text, self.entries)

    def use_at(self, offset: int) -> TermUse | None:
        """The underlined first use covering ``offset``, if any."""
        return next((use for use in self.uses if use.start <= offset < use.end), None)

    def term_at(self, offset: int) -> TermUse | None:
        """Any use of a term at ``offset`` (or just before it), underlined or not."""
        return term_at(self.text, self.entries, offset)

    def first_use(self, entry: GlossaryEntry) -> TermUse | None:
        return next((use for use in self.uses if use.entry == entry), None)

    def paint(self, decorator: Decorator, textmap: TextMap, palette: QPalette) -> None:
        """A dotted line under each first use, below where mark underlines run."""
        if not self.uses:
            return
        ink = QColor(palette.color(QPalette.ColorRole.Text))
        ink.setAlphaF(0.75)
        pen = QPen(ink, max(1.3, decorator.em / 12))
        pen.setStyle(Qt.PenStyle.DotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter = decorator.painter
        painter.save()
        painter.setPen(pen)
        top, bottom = decorator.visible.top() - decorator.em, decorator.visible.bottom()
        for use in self.uses:
            for rect, baseline in decorator.line_rects(
                textmap.to_qt(use.start), textmap.to_qt(use.end)
            ):
                if rect.bottom() < top or rect.top() > bottom + decorator.em:
                    continue
                y = min(rect.bottom() - 1, baseline + decorator.em * 0.34)
                painter.drawLine(round(rect.left()), round(y), round(rect.right()), round(y))
        painter.restore()


class DefinitionPopup(QFrame):
    """A small popup with a term and its definition; it takes the focus so a screen
    reader reads it, and Escape, Enter or a click elsewhere closes it (the focus then
    goes back where it was)."""

    def __init__(self, entry: GlossaryEntry, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("definitionPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.Box)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.entry = entry
        self.setAccessibleName(self.tr("Definition of {term}").format(term=entry.term))
        self.setAccessibleDescription(definition_text(entry))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = QLabel(definition_html(entry), self)
        self.label.setObjectName("definitionText")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # sanitised above, no pictures
        self.label.setWordWrap(True)
        self.label.setFixedWidth(POPUP_WIDTH)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setAccessibleName(f"{entry.term}: {definition_text(entry)}")
        layout.addWidget(self.label)
        hint = QLabel(self.tr("Esc closes"), self)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(hint)

    def show_at(self, point: QPoint) -> None:
        """Show with its top left at ``point`` (global), kept on the screen."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = point.x(), point.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            if y + self.height() > screen.bottom():
                y = max(screen.top(), y - self.height() - 24)
        self.move(x, y)
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.close()
            return
        super().keyPressEvent(event)
