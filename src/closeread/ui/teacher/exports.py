"""Grade reports from the dashboard: the same files ``closeread report`` writes.

- CSV, one row per student (a column per lesson and the total), for a spreadsheet or
  an LMS gradebook;
- CSV, one row per attempt (the long format);
- grades in points for Moodle's gradebook import, or for another platform's;
- HTML and PDF: the class summary with its charts, then a page per student.

The dashboard's class filter is the report's ``--class``; its name search is not
applied (a report covers a class). The file is chosen with a save dialog, built off
the GUI thread from a read-only view of the database, and written whole or not at all.
What the teacher should know about the file (students a gradebook export left out,
grades left empty until answers are scored) is shown once it is saved.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from closeread.core.files.atomic import write_atomic
from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import message_box, show_error
from closeread.ui.common.i18n import translate
from closeread.ui.common.loading import BackgroundTask
from closeread.ui.teacher.background import read_in_background

LAST_FOLDER = "teacher.export_folder"
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class ReportKind:
    key: str  # one of closeread.core.report.FORMATS
    menu_text: str
    suffix: str
    file_filter: str
    name_part: str


def report_kinds() -> list[ReportKind]:
    return [
        ReportKind(
            "csv",
            translate("exports", "Gradebook &CSV (One Row per Student)…"),
            ".csv",
            translate("exports", "CSV files (*.csv)"),
            "grades",
        ),
        ReportKind(
            "csv-long",
            translate("exports", "&Attempts CSV (One Row per Attempt)…"),
            ".csv",
            translate("exports", "CSV files (*.csv)"),
            "attempts",
        ),
        ReportKind(
            "moodle",
            translate("exports", "Grades for &Moodle (Points, Matched on Student ID)…"),
            ".csv",
            translate("exports", "CSV files (*.csv)"),
            "moodle-grades",
        ),
        ReportKind(
            "lms-csv",
            translate("exports", "Grades for Another &LMS (Points)…"),
            ".csv",
            translate("exports", "CSV files (*.csv)"),
            "lms-grades",
        ),
        ReportKind(
            "html",
            translate("exports", "&HTML Report…"),
            ".html",
            translate("exports", "Web pages (*.html)"),
            "report",
        ),
        ReportKind(
            "pdf",
            translate("exports", "&PDF Report…"),
            ".pdf",
            translate("exports", "PDF documents (*.pdf)"),
            "report",
        ),
    ]


def suggested_name(pack: Pack, class_name: str | None, kind: ReportKind) -> str:
    scope = _UNSAFE.sub("-", class_name).strip("-.") if class_name else "all-classes"
    return f"{pack.id}-{scope or 'class'}-{kind.name_part}{kind.suffix}"


def build_report(store, pack: Pack, class_name: str | None, kind: str):
    """The report (a ``ReportFile``), exactly as ``closeread report --format KIND`` makes it."""
    from closeread.core.report.formats import report_file
    from closeread.ui.teacher.report_pdf import report_pdf

    return report_file(store, [pack], class_name, kind, pdf=report_pdf)


def export_report(
    parent: QWidget, store, pack: Pack, class_name: str | None, kind_key: str, on_saved=None
) -> BackgroundTask | None:
    """Ask where, then write the report there off the GUI thread; None if cancelled."""
    kind = next(k for k in report_kinds() if k.key == kind_key)
    folder = start_folder(store)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("exports", "CloseRead — Save the Report"),
        str(folder / suggested_name(pack, class_name, kind)),
        kind.file_filter + ";;" + translate("exports", "All files (*)"),
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(kind.suffix)
    with contextlib.suppress(StorageError):  # remembering the folder is a nicety
        store.roster.set_setting(LAST_FOLDER, str(target.parent))

    def work(reader) -> tuple[Path, tuple[str, ...]]:
        made = build_report(reader, pack, class_name, kind.key)
        write_atomic(target, made.data)
        return target, made.notes

    def saved(result: tuple[Path, tuple[str, ...]]) -> None:
        path, notes = result
        if notes:
            show_notes(parent, path, notes)
        if on_saved:
            on_saved(path)

    def failed(error: BaseException) -> None:
        show_error(
            parent,
            translate("exports", "The report was not saved"),
            translate("exports", "CloseRead could not write {path}: {error}").format(
                path=target, error=error
            ),
        )

    return read_in_background(
        store.data_dir,
        work,
        saved,
        failed,
        busy_text=translate("exports", "Making the report…"),
        parent=parent,
    )


def show_notes(parent: QWidget, path: Path, notes: tuple[str, ...]) -> QMessageBox:
    """What the teacher should know about the saved file, in a box that does not block."""
    box = message_box(
        parent,
        translate("exports", "Before You Import It"),
        translate("exports", "Saved {path}. Before you import it:").format(path=path),
        icon=QMessageBox.Icon.Information,
    )
    box.setObjectName("exportNotes")
    box.setInformativeText("\n\n".join(f"• {note[0].upper()}{note[1:]}." for note in notes))
    box.open()
    return box


def start_folder(store) -> Path:
    """Where a save dialog for teacher files opens: the folder saved to last, else Documents."""
    try:
        saved = store.roster.get_setting(LAST_FOLDER)
    except StorageError:
        saved = None
    if isinstance(saved, str) and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
