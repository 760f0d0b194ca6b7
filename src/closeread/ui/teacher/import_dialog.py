"""Import Results Files…: students' hand-ins, scored here with this CloseRead's keys.

The teacher picks any number of results files. Each is checked and imported whole,
or refused whole with its reason (:mod:`closeread.core.classwork.results_import`): a changed
byte, a pack that is not installed here or differs, a file from a newer CloseRead, a
file that is not a results file. A file imported before changes nothing. Attempts
beyond an exercise's limit, counting every file from the same student, are refused
and the file's row says how many and where. The files picked are one batch: checked
and scored file by file off the GUI thread, behind a progress dialog that can stop
between files; then the ones checked are saved, each in one transaction, on the same
worker thread through a connection of its own
(:class:`~closeread.core.store.thread_store.ThreadStore`), so that a large hand-in
never freezes the window; the outcome of every file is shown at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.results_file import SUFFIX
from closeread.core.classwork.results_import import ImportBatch, ImportReport
from closeread.core.library.installed import KnownPacks, known_packs
from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.core.store.thread_store import ThreadStore
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.i18n import Plurals, translate
from closeread.ui.common.loading import BackgroundTask, Steps
from closeread.ui.common.outside_text import plain_label, plain_tooltip
from closeread.ui.common.widgets import GREEN, GREY, VERMILION, readable

LAST_FOLDER = "teacher.import_folder"


def outcome_text(report: ImportReport) -> tuple[str, str, str]:
    """(glyph, word, colour) of a file's outcome."""
    if report.outcome == "imported":
        return "✓", translate("import", "Imported"), GREEN
    if report.outcome == "skipped":
        return "=", translate("import", "Already imported"), GREY
    return "✗", translate("import", "Refused"), VERMILION


def detail_text(report: ImportReport) -> str:
    if report.outcome == "imported" and not report.attempts and not report.refused:
        return Plurals.tr(
            "Nothing new for {student}: its %n attempts were here already",
            "",
            report.duplicates,
        ).format(student=report.student)
    if report.outcome == "imported":
        text = Plurals.tr("%n attempt(s) for {student}", "", report.attempts).format(
            student=report.student
        )
        if report.duplicates:
            text += " " + Plurals.tr("(%n already here)", "", report.duplicates)
        return text + refused_text(report)
    if report.outcome == "skipped":
        return translate("import", "Nothing changed ({student})").format(
            student=report.student or "?"
        )
    return report.reason[:1].upper() + report.reason[1:] + "."


def refused_text(report: ImportReport) -> str:
    """The attempts refused over the limit, naming each exercise and what it allows."""
    if not report.refused:
        return ""
    each = "; ".join(
        Plurals.tr("“{title}” allows %n attempt(s)", "", allowed).format(title=title)
        + translate("import", ": {n} refused").format(n=refused)
        for title, allowed, refused in report.over_limit
    )
    text = Plurals.tr(
        "; %n attempt(s) refused over the limit, counting every hand-in from this student",
        "",
        report.refused,
    )
    return text + f" ({each})"


def choose_files(parent: QWidget, store) -> list[str]:
    folder = store.roster.get_setting(LAST_FOLDER) if store is not None else None
    start = folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("import", "CloseRead — Import Results Files"),
        start,
        translate(
            "import", "CloseRead results (*{suffix});;JSON files (*.json);;All files (*)"
        ).format(suffix=SUFFIX),
    )
    if paths:
        store.roster.set_setting(LAST_FOLDER, str(Path(paths[0]).parent))
    return paths


def import_files(
    parent: QWidget,
    store,
    paths: Sequence[str],
    packs: Sequence[Pack],
    on_done: Callable[[list[ImportReport]], None],
    on_failed: Callable[[BaseException], None],
) -> BackgroundTask:
    """Check, score and save ``paths`` one by one off the GUI thread, behind a progress
    dialog whose Stop ends the batch between files (the files checked by then are
    saved), and hand ``on_done`` the reports of those done. The worker reads and writes
    through a connection of its own (:class:`ThreadStore`).
    """
    progress = ImportProgress(len(paths) + 1, parent)

    def work(steps: Steps) -> list[ImportReport]:
        with ThreadStore(store) as own:
            batch = ImportBatch(own, packs)
            for number, path in enumerate(paths):
                if steps.stopped:
                    break
                steps.step(number, Path(path).name)
                batch.add(path)
            steps.step(len(paths), "")
            return batch.save()

    def stepped(number: int, name: str) -> None:
        progress.setValue(number)
        if number == len(paths):
            progress.saving()
            return
        progress.setLabelText(
            translate("import", "Importing {name} ({n} of {total})…").format(
                name=name, n=number + 1, total=len(paths)
            )
        )

    def saved(reports: list[ImportReport]) -> None:
        progress.finish()
        on_done(reports)

    def broke(error: BaseException) -> None:
        progress.finish()
        on_failed(error)

    task = BackgroundTask(steps=work, parent=parent)
    task.stepped.connect(stepped)
    task.finished.connect(saved)
    task.failed.connect(broke)
    progress.stop_asked.connect(task.steps.stop)
    return task.start()


class ImportProgress(QProgressDialog):
    """An import's progress. Stop (its button, Esc, or closing it) ends the checking
    after the file in hand; the dialog stays, window-modal, until the files checked are
    saved, so that nothing else is done in the windows while the worker writes."""

    stop_asked = Signal()

    def __init__(self, steps: int, parent: QWidget) -> None:
        super().__init__("", translate("import", "Stop"), 0, steps, parent)
        self.setObjectName("importProgress")
        self.setLabel(
            plain_label(translate("import", "Importing results files…"), self)
        )  # names files
        self.setWindowTitle(translate("import", "CloseRead — Importing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._ending = False  # Stop was asked, or the saving began
        self._done = False
        self.canceled.connect(self._stop)  # after QProgressDialog has hidden itself

    def saving(self) -> None:
        """The worker saves now: a file's transaction is not stopped halfway."""
        self._ending = True
        self.setLabelText(translate("import", "Saving…"))
        self.setCancelButton(None)

    def finish(self) -> None:
        self._done = True
        self.reset()
        self.hide()
        self.deleteLater()

    def reject(self) -> None:  # Esc
        self._stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
            return
        event.ignore()
        self._stop()

    def _stop(self) -> None:
        if self._done:
            return
        if not self._ending:
            self._ending = True
            self.stop_asked.emit()
            self.setLabelText(
                translate("import", "Stopping after this file, then saving the files checked…")
            )
            self.setCancelButton(None)
        self.show()  # Qt hides a progress dialog that is cancelled


def start_import(
    parent: QWidget,
    store,
    paths: Sequence[str] | None,
    on_done: Callable[[KnownPacks, list[ImportReport]], None],
) -> BackgroundTask | None:
    """Import Results Files…: ask for the files unless ``paths`` are given, then
    :func:`import_files` with the packs installed now; a storage error is shown."""
    try:
        paths = choose_files(parent, store) if paths is None else paths
        if not paths:
            return None
        known = known_packs(store, store.data_dir)
    except StorageError as error:
        show_storage_error(parent, error)
        return None

    def failed(error: BaseException) -> None:
        if not isinstance(error, StorageError):
            raise error
        show_storage_error(parent, error)

    return import_files(
        parent, store, paths, known.packs, lambda reports: on_done(known, reports), failed
    )


class ImportResultsDialog(QDialog):
    """What became of each file: imported, already imported, or refused and why."""

    def __init__(self, reports: Sequence[ImportReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = list(reports)
        self.setObjectName("importResultsDialog")
        self.setWindowTitle(translate("import", "CloseRead — Results Files Imported"))
        self.setAccessibleName(translate("import", "Results files imported"))
        self.resize(860, 380)
        layout = QVBoxLayout(self)
        counts = {
            kind: sum(r.outcome == kind for r in reports)
            for kind in ("imported", "skipped", "refused")
        }
        self.summary = QLabel(
            translate(
                "import", "{imported} imported · {skipped} already imported · {refused} refused"
            ).format(**counts),
            self,
        )
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(reports), 3, self)
        self.table.setObjectName("importTable")
        self.table.setAccessibleName(translate("import", "Files and what became of them"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("import", "File"),
                translate("import", "Outcome"),
                translate("import", "Details"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        base = self.palette().base().color()
        for row, report in enumerate(reports):
            glyph, word, color = outcome_text(report)
            name = QTableWidgetItem(Path(report.path).name)
            name.setToolTip(plain_tooltip(report.path))
            outcome = QTableWidgetItem(f"{glyph} {word}")
            outcome.setForeground(readable(color, base))
            detail = QTableWidgetItem(detail_text(report))
            detail.setToolTip(plain_tooltip(detail.text()))
            for column, item in enumerate((name, outcome, detail)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their widths

    def outcomes(self) -> list[tuple[str, str]]:
        """(file name, outcome word) per row, as shown."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            assert item is not None  # every cell is filled
            return item.text()

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]
