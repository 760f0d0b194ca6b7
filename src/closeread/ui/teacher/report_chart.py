"""A lesson's score histogram for the PDF grade report, painted at the PDF's resolution.

Above the bars: the lesson's number and title, wrapped onto two lines and elided with
"…" only beyond them, so a long title stays readable instead of running off the
chart; under it, in smaller type, how many students started the lesson, its mean, and
how many wait for the teacher to score their answers (they are not in the bars: a
score not given yet is not a 0).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from closeread.core.report.data import LessonStats
from closeread.core.report.html_report import BINS, counts_line, histogram_bins

CHART_SIZE = (250, 150)  # points: two charts side by side on A4
TITLE_LINES = 2


def title_lines(title: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``title`` word-wrapped to ``width``, at most :data:`TITLE_LINES` lines; the last
    one elided with "…" when the rest does not fit."""
    words = title.split()
    lines: list[str] = []
    while words and len(lines) < TITLE_LINES - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        lines.append(line)
    if words:
        rest = " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def chart_image(stats: LessonStats, number: int, dpi: int) -> QImage:
    """The histogram of lesson ``number`` (from 1), ``dpi`` dots per inch."""
    scale = dpi / 72
    width, height = (round(size * scale) for size in CHART_SIZE)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    counts = histogram_bins(stats.percents)
    top = max(counts) or 1
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(9 * scale))
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(round(10 * scale))
        left, right = 24 * scale, 8 * scale
        text_width = width - left - right
        painter.setFont(bold)
        line_height = QFontMetricsF(bold).height()
        y = 0.0
        for line in title_lines(f"{number}. {stats.lesson.title}", QFontMetricsF(bold), text_width):
            painter.drawText(QRectF(left, y, text_width, line_height), line)
            y += line_height
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(left, y, text_width, 12 * scale), counts_line(stats))
        painter.setPen(QColor("#111111"))
        bottom = height - 30 * scale
        plot_h = bottom - (TITLE_LINES * line_height + 28 * scale)
        bar_w = text_width / BINS
        painter.setPen(QPen(QColor("#333333"), max(1.0, scale / 2)))
        painter.drawLine(QPointF(left, bottom), QPointF(width - right, bottom))
        for bin_index, count in enumerate(counts):
            bar_h = plot_h * count / top
            x = left + bin_index * bar_w
            painter.fillRect(
                QRectF(x + scale, bottom - bar_h, bar_w - 2 * scale, bar_h), QColor("#555555")
            )
            if count:
                painter.drawText(
                    QRectF(x, bottom - bar_h - 14 * scale, bar_w, 12 * scale),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(count),
                )
        if not stats.percents:
            why = "nobody has started it" if not stats.started else "no scores yet"
            painter.drawText(
                QRectF(left, bottom - plot_h, text_width, plot_h),
                Qt.AlignmentFlag.AlignCenter,
                why,
            )
        for tick in range(0, BINS + 1, 2):
            x = left + tick * bar_w
            painter.drawText(
                QRectF(x - 20 * scale, bottom + 2 * scale, 40 * scale, 12 * scale),
                Qt.AlignmentFlag.AlignHCenter,
                str(tick * 100 // BINS),
            )
        painter.drawText(
            QRectF(left, bottom + 15 * scale, text_width, 14 * scale),
            Qt.AlignmentFlag.AlignHCenter,
            "% of the lesson's points",
        )
    finally:
        painter.end()
    return image
