"""A realistic class's PDF grade report, and its first pages as pictures for the docs.

The bundled pack, four students who worked through every lesson on their own
computers (answers from ``tests/core/classroom.py``) and handed in results files,
imported by the teacher. The tests check this report; the pictures in
``docs/images/report-page-*.png`` are its pages 1 to 3, made with::

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python tests/ui/teacher/report_pages.py docs/images
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BUNDLED = ROOT / "lessons" / "cyber-threat-oped"
sys.path.insert(0, str(ROOT / "tests" / "core"))

from classroom import hand_in_class  # noqa: E402

from closeread.core.classwork.results_import import import_results  # noqa: E402
from closeread.core.library.install import install_pack  # noqa: E402
from closeread.core.report.data import ClassReport, build_report  # noqa: E402
from closeread.core.store.store import Store  # noqa: E402

SCALE = 1.5  # pixels per point of the A4 page: small text still reads


def realistic_report(folder: Path, students: int = 4) -> ClassReport:
    """The report of a class that handed in its work on the bundled pack."""
    with Store(folder / "students") as theirs:
        pack = install_pack(BUNDLED, theirs.data_dir, theirs).pack
        paths = hand_in_class(theirs, pack, pack, folder / "files", count=students, seed=3)
    with Store(folder / "teacher") as teacher:
        pack = install_pack(BUNDLED, teacher.data_dir, teacher).pack
        import_results(teacher, paths, [pack])
        return build_report(teacher, [pack], generated_at="2025-03-03 10:00")


def page_pictures(pdf: Path, out: Path, pages: int = 3) -> list[Path]:
    """Pages 1 to ``pages`` of ``pdf`` as PNG files in ``out``, drawn by Qt's PDF reader."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    made = []
    for index in range(min(pages, document.pageCount())):
        size = document.pagePointSize(index)
        picture = document.render(
            index, QSize(round(size.width() * SCALE), round(size.height() * SCALE))
        )
        path = out / f"report-page-{index + 1}.png"
        picture.save(str(path))
        made.append(path)
    return made


def main(out: str) -> None:
    from PySide6.QtGui import QGuiApplication

    from closeread.ui.teacher.report_pdf import write_report_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        report = realistic_report(Path(temporary))
        pdf = Path(temporary) / "report.pdf"
        write_report_pdf(report, pdf)
        for path in page_pictures(pdf, Path(out)):
            print(path)
    del app


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
