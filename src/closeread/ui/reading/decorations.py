"""What the reader paints around the text: paragraph numbers, quote bars, mark tags,
outlines of missed key spans and feedback badges.

Tags and badges sit in the space between lines, above the capitals of the line they
belong to, so they never cover a letter; a label's tag starts where its mark starts,
an outcome's badge ends where its span ends, and one that would touch a badge already
drawn moves right, past it.

None of it is in the document, so none of it moves an offset. Everything is drawn in
the viewport from the document's own layout, for the blocks in view only, with colours
taken from the palette at paint time (light and dark appearance alike).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextDocument,
)

from closeread.ui.common.markstyle import (
    EXTRA_UNDERLINE,
    LabelStyle,
    draw_underline,
    ink_on,
    line_color_for,
    outcome_style,
)
from closeread.ui.reading.document import KIND_PROPERTY, NUMBER_PROPERTY
from closeread.ui.reading.overlay import FeedbackItem, Mark, Segment, style_of
from closeread.ui.reading.textmap import TextMap

NUMBER_GAP_EM = 1.1  # space between a paragraph number and the text column, in ems
FOUND_FRAME = "#c77700"  # the frame round the place Find is at
BADGE_MIN_PX = 9.0  # a tag or badge is never smaller than this, however tight the lines
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class Decorator:
    """Paints one frame of decorations; built per paint event by the reader."""

    def __init__(
        self,
        painter: QPainter,
        document: QTextDocument,
        scroll: QPointF,
        visible: QRectF,
        palette: QPalette,
    ) -> None:
        self.painter = painter
        self.document = document
        self.scroll = scroll
        self.visible = visible
        self.palette = palette
        self.layout = document.documentLayout()
        self.font = document.defaultFont()
        self.em = self.font.pointSizeF() * 4 / 3
        self.badges: list[QRectF] = []  # where tags and badges went in this frame, in order

    # -- geometry -------------------------------------------------------------------

    def block_origin(self, block: QTextBlock) -> QPointF:
        return self.layout.blockBoundingRect(block).topLeft() - self.scroll

    def visible_blocks(self, first: QTextBlock) -> list[QTextBlock]:
        blocks, block = [], first
        while block.isValid():
            rect = self.layout.blockBoundingRect(block).translated(-self.scroll)
            if rect.top() > self.visible.bottom():
                break
            if rect.bottom() >= self.visible.top():
                blocks.append(block)
            block = block.next()
        return blocks

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """One rectangle per line of text between document positions ``start`` and ``end``."""
        return [rect for rect, _ in self.line_rects(start, end)]

    def line_rects(self, start: int, end: int) -> list[tuple[QRectF, float]]:
        """Like ``range_rects``, each with the height of its line's baseline."""
        return [(rect, baseline) for rect, baseline, _ in self._lines(start, end)]

    def _lines(self, start: int, end: int) -> list[tuple[QRectF, float, QTextBlock]]:
        rects = []
        block = self.document.findBlock(start)
        while block.isValid() and block.position() < end:
            origin = self.block_origin(block)
            layout = block.layout()
            base = block.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                left = max(start, base + line.textStart())
                right = min(end, base + line.textStart() + line.textLength())
                if right <= left:
                    continue
                text = block.text()
                while right - 1 > left and text[right - 1 - base].isspace():
                    right -= 1  # no line under the space where a line wraps
                # cursorToX returns (x, position); PySide6's stub types it as object.
                x1 = line.cursorToX(left - base)[0]  # type: ignore[index]
                x2 = line.cursorToX(right - base)[0]  # type: ignore[index]
                rect = QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
                baseline = origin.y() + line.y() + line.ascent()
                rects.append((rect.translated(origin), baseline, block))
            block = block.next()
        return rects

    def line_boxes(self, start: int, end: int) -> list[tuple[QRectF, float, float]]:
        """Each line of ``start``..``end`` with where its capitals begin and how much
        space its block leaves between lines."""
        metrics = QFontMetricsF(self.font)
        above = max(metrics.capHeight(), 0.62 * metrics.ascent())
        boxes = []
        for rect, baseline, block in self._lines(start, end):
            fmt = block.blockFormat()
            percent = fmt.lineHeight() if fmt.lineHeightType() == PROPORTIONAL else 100.0
            boxes.append((rect, baseline - above, rect.height() * max(0.0, percent / 100 - 1)))
        return boxes

    # -- margin -----------------------------------------------------------------------

    def paint_margin(self, blocks: Sequence[QTextBlock], text_left: float) -> None:
        """Paragraph numbers right-aligned before the column, bars beside quotes."""
        painter = self.painter
        small = QFont(self.font)
        small.setFamilies(["Inter", "Segoe UI", "Cantarell", "DejaVu Sans", "Sans Serif"])
        small.setPointSizeF(max(7.0, self.font.pointSizeF() * 0.62))
        painter.setFont(small)
        muted = self.palette.color(QPalette.ColorRole.PlaceholderText)
        bar = QColor(self.palette.color(QPalette.ColorRole.Mid))
        for block in blocks:
            fmt = block.blockFormat()
            origin = self.block_origin(block)
            layout = block.layout()
            if layout.lineCount() == 0:
                continue
            first = layout.lineAt(0)
            number = fmt.property(NUMBER_PROPERTY)
            if number:
                baseline = origin.y() + first.y() + first.ascent()
                width = text_left - NUMBER_GAP_EM * self.em
                box = QRectF(0, baseline - first.ascent(), width, first.ascent())
                painter.setPen(muted)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
                painter.drawText(box, align, str(number))
            if fmt.property(KIND_PROPERTY) == "blockquote":
                last = layout.lineAt(layout.lineCount() - 1)
                x = origin.x() + fmt.leftMargin() - 0.8 * self.em
                top = origin.y() + first.y()
                painter.fillRect(QRectF(x, top, 3, last.y() + last.height() - first.y()), bar)

    # -- marks and feedback -----------------------------------------------------------

    def paint_underlines(
        self,
        textmap: TextMap,
        cuts: Sequence[Segment],
        styles: Mapping[str, LabelStyle],
        extras: Set[Mark],
    ) -> None:
        """Each segment underlined in the style of its innermost mark (wavy grey: extra)."""
        width = max(1.5, self.em / 9)
        for cut in cuts:
            if cut.inner in extras:
                kind, color = EXTRA_UNDERLINE, outcome_style("extra").color
            else:
                style = style_of(styles, cut.inner.label)
                kind, color = style.underline, style.color
            color = line_color_for(color, self.palette)
            lines = self.line_rects(textmap.to_qt(cut.start), textmap.to_qt(cut.end))
            if not lines or not self._near_view([rect for rect, _ in lines]):
                continue
            for rect, baseline in lines:
                y = min(rect.bottom() - width / 2, baseline + self.em * 0.2)
                draw_underline(self.painter, kind, color, rect.left(), rect.right(), y, width)

    def paint_tags(
        self, textmap: TextMap, marks: Sequence[Mark], styles: Mapping[str, LabelStyle]
    ) -> None:
        """A small tag with the label's number over the start of each mark."""
        for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
            lines = self.line_boxes(textmap.to_qt(mark.start), textmap.to_qt(mark.end))
            if not lines or not self._near_view([rect for rect, _, _ in lines]):
                continue
            style = style_of(styles, mark.label)
            fill = line_color_for(style.color, self.palette)
            rect, cap_top, room = lines[0]
            self._badge(rect.left(), rect.top() - room, cap_top, style.tag, fill, round_badge=False)

    def paint_outlines(
        self, textmap: TextMap, feedback: Sequence[FeedbackItem], styles: Mapping[str, LabelStyle]
    ) -> None:
        """Outlines of the key spans to compare with: a missed one, or the key of a near
        miss or a wrong label whose words differ from the mark's."""
        for item in feedback:
            shows_key = item.kind == "missed" or (
                item.kind in {"partial", "wrong_label"}
                and item.key is not None
                and item.mark is not None
                and item.key[:2] != item.mark[:2]
            )
            if shows_key and item.key is not None:  # (a missed item has its key)
                rects = self.range_rects(textmap.to_qt(item.key.start), textmap.to_qt(item.key.end))
                color = line_color_for(style_of(styles, item.key.label).color, self.palette)
                self._outline(rects, color, dotted=item.kind == "missed")

    def paint_found(self, textmap: TextMap, current: tuple[int, int] | None) -> None:
        """A firm frame round the place Find is at, so it stands out from the others."""
        if current is not None:
            rects = self.range_rects(textmap.to_qt(current[0]), textmap.to_qt(current[1]))
            color = line_color_for(QColor(FOUND_FRAME), self.palette)
            pen = QPen(color, 2.0)
            self.painter.setPen(pen)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            pad = 0.1 * self.em
            for rect in rects if self._near_view(rects or [QRectF()]) else []:
                self.painter.drawRoundedRect(rect.adjusted(-pad, 0, pad, 0), 3, 3)

    def paint_feedback(self, textmap: TextMap, feedback: Sequence[FeedbackItem]) -> None:
        """An outcome badge over the end of each span (after the tags, which it avoids)."""
        for item in feedback:
            span = item.span
            lines = self.line_boxes(textmap.to_qt(span.start), textmap.to_qt(span.end))
            if not lines or not self._near_view([rect for rect, _, _ in lines]):
                continue
            style = outcome_style(item.kind)
            rect, cap_top, room = lines[-1]
            fill = line_color_for(style.color, self.palette)
            self._badge(
                rect.right(), rect.top() - room, cap_top, style.glyph, fill, round_badge=True,
                hollow=item.earlier,
            )  # fmt: skip

    def _near_view(self, rects: Sequence[QRectF]) -> bool:
        top, bottom = self.visible.top() - self.em, self.visible.bottom() + self.em
        return rects[-1].bottom() >= top and rects[0].top() <= bottom

    def _outline(self, rects: Sequence[QRectF], color: QColor, *, dotted: bool) -> None:
        if not rects or not self._near_view(rects):
            return
        pen = QPen(color, 1.6 if dotted else 1.2)
        pen.setStyle(Qt.PenStyle.DotLine if dotted else Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        pad = 0.12 * self.em
        for rect in rects:
            outline = rect.adjusted(-pad, -pad / 2, pad, pad)
            self.painter.drawRoundedRect(outline, pad * 2, pad * 2)

    def _badge(
        self,
        x: float,
        top: float,
        cap_top: float,
        text: str,
        fill: QColor,
        *,
        round_badge: bool,
        hollow: bool = False,
    ) -> None:
        """A tag between ``top`` (where the line above ends) and ``cap_top`` (where this
        line's capitals begin), clear of every badge drawn before it: a label's tag
        starts at ``x`` (where its mark starts), an outcome's round badge ends there
        (where its span ends); one that would touch an earlier badge moves right.
        ``hollow``: a ring on the page with the text in ``fill`` (a dimmed verdict, from
        the last attempt)."""
        painter = self.painter
        bottom = cap_top - 1
        height = max(BADGE_MIN_PX, min(self.em * 0.95, bottom - top - 1))
        font = QFont(self.font)
        font.setFamilies(["Inter", "Segoe UI", "Cantarell", "DejaVu Sans", "Sans Serif"])
        font.setPixelSize(max(7, round(height * 0.72)))
        font.setWeight(QFont.Weight.Bold)
        font.setItalic(False)
        painter.setFont(font)
        width = max(height, painter.fontMetrics().horizontalAdvance(text) + 6)
        rect = QRectF(x - width if round_badge else x, bottom - height, width, height)
        moved = True
        while moved:
            moved = False
            for placed in self.badges:
                if placed.adjusted(-1, 0, 1, 0).intersects(rect):
                    rect.moveLeft(placed.right() + 2)
                    moved = True
        self.badges.append(QRectF(rect))
        radius = height / 2 if round_badge else 3
        if hollow:
            page = self.palette.color(QPalette.ColorRole.Base)
            dash = QPen(fill, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(dash)
            painter.setBrush(page)
            painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), radius, radius)
            painter.setPen(fill)
        else:
            painter.setPen(QPen(self.palette.color(QPalette.ColorRole.Base), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, radius, radius)
            painter.setPen(ink_on(fill))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
