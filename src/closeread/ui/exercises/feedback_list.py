"""The feedback on marks as a list tied to the article: a row per mark, in reading order.

Reading apps keep notes in a side column of short cards, each led by where it is and
what was highlighted, and going to a card goes to its place in the text. So here: a row
leads with the verdict (symbol and word, in its colour, and a stripe of it down the
side), the label (its swatch, as on the article), the paragraph ("¶3", the number in
the article's margin), then the words marked and, in full-size text, what to do about
them. The key's explanation stays folded under "Why" until asked for. Choosing a row
(a click, the arrow keys, Enter) shows its passage: selected in the article and
scrolled into view.

Keyboard: the list is one stop of Tab, and the row with the focus is the one a screen
reader reads. Up and Down (Home, End) move between rows and show each passage; Enter
shows it again; Space or Right opens the explanation, Left closes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.feedback import shortened
from closeread.core.kinds.mark_notes import SpanNote
from closeread.core.pack.markdowntext import html_to_text
from closeread.core.pack.model import Label
from closeread.core.pack.paragraphs import paragraph_at
from closeread.core.report.lightmarkdown import inline as markdown_inline
from closeread.ui.common.markstyle import label_styles
from closeread.ui.common.outside_text import escaped, plain_tooltip
from closeread.ui.common.widgets import muted, readable, verdict_text
from closeread.ui.exercises.base import markdown
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.mark_list import QUOTE_CHARS
from closeread.ui.reading.labelbar import swatch_icon

STRIPE = 3
ROW_SWATCH = QSize(26, 17)  # the label's swatch, a little smaller than the buttons'


def _sentence(markdown: str) -> str:
    """A note's Markdown on one line, as rich text."""
    return markdown_inline(markdown.strip()) if markdown.strip() else ""


class _Line(QWidget):
    """A row's first line, painted in one go: the verdict's symbol in its colour, the
    label's swatch and name, the words (cut with "…" to the room there is, the whole of
    them in the tooltip) and, quieter, the paragraph. One widget rather than five keeps
    a long list quick to build."""

    def __init__(
        self, glyph: str, swatch: QPixmap, label: str, quote: str, where: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.glyph, self.swatch, self.label, self.quote, self.where = (
            glyph, swatch, label, quote, where,
        )  # fmt: skip
        self.tone = QColor()
        self.setToolTip(plain_tooltip(quote))  # the article's words, as typed
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def _glyph_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("✓✓")

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = (
            self._glyph_width()
            + self.swatch.width()
            + metrics.horizontalAdvance(f" {self.label}  {self.quote}  {self.where}")
        )
        return QSize(width, max(metrics.height(), self.swatch.height()) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._glyph_width() * 6, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        room = self.rect()
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.tone)
        painter.drawText(room, middle, self.glyph)
        painter.setFont(self.font())
        x = self._glyph_width()
        ratio = self.swatch.devicePixelRatio() or 1.0
        size = self.swatch.size() / ratio
        painter.drawPixmap(x, (room.height() - size.height()) // 2, self.swatch)
        x += size.width() + 6
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        painter.drawText(room.adjusted(x, 0, 0, 0), middle, self.label)
        x += metrics.horizontalAdvance(self.label) + metrics.horizontalAdvance("  ")
        where = metrics.horizontalAdvance(self.where)
        room_for_quote = max(0, room.width() - x - where - 8)
        quote = metrics.elidedText(self.quote, Qt.TextElideMode.ElideRight, room_for_quote)
        painter.drawText(room.adjusted(x, 0, 0, 0), middle, quote)
        painter.setPen(muted(self.palette()))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(room, right, self.where)
        painter.end()


def label_looks(
    labels: Sequence[Label], palette: QPalette, used: Set[str]
) -> dict[str, tuple[str, QPixmap]]:
    """The name and the swatch (as the article draws the label) of each label ``used``."""
    return {
        label_id: (style.name, swatch_icon(style, palette).pixmap(ROW_SWATCH))
        for label_id, style in label_styles(labels).items()
        if label_id in used
    }


class FeedbackRow(QFrame):
    """One note: verdict, label, the words, paragraph, and for a mark to mend what to do;
    "Why" unfolds the key's explanation."""

    def __init__(
        self,
        note: SpanNote,
        context: ExerciseContext,
        parent: QWidget,
        looks: Mapping[str, tuple[str, QPixmap]] | None = None,
    ) -> None:
        """``looks``: each label's name and swatch, made once for all the rows."""
        super().__init__(parent)
        self.note = note
        self.context = context
        self.selected = False
        self._explanation: QWidget | None = None
        self.setObjectName("feedbackRow")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list gives the focus to one row
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        pack = context.pack
        symbol, tone, self.word = verdict_text(note.verdict)
        self._tone = QColor(tone)
        if looks is None:
            looks = label_looks(pack.labels, self.palette(), {note.label})
        self.label_name, swatch = looks.get(note.label, (note.label, QPixmap()))
        self.paragraph = paragraph_at(pack.article, note.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8 + STRIPE, 3, 4, 3)
        layout.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(6)
        words = " ".join(pack.article.text[note.start : note.end].split())
        self.line = _Line(
            symbol, swatch, self.label_name, f"“{shortened(words, QUOTE_CHARS)}”",
            f"¶{self.paragraph}" if self.paragraph else "", self,
        )  # fmt: skip
        top.addWidget(self.line, 1)
        self.why: QToolButton | None = None
        if note.explanation:
            self.why = QToolButton(self)
            self.why.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space or Right on the row
            self.why.setAutoRaise(True)
            self.why.setCheckable(True)
            self.why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.why.setArrowType(Qt.ArrowType.RightArrow)
            self.why.setText(self.tr("Why"))
            self.why.setAccessibleName(self.tr("Why: show the explanation"))
            self.why.toggled.connect(self.set_open)
            top.addWidget(self.why)
        layout.addLayout(top)
        self._advice = "" if note.kind == "hit" else _sentence(note.advice + note.differ)
        self.advice: QLabel | None = None
        if note.kind != "hit":  # what to do about it
            self.advice = QLabel(self)
            self.advice.setTextFormat(Qt.TextFormat.RichText)
            self.advice.setWordWrap(True)
            self.advice.setContentsMargins(self.line._glyph_width(), 0, 0, 2)
            layout.addWidget(self.advice)
        self._layout = layout
        self._recolour()
        self.setAccessibleName(self.spoken())
        self.setAccessibleDescription(
            self.tr("Enter shows it in the article.")
            + (self.tr(" Space opens the explanation.") if note.explanation else "")
        )

    def _recolour(self) -> None:
        """The verdict's colour and the quiet paragraph number, from the palette."""
        window = self.palette().color(QPalette.ColorRole.Window)
        self.line.tone = readable(self._tone, window)
        self.line.update()
        if self.advice is not None:
            ink = self.line.tone.name()
            head = f'<span style="color:{ink}; font-weight:600">{escaped(self.word)}</span>'
            if self._advice:
                head = self.tr("{verdict}: {advice}").format(verdict=head, advice=self._advice)
            self.advice.setText(head)

    def spoken(self) -> str:
        """The row in words, for a screen reader."""
        place = self.tr(", paragraph {n}").format(n=self.paragraph) if self.paragraph else ""
        advice = html_to_text(self._advice).strip()
        said = f"{self.word}, {self.label_name}{place}: {self.line.quote} {advice[:1].upper()}"
        return " ".join((said + advice[1:]).split())

    # -- the explanation ----------------------------------------------------------------

    def is_open(self) -> bool:
        return self._explanation is not None and self._explanation.isVisibleTo(self)

    def set_open(self, opened: bool) -> None:
        """Unfold (or fold) the key's explanation under the row."""
        if not self.note.explanation:
            return
        if opened and self._explanation is None:
            box = QWidget(self)  # indented as the advice is
            row = QHBoxLayout(box)
            row.setContentsMargins(self.line._glyph_width(), 0, 0, 2)
            view = markdown(self.note.explanation, self.context, box)
            view.setAccessibleName(self.tr("Why"))
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(view)
            self._layout.addWidget(box)
            self._explanation = box
        if self._explanation is not None:
            self._explanation.setVisible(opened)
        if self.why is not None:
            if self.why.isChecked() != opened:
                self.why.setChecked(opened)
            self.why.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)

    # -- looks --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
            looks = label_looks(self.context.pack.labels, self.palette(), {self.note.label})
            if self.note.label in looks:  # the swatch as the article now draws it
                self.line.swatch = looks[self.note.label][1]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlphaF(0.16)
            painter.setBrush(fill)
            edge = QColor(palette.color(QPalette.ColorRole.Highlight))
            edge.setAlphaF(1.0 if self.hasFocus() else 0.5)
            painter.setPen(edge)
            painter.drawRoundedRect(rect, 4, 4)
        window = palette.color(QPalette.ColorRole.Window)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(readable(self._tone, window, 3.0))
        painter.drawRoundedRect(
            QRectF(rect.left() + 1, rect.top() + 3, STRIPE, rect.height() - 6), 1.5, 1.5
        )
        painter.end()


class FeedbackList(QWidget):
    """The rows of :mod:`this module <closeread.ui.exercises.feedback_list>`."""

    passageChosen = Signal(int, int)  # start, end: show it in the article

    def __init__(self, context: ExerciseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[FeedbackRow] = []
        self._current = -1
        self.setObjectName("feedbackList")
        self.setAccessibleName(self.tr("Your marks, checked"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def set_notes(self, notes: Sequence[SpanNote]) -> None:
        """Show ``notes`` (in reading order), none chosen yet."""
        for row in self.rows:
            row.removeEventFilter(self)
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._current = -1
        self.hide()  # rows made out of sight: no show events one by one
        used = {note.label for note in notes}
        looks = label_looks(self.context.pack.labels, self.palette(), used)
        for note in notes:
            row = FeedbackRow(note, self.context, self, looks)
            row.installEventFilter(self)
            self._layout.addWidget(row)
            self.rows.append(row)
        if self.rows:
            self.rows[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab comes to the first
        self.setVisible(bool(self.rows))

    def current(self) -> int:
        """The chosen row's index, -1 before any."""
        return self._current

    def choose(self, index: int) -> None:
        """Make row ``index`` the current one and show its passage in the article."""
        if not 0 <= index < len(self.rows):
            return
        for number, row in enumerate(self.rows):
            row.selected = number == index
            row.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if number == index else Qt.FocusPolicy.NoFocus
            )
            row.update()
        self._current = index
        row = self.rows[index]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keep_in_view(row)
        self.passageChosen.emit(row.note.start, row.note.end)

    def _keep_in_view(self, row: FeedbackRow) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(row, 0, 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, FeedbackRow) or watched not in self.rows:
            return super().eventFilter(watched, event)
        index = self.rows.index(watched)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.choose(index)
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            watched.update()
        if kind == QEvent.Type.KeyPress:
            return self._key(index, cast(QKeyEvent, event))  # a key event, by its type
        return super().eventFilter(watched, event)

    def _key(self, index: int, event: QKeyEvent) -> bool:
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        key, row = event.key(), self.rows[index]
        moves: dict[int, int] = {
            Qt.Key.Key_Up: index - 1,
            Qt.Key.Key_Down: index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.rows) - 1,
        }
        target = moves.get(key)
        if target is not None:
            self.choose(max(0, min(target, len(self.rows) - 1)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(index)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Right) and row.note.explanation:
            row.set_open(not row.is_open() if key == Qt.Key.Key_Space else True)
        elif key == Qt.Key.Key_Left and row.is_open():
            row.set_open(False)
        else:
            return False
        return True
