"""The grade report as a PDF, through Qt's own PDF writer (QtGui only, no window).

The report's HTML pieces (:mod:`closeread.core.report.html_report`) are laid out by
``QTextDocument``: first each pack's class summary, with a score chart per lesson
painted by ``QPainter`` (:mod:`.report_chart`, at the PDF's resolution, then placed as
an image), then one document per student, each starting on a new page. Each document
is laid out as one long page and cut into pages between lines (:mod:`.pdf_pages`), so
no line is printed half on one page and half on the next. Works with
``QT_QPA_PLATFORM=offscreen``: when no Qt application exists, a ``QGuiApplication`` is
made (offscreen unless a platform is set), and no window is ever shown.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from closeread.core.files.atomic import write_atomic
from closeread.core.report.data import ClassReport, PackReport
from closeread.core.report.html_report import student_html, summary_html
from closeread.ui.teacher.pdf_pages import document_lines, page_breaks
from closeread.ui.teacher.report_chart import CHART_SIZE, chart_image

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
.feedback { margin-left: 12px; } .feedback p { margin-left: 12px; } .gap { color: #666666; }
table.article { border-color: #bbbbbb; margin-top: 3px; margin-bottom: 3px; }
.score { font-weight: normal; color: #333333; }
h5 { font-size: 8.5pt; font-weight: bold; margin-top: 4px; margin-bottom: 1px; }
ul { margin-top: 0px; margin-bottom: 2px; } li { margin-bottom: 0px; }
"""
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
        for top, bottom in document_pages(document, page.height()):
            if not first:
                writer.newPage()
            first = False
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), bottom - top))
            painter.restore()

    try:
        for number, pack_report in enumerate(report.packs):
            images = [
                (f"chart-{number}-{index}", chart_image(stats, index + 1, writer.resolution()))
                for index, stats in enumerate(pack_report.lessons)
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
    document.setTextWidth(page.width())  # one long page: document_pages cuts it
    return document


def document_pages(document, height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each page of a laid-out ``document``, cut between lines."""
    total = document.size().height()
    tops = page_breaks(document_lines(document), height, total)
    return list(zip(tops, [*tops[1:], max(total, tops[-1] + 1)], strict=True))


def _chart_hook(number: int, dpi: int):
    # QTextDocument sizes images in pixels of 96 per inch, whatever the device.
    width, height = (round(size * 96 / 72) for size in CHART_SIZE)

    def hook(pack_report: PackReport, index: int) -> str:
        return f'<img src="chart-{number}-{index}" width="{width}" height="{height}"> '

    return hook
