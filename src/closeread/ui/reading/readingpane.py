"""ReadingPane: a read-only text view laid out for reading, with zoom and a scroll memory.

The text sits in a centred column about ``MEASURE_CHARS`` characters wide (long lines
tire the eye), with room on the left for paragraph numbers. The font size follows the
zoom step; zooming rebuilds the document in the new size (subclasses say how, in
``build``), keeping the selection and the line at the top of the view. Zoom keys:
Ctrl+= / Ctrl++, Ctrl+-, Ctrl+0, and Ctrl+wheel. Positions here are Qt's.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QWidget

from closeread.ui.reading.document import reading_font

MEASURE_CHARS = 68  # the column's width in average characters
GUTTER_EM = 2.6  # room left of the column for paragraph numbers, in ems
ZOOM_STEP = 1.1
ZOOM_RANGE = (-6, 10)
_ZOOM_IN = {Qt.Key.Key_Equal, Qt.Key.Key_Plus}
_ZOOM_OUT = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}


class ReadingPane(QTextEdit):
    zoomChanged = Signal(int)  # the zoom step, 0 = the default size

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursorWidth(2)  # the caret is how keyboard users see where they are
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._zoom = 0
        self._base_point_size = max(12.0, QApplication.font().pointSizeF() * 1.25)
        self._column: tuple[int, int] | None = None
        self._pending_scroll: tuple[int, str] | None = None  # applied once shown
        self._kept: tuple[int, int] | None = None  # (position, scroll value) last kept at top
        self._built = False

    # -- for subclasses ------------------------------------------------------------------

    def build(self, font: QFont) -> None:
        """Fill ``self.document()`` in ``font``; called on every rebuild."""

    def rebuilt(self) -> None:
        """Called after every rebuild, signals unblocked: redraw what depends on it."""

    def rebuild(self) -> None:
        """(Re)build the document, keeping the selection: positions do not change."""
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        self.blockSignals(True)
        self._built = True
        self.build(reading_font(self._base_point_size * ZOOM_STEP**self._zoom))
        self._column = None
        self._update_column()
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(anchor, last))
        cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.blockSignals(False)
        self.rebuilt()

    # -- the column ------------------------------------------------------------------------

    def em(self) -> float:
        """The size of the text in pixels (at 96 dpi), the unit of its spacing."""
        return self.document().defaultFont().pointSizeF() * 4 / 3

    def column_left(self) -> int:
        return self._column[0] if self._column else 0

    def _update_column(self) -> None:
        metrics = QFontMetricsF(self.document().defaultFont())
        em = self.em()
        gutter = GUTTER_EM * em
        measure = metrics.averageCharWidth() * MEASURE_CHARS
        width = self.viewport().width()
        column = max(min(measure, width - 2 * gutter), em * 10)
        left = round(max(gutter, (width - column) / 2))
        right = round(max(em, width - left - column))
        if self._column == (left, right):
            return
        self._column = (left, right)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        fmt.setLeftMargin(left)
        fmt.setRightMargin(right)
        fmt.setTopMargin(em * 1.6)
        fmt.setBottomMargin(em * 3)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:
        keep = self._built and self.isVisible() and self._pending_scroll is None
        wider = event.size().width() != event.oldSize().width()
        top = self.top_to_keep() if keep and wider else None
        self._update_column()  # (the viewport has its new size: one layout, not two)
        super().resizeEvent(event)
        if top is not None:
            self.keep_at_top(top)  # the text wraps anew: the first line in view stays

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._built:
            keep = self.isVisible() and self._pending_scroll is None
            top = self.top_to_keep() if keep else None
            self.rebuild()  # colours in the document come from the palette
            if top is not None:
                self.keep_at_top(top)

    # -- scrolling ---------------------------------------------------------------------------

    def scroll_offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def top_to_keep(self) -> int:
        """What to keep at the top while the layout changes: the position kept there
        last time if the student has not scrolled since (so that wrapping the text anew
        again and again does not creep back a line each time), else the first line."""
        if self._kept is not None and self._kept[1] == self.verticalScrollBar().value():
            return self._kept[0]
        return self.first_visible_position()

    def keep_at_top(self, position: int) -> None:
        """Scroll ``position``'s line back to the top after the layout changed."""
        if position <= 0:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to_position(position)
        self._kept = (position, self.verticalScrollBar().value())

    def first_visible_position(self) -> int:
        """The position where the first line at the top of the view starts: the first
        line with more than half its height in view (so that scrolling a line to the
        top, as :meth:`scroll_to_position` does, finds the same line again)."""
        top = self.verticalScrollBar().value()
        if top <= 0:
            return 0
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.bottom() > top:
                lines = block.layout()
                for index in range(lines.lineCount()):
                    line = lines.lineAt(index)
                    if rect.top() + line.y() + line.height() / 2 > top:
                        return block.position() + line.textStart()
            block = block.next()
        return max(0, self.document().characterCount() - 1)

    def scroll_to_position(self, position: int) -> None:
        """Put ``position``'s line at the top of the view (once shown, if not yet: the
        layout needs the view's width)."""
        if not self.isVisible():
            self._pending_scroll = (position, "top")
            return
        self._pending_scroll = None
        rect = self.cursorRect(self._cursor_at(position))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - round(self.em() * 0.8))

    def reveal_position(self, position: int) -> None:
        """Scroll ``position`` into view, a third of the way down, if it is not in view."""
        if not self.isVisible():
            self._pending_scroll = (position, "reveal")
            return
        self._pending_scroll = None
        rect = self.cursorRect(self._cursor_at(position))
        bar = self.verticalScrollBar()
        if not self.viewport().rect().contains(rect):
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def _cursor_at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        return cursor

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending_scroll is not None:
            QTimer.singleShot(0, self._apply_pending_scroll)

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is not None:
            position, how = self._pending_scroll
            (self.reveal_position if how == "reveal" else self.scroll_to_position)(position)

    # -- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def point_size(self) -> float:
        return self.document().defaultFont().pointSizeF()

    def _follow_system_font(self) -> None:
        """The system's text size changed: the article's follows, at the same zoom."""
        size = max(12.0, QApplication.font().pointSizeF() * 1.25)
        if size != self._base_point_size:
            keep = self.isVisible() and self._pending_scroll is None
            top = self.top_to_keep() if keep else None
            self._base_point_size = size
            self.rebuild()
            if top is not None:
                self.keep_at_top(top)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def set_zoom(self, step: int) -> None:
        step = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], step))
        if step == self._zoom:
            return
        keep_top = self.isVisible() and self._pending_scroll is None
        top = self.top_to_keep()
        self._zoom = step
        self.rebuild()
        if keep_top:
            self.keep_at_top(top)
        self.zoomChanged.emit(step)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange and self._built:
            self._follow_system_font()
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and _zoom_key(cast(QKeyEvent, event)) is not None  # a key event, by its type
        ):
            event.accept()  # ours while the pane has the focus, whatever the window binds
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _zoom_key(event)
        if step is None:
            super().keyPressEvent(event)
        elif step == 0:
            self.reset_zoom()
        else:
            self.set_zoom(self._zoom + step)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)


def _zoom_key(event: QKeyEvent) -> int | None:
    """+1, -1 or 0 (reset) for a zoom key, None for any other key."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    if mods != Qt.KeyboardModifier.ControlModifier:
        return None
    key = Qt.Key(event.key())
    if key in _ZOOM_IN:
        return 1
    if key in _ZOOM_OUT:
        return -1
    return 0 if key == Qt.Key.Key_0 else None
