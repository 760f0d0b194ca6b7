"""The grade report as a PDF, through Qt's own PDF writer (QtGui only, no window).

The report's HTML pieces (:mod:`closeread.core.report.html_report`) are laid out by
``QTextDocument``: first each pack's class summary, with a score chart per lesson
painted by ``QPainter`` (vector-sharp, then placed as an image), then one document per
student, each starting on a new page. Works with ``QT_QPA_PLATFORM=offscreen``: when
no Qt application exists, a ``QGuiApplication`` is made (offscreen unless a platform
is set), and no window is ever shown.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from closeread.core.files.atomic import write_atomic
from closeread.core.report.data import ClassReport, PackReport
from closeread.core.report.html_report import (
    BINS,
    histogram_bins,
    student_html,
    summary_html,
)

PDF_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #111; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 10px; }
h3 { font-size: 10.5pt; margin-top: 8px; }
h4 { font-size: 9.5pt; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 2px; }
.meta { color: #444; } .legend { font-size: 7.5pt; color: #444; }
.tag { font-size: 6.5pt; font-weight: bold; }
table { border-collapse: collapse; border-color: #999999; }
td.num, th.num { text-align: right; } th { background-color: #eeeeee; }
.feedback { margin-left: 12px; } .article { margin-left: 4px; }
.score { font-weight: normal; color: #333333; }
h5 { font-size: 8.5pt; font-weight: bold; margin-top: 4px; margin-bottom: 1px; }
ul { margin-top: 0px; margin-bottom: 2px; } li { margin-bottom: 0px; }
"""
CHART_SIZE = (250, 125)  # points: two charts side by side on A4
_app = None


def report_pdf(report: ClassReport) -> bytes:
    """The report as PDF bytes."""
    _ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(_title(report))
    writer.setCreator("CloseRead")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(14, 12, 14, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    page = QSizeF(area.width(), area.height())
    first = True

    def print_document(html: str, images: Sequence[tuple[str, object]] = ()) -> None:
        nonlocal first
        document = _document(writer, html, images, page)
        for index in range(document.pageCount()):
            if not first:
                writer.newPage()
            first = False
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(
                painter, QRectF(0, index * page.height(), page.width(), page.height())
            )
            painter.restore()

    try:
        for number, pack_report in enumerate(report.packs):
            images = [
                (f"chart-{number}-{index}", _chart(pack_report, index, writer.resolution()))
                for index in range(len(pack_report.lessons))
            ]
            hook = _chart_hook(number, writer.resolution())
            print_document(summary_html(report, pack_report, hook), images)
            for student in pack_report.students:
                print_document(student_html(pack_report, student, page_break=False))
        if first:
            print_document(f"<h1>{_title(report)}</h1><p>No pack to report on.</p>")
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_report_pdf(report: ClassReport, path: str | os.PathLike[str]) -> None:
    """Write the PDF report to ``path`` whole or not at all."""
    write_atomic(path, report_pdf(report))


def _title(report: ClassReport) -> str:
    scope = f" · class {report.class_name}" if report.class_name else ""
    return f"CloseRead grade report{scope}"


def _ensure_app() -> None:
    """A QGuiApplication for fonts and painting; never a window."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["closeread-report"])


def _document(writer, html: str, images, page):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(PDF_STYLE)
    for name, image in images:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(f"<html><body>{html}</body></html>")
    document.setPageSize(page)
    return document


def _chart_hook(number: int, dpi: int):
    # QTextDocument sizes images in pixels of 96 per inch, whatever the device.
    width, height = (round(size * 96 / 72) for size in CHART_SIZE)

    def hook(pack_report: PackReport, index: int) -> str:
        return f'<img src="chart-{number}-{index}" width="{width}" height="{height}"> '

    return hook


def _chart(pack_report: PackReport, index: int, dpi: int):
    """A lesson's score histogram, painted at the PDF's resolution."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    stats = pack_report.lessons[index]
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
        painter.setFont(font)
        left, right = 24 * scale, 8 * scale
        bottom, plot_h = height - 30 * scale, height - 58 * scale
        bar_w = (width - left - right) / BINS
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(round(10 * scale))
        painter.setFont(bold)
        title = f"{stats.lesson.title} ({stats.started} of {stats.students} started)"
        painter.drawText(
            QRectF(left, 0, width - left, 18 * scale), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(font)
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
        for tick in range(0, BINS + 1, 2):
            x = left + tick * bar_w
            painter.drawText(
                QRectF(x - 20 * scale, bottom + 2 * scale, 40 * scale, 12 * scale),
                Qt.AlignmentFlag.AlignHCenter,
                str(tick * 100 // BINS),
            )
        painter.drawText(
            QRectF(left, bottom + 15 * scale, width - left - right, 14 * scale),
            Qt.AlignmentFlag.AlignHCenter,
            "% of the lesson's points",
        )
    finally:
        painter.end()
    return image
