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
        assert "The article with the marks" in text and "Cats make cities better" in text


def test_a_long_class_table_runs_over_more_summary_pages(qapp, report):
    from dataclasses import replace

    from closeread.ui.teacher.report_pdf import report_pdf

    pack_report = report.packs[0]
    rows = pack_report.book.rows * 20  # 120 rows: more than a page
    long = replace(report, packs=(replace(pack_report, book=replace(pack_report.book, rows=rows)),))
    pages = len(re.findall(rb"/Type\s*/Page\b", report_pdf(long)))
    assert pages >= 3 + STUDENTS  # the summary needs several pages; students still one each
