"""ArticleView: the article in a calm reading column, where students select and see marks.

Offsets in and out of this widget are the core's: code points into ``Article.text``.
The document is built from the article's blocks so that its plain text *is* that text;
a ``TextMap`` converts to Qt's UTF-16 positions at the boundary.

Selecting: mouse drag or Shift+arrows (Ctrl+Shift+arrows by word). ``current_selection``
gives the selection grown to whole words; a mouse selection is snapped on screen when
the button is released. **Ctrl+click** (⌘+click on macOS) selects the whole sentence:
Alt+click is taken by many Linux window managers (Alt+drag moves the window) and a
macOS Ctrl+click opens the context menu, while Ctrl+click means nothing in a read-only
text view. Layout, zoom and scroll memory come from ``ReadingPane``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QToolTip, QWidget

from closeread.core.pack.model import Article, GlossaryEntry
from closeread.ui.common.markstyle import LabelStyle, StyledLabel, label_styles
from closeread.ui.reading.decorations import Decorator
from closeread.ui.reading.document import build_document
from closeread.ui.reading.glossary import DefinitionPopup, GlossaryLayer, definition_html
from closeread.ui.reading.overlay import (
    FeedbackItem,
    Mark,
    Outcome,
    Segment,
    as_marks,
    describe,
    found_selections,
    mark_selections,
    segments,
)
from closeread.ui.reading.readingpane import ReadingPane
from closeread.ui.reading.textmap import TextMap

if TYPE_CHECKING:
    from closeread.ui.reading.words import WordIndex


class ArticleView(ReadingPane):
    """A read-only, keyboard-navigable view of one article with marks and feedback."""

    selectionSnapped = Signal(int, int)  # the selection grown to whole words, code points
    selectionCleared = Signal()  # no word is selected any more
    cursorInfoChanged = Signal(str)  # plain text about the marks at the cursor, or ""
    articleChanged = Signal()  # a new article: every mark and feedback item is gone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))
        self._description = self.tr(
            "Select words with Shift and the arrow keys, then press a label's number "
            "to mark them. Ctrl+click selects a sentence."
        )
        self.setAccessibleDescription(self._description)
        self._article = Article(markdown="", text="", blocks=())
        self._textmap = TextMap("")
        self._words: WordIndex | None = None  # the article's words, found when first needed
        self._styles = label_styles(())
        self._marks: list[Mark] = []
        self._feedback: list[FeedbackItem] = []
        self._segments: list[Segment] = []
        self._last_snapped: tuple[int, int] | None = None
        self._last_info = ""
        self.painted_badges: list[QRectF] = []  # where the last paint put tags and badges
        self._found: tuple[list[tuple[int, int]], tuple[int, int] | None] = ([], None)
        self.glossary = GlossaryLayer()  # its terms' first uses, underlined
        self.selectionChanged.connect(self._on_selection_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # -- content ----------------------------------------------------------------------

    @property
    def article(self) -> Article:
        return self._article

    @property
    def textmap(self) -> TextMap:
        return self._textmap

    @property
    def words(self) -> WordIndex:
        """The article's words and sentences (found at the first selection or mark, not
        while the article is being shown: the tokeniser's patterns take a while to make)."""
        if self._words is None:
            from closeread.ui.reading.words import WordIndex

            self._words = WordIndex(self._article.text)
        return self._words

    def set_article(self, article: Article) -> None:
        """Show ``article``; marks and feedback are cleared."""
        self._article = article
        self._textmap = TextMap(article.text)
        self._words = None
        self._marks, self._feedback = [], []
        self._found = ([], None)
        self._last_snapped = None
        self.glossary.set(article.text, ())  # the pack sets its own (set_glossary)
        self.rebuild()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self.articleChanged.emit()

    def plain_text(self) -> str:
        """The document's text with blocks joined by "\\n" (no-break spaces kept)."""
        return self.document().toRawText().replace("\u2029", "\n")

    def set_labels(self, labels: Iterable[StyledLabel]) -> None:
        """The labels marks may carry (``closeread.core.pack.model.Label`` objects), in order."""
        self._styles = label_styles(tuple(labels))
        self._refresh_overlay()

    def label_styles(self) -> dict[str, LabelStyle]:
        return dict(self._styles)

    def set_glossary(self, entries: Iterable[GlossaryEntry]) -> None:
        """Underline the first use of each of these terms (the pack's glossary)."""
        self.glossary.set(self._article.text, tuple(entries))
        about = self.tr(
            " Words with a dotted underline are in the glossary: "
            "Ctrl+D defines the one at the cursor."
        )
        self.setAccessibleDescription(self._description + (about if self.glossary.uses else ""))
        self.viewport().update()

    def show_definition(self, start: int, end: int, entry: GlossaryEntry) -> DefinitionPopup:
        """Scroll ``[start, end)`` into view and show ``entry``'s definition under it."""
        self.reveal(start)
        rect = self.cursorRect(self._cursor_at(self._textmap.to_qt(start)))
        popup = DefinitionPopup(entry, self)
        popup.show_at(self.viewport().mapToGlobal(rect.bottomLeft()))
        return popup

    def define_at_cursor(self) -> DefinitionPopup | None:
        """The definition of the glossary term at the cursor, if it is on one."""
        use = self.glossary.term_at(self.cursor_offset())
        return None if use is None else self.show_definition(use.start, use.end, use.entry)

    # -- marks and feedback -----------------------------------------------------------

    def set_marks(self, marks: Iterable[Sequence]) -> None:
        """Draw these marks: ``(start, end, label_id)`` tuples in code points."""
        marks = as_marks(marks)
        for mark in marks:
            if mark.end > self._textmap.length:
                raise ValueError(f"mark {tuple(mark)!r} ends after the article")
        self._marks = marks
        self._refresh_overlay()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def marks_at(self, offset: int) -> list[Mark]:
        """The marks covering the character at ``offset``, innermost first."""
        found = [m for m in self._marks if m.start <= offset < m.end]
        return sorted(found, key=lambda m: m.end - m.start)

    def set_feedback(self, items: Iterable[FeedbackItem | Outcome]) -> None:
        """Show the outcomes of checking (``FeedbackItem`` or scoring outcomes); [] clears."""
        self._feedback = [
            item if isinstance(item, FeedbackItem) else FeedbackItem.from_outcome(item)
            for item in items
        ]
        self._refresh_overlay()

    def feedback(self) -> list[FeedbackItem]:
        return list(self._feedback)

    def describe_at(self, offset: int) -> str:
        """Rich text on the marks and feedback at ``offset`` (what the tooltip shows)."""
        return describe(offset, self._article.text, self._marks, self._feedback, self._styles)

    def set_found(self, spans: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Tint the places Find found (``current`` more strongly); [] clears. Marks stay."""
        self._found = (list(spans), current)
        self._refresh_overlay()

    def found(self) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
        return list(self._found[0]), self._found[1]

    def _refresh_overlay(self) -> None:
        self._segments = segments(self._marks)
        palette = self.palette()
        marks = mark_selections(
            self.document(), self._textmap, self._segments, self._styles, palette
        )
        self.setExtraSelections(
            marks + found_selections(self.document(), self._textmap, *self._found, palette)
        )
        self.viewport().update()
        self._on_cursor_moved()

    # -- selection --------------------------------------------------------------------

    def cursor_offset(self) -> int:
        return self._textmap.from_qt(self.textCursor().position())

    def raw_selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._textmap.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())

    def current_selection(self) -> tuple[int, int] | None:
        """The selection grown to whole words, in code points, or None (no words in it)."""
        raw = self.raw_selection()
        return None if raw is None else self.words.snap(*raw)

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``[start, end)``, the cursor at ``end``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._textmap.to_qt(start))
        cursor.setPosition(self._textmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def select_sentence_at(self, offset: int) -> tuple[int, int] | None:
        sentence = self.words.sentence_at(offset)
        if sentence is not None:
            self.select_span(*sentence)
        return sentence

    def offset_at(self, point: QPoint) -> int:
        """The code-point offset nearest to a point of the viewport."""
        return self._textmap.from_qt(self.cursorForPosition(point).position())

    def reveal(self, offset: int) -> None:
        """Scroll so that ``offset`` is in view, without moving the selection."""
        self.reveal_position(self._textmap.to_qt(offset))

    def first_visible_offset(self) -> int:
        """The offset of the first line in view: save it to restore the scroll position."""
        return self._textmap.from_qt(self.first_visible_position())

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that ``offset``'s line is at the top of the view."""
        self.scroll_to_position(self._textmap.to_qt(offset))

    def show_passage(self, offset: int | None) -> None:
        """Bring the paragraph that begins at ``offset`` to the top (a little of the space
        above it showing, none of the paragraph before), unless its first line is in the
        upper two thirds of the view already: the student is reading there."""
        if offset is None:
            return
        if not self.isVisible():
            self.scroll_to_offset(offset)  # once shown
            return
        position = self._textmap.to_qt(offset)
        rect = self.cursorRect(self._cursor_at(position))
        if rect.top() >= 0 and rect.bottom() <= self.viewport().height() * 2 // 3:
            return
        block = self.document().findBlock(position)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(round(top - self.em() * 0.4))

    def _on_selection_changed(self) -> None:
        snapped = self.current_selection()
        if snapped == self._last_snapped:
            return
        self._last_snapped = snapped
        if snapped is None:
            self.selectionCleared.emit()
        else:
            self.selectionSnapped.emit(*snapped)

    def _on_cursor_moved(self) -> None:
        info = self.describe_at(self.cursor_offset()) if self._marks or self._feedback else ""
        if info:
            info = QTextDocumentFragment.fromHtml(info).toPlainText()
        if info != self._last_info:
            self._last_info = info
            self.cursorInfoChanged.emit(info)

    # -- events -----------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_sentence_at(self.offset_at(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            raw, snapped = self.raw_selection(), self.current_selection()
            if snapped is not None and snapped != raw:
                backwards = self.textCursor().position() < self.textCursor().anchor()
                self.select_span(*(snapped[::-1] if backwards else snapped))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)  # what a ToolTip event is
            point = QPointF(event.pos()) + self.scroll_offset()
            position = self.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
            offset = self._textmap.from_qt(position) if position >= 0 else -1
            info = self.describe_at(offset) if offset >= 0 else ""
            term = self.glossary.use_at(offset) if offset >= 0 else None
            if term is not None:
                info = definition_html(term.entry) + (f"<hr>{info}" if info else "")
            if info:
                QToolTip.showText(event.globalPos(), info, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- building and painting --------------------------------------------------------

    def build(self, font: QFont) -> None:
        build_document(self.document(), self._article, font, self.palette())

    def rebuilt(self) -> None:
        self._refresh_overlay()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        decorator = Decorator(
            painter, self.document(), self.scroll_offset(), QRectF(event.rect()), self.palette()
        )
        first = self.document().findBlock(self.first_visible_position())
        if first.previous().isValid():
            first = first.previous()
        decorator.paint_margin(decorator.visible_blocks(first), self.column_left())
        self.glossary.paint(decorator, self._textmap, self.palette())
        extras = {
            item.mark
            for item in self._feedback
            if item.kind == "extra" and item.mark is not None and not item.earlier
        }
        decorator.paint_underlines(self._textmap, self._segments, self._styles, extras)
        decorator.paint_outlines(self._textmap, self._feedback, self._styles)
        decorator.paint_tags(self._textmap, self._marks, self._styles)
        decorator.paint_feedback(self._textmap, self._feedback)
        decorator.paint_found(self._textmap, self._found[1])
        painter.end()
        self.painted_badges = decorator.badges
