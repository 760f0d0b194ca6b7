"""Where a laid-out report breaks into pages, so that no line of text is cut in two.

``QTextDocument``'s own pagination lets a line straddle a page's bottom edge now and
then (a list item after a long one, in the grade report): printed, half of it shows
at the foot of one page and half at the head of the next. The PDF report therefore
lays each document out as one long page and breaks it here: a page ends where the
first line that would cross its bottom edge begins. A line taller than a page (a
very large picture) is the only thing ever cut.
"""

from __future__ import annotations

from collections.abc import Sequence

EPSILON = 0.5  # device pixels: a line that only touches the edge is not cut by it


def page_breaks(lines: Sequence[tuple[float, float]], height: float, total: float) -> list[float]:
    """The top of each page: ``[0, ...]``, for lines ``(top, bottom)`` in a document
    ``total`` high cut into pages at most ``height`` high."""
    if height <= 0:
        raise ValueError("a page needs a height")
    ordered = sorted(lines)
    tops = [0.0]
    while tops[-1] + height < total - EPSILON:
        top = tops[-1]
        cut = top + height
        moved = True
        while moved:  # lines side by side (table cells) may need the cut moved again
            moved = False
            for line_top, line_bottom in ordered:
                if line_top >= cut:
                    break
                if line_top > top + EPSILON and line_top < cut < line_bottom - EPSILON:
                    cut = line_top
                    moved = True
        tops.append(cut if cut > top + EPSILON else top + height)
    return tops


def document_lines(document) -> list[tuple[float, float]]:
    """Every line of a laid-out ``QTextDocument``, as (top, bottom) in its coordinates
    (lines in table cells included)."""
    layout = document.documentLayout()
    lines = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            lines.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return lines
