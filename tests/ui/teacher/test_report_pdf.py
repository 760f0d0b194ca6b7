"""The PDF grade report: opened with Qt's own PDF reader, its pages counted and read."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "core"))
from classroom import MINIPACK, hand_in_class, student_name

from closeread.core.classwork.results_import import import_results
from closeread.core.pack.load import load_pack
from closeread.core.report.data import build_report
from closeread.core.store.store import Store

STUDENTS = 6


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pdf")
    pack = load_pack(MINIPACK).pack
    with Store(tmp / "students") as students:
        paths = hand_in_class(students, pack, pack, tmp / "files", count=STUDENTS, seed=2)
    with Store(tmp / "teacher") as teacher:
        import_results(teacher, paths, [pack])
        return build_report(teacher, [pack], generated_at="2025-03-03 10:00")


def page_texts(path: Path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [document.getAllText(page).text() for page in range(document.pageCount())]


def test_a_summary_page_then_a_page_per_student(qapp, report, tmp_path):
    from closeread.ui.teacher.report_pdf import report_pdf, write_report_pdf

    data = report_pdf(report)
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1 + STUDENTS
    path = tmp_path / "report.pdf"
    write_report_pdf(report, path)
    texts = page_texts(path)
    assert len(texts) == 1 + STUDENTS
    assert "A small pack: grade report" in texts[0] and "Score distribution" in texts[0]
    order = [row.student.name for row in report.packs[0].book.rows]
    assert sorted(order) == sorted(student_name(i) for i in range(STUDENTS))
    for name, text in zip(order, texts[1:], strict=True):
        assert text.startswith(name), (name, text[:40])
        assert "Under each marking exercise" in text


def test_a_long_class_table_runs_over_more_summary_pages(qapp, report):
    from dataclasses import replace

    from closeread.ui.teacher.report_pdf import report_pdf

    pack_report = report.packs[0]
    rows = pack_report.book.rows * 20  # 120 rows: more than a page
    long = replace(report, packs=(replace(pack_report, book=replace(pack_report.book, rows=rows)),))
    pages = len(re.findall(rb"/Type\s*/Page\b", report_pdf(long)))
    assert pages >= 3 + STUDENTS  # the summary needs several pages; students still one each


# -- pages cut between lines ----------------------------------------------------------------


def test_page_breaks_move_a_line_that_would_be_cut_to_the_next_page():
    from closeread.ui.teacher.pdf_pages import page_breaks

    lines = [(0, 40), (40, 80), (80, 120), (120, 160)]
    assert page_breaks(lines, 100, 160) == [0, 80]  # (80, 120) would straddle 100
    assert page_breaks(lines, 80, 160) == [0, 80]  # a line that ends on the edge stays
    side_by_side = [(0, 50), (50, 95), (60, 110), (110, 150)]  # two table cells
    assert page_breaks(side_by_side, 100, 150) == [0, 50]
    assert page_breaks([(0, 250)], 100, 250) == [0, 100, 200]  # taller than a page: cut


@pytest.fixture(scope="module")
def bundled_report(tmp_path_factory):
    """A realistic class: the bundled pack, four students with answers to every lesson."""
    from report_pages import realistic_report

    return realistic_report(tmp_path_factory.mktemp("bundled"))


def test_no_line_of_the_report_is_cut_at_a_page_edge(qapp, bundled_report, tmp_path):
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from closeread.core.report.html_report import student_html
    from closeread.ui.teacher.pdf_pages import document_lines
    from closeread.ui.teacher.report_pdf import _document, document_pages

    writer = QPdfWriter(str(tmp_path / "unused.pdf"))  # lays out; nothing is painted
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    page = QSizeF(area.width(), area.height())
    pack_report = bundled_report.packs[0]
    pages = 0
    for student in pack_report.students:
        document = _document(writer, student_html(pack_report, student, page_break=False), [], page)
        cuts = document_pages(document, page.height())
        assert all(bottom - top <= page.height() + 0.5 for top, bottom in cuts)
        pages += len(cuts)
        for _, bottom in cuts[:-1]:
            for top, end in document_lines(document):
                assert not top < bottom - 0.5 < end - 1, (student.row.student.name, top, end)
    assert pages > len(pack_report.students)  # a student's page runs over several


def test_the_pdf_of_a_realistic_class(qapp, bundled_report, tmp_path):
    from closeread.ui.teacher.report_pdf import write_report_pdf

    write_report_pdf(bundled_report, tmp_path / "r.pdf")
    texts = page_texts(tmp_path / "r.pdf")
    assert texts[0].startswith("Is China a cyber threat? Reading an op-ed closely:")
    assert "4 of 4 (4 to score)" in texts[0]  # the writing task waits for the teacher
    assert "Smith, Anna" in texts[1] and "Under each marking exercise" in texts[1]


# -- chart titles -----------------------------------------------------------------------------


def test_long_lesson_titles_wrap_then_elide(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from closeread.ui.teacher.report_chart import title_lines

    font = QFont("DejaVu Sans")
    font.setPixelSize(40)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance("Claims and the evidence")
    title = "1. Claims and the evidence offered for them"
    lines = title_lines(title, metrics, width)
    assert len(lines) == 2 and all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[1].endswith("…") and " ".join(lines).replace("…", "") in title
    short = title_lines("3. The break-in analogy", metrics, width * 2)
    assert short == ["3. The break-in analogy"]
    two = title_lines(title, metrics, metrics.horizontalAdvance("1. Claims and the evidence "))
    assert " ".join(two) == title  # fits on two lines: nothing elided
    long_word = title_lines("Supercalifragilisticexpialidocious " * 3, metrics, width / 2)
    assert all(metrics.horizontalAdvance(line) <= width / 2 for line in long_word)
