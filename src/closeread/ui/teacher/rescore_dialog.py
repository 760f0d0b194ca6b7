"""Re-score…: every saved answer to a pack graded again with a (fixed) version's key.

The teacher picks one of the installed copies of the pack (the newest first), or
opens a pack folder, which is checked and installed like File > Open Pack. CloseRead
then works out, off the GUI thread and without writing anything, what
:func:`closeread.core.classwork.rescore.rescore_pack` would change, and lists it: each answer
whose score moves, old → new, and where the teacher's own score still counts.
Nothing is saved until "Save New Scores"; then the new scores are added in one
transaction (the old ones stay in the history, overrides stay and still count).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.rescore import RescoreReport, rescore_pack
from closeread.core.library.install import InstallError, commit_pack, discard, packs_dir, stage_pack
from closeread.core.library.installed import KnownPacks, known_packs
from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import ProblemsDialog, show_error, show_storage_error
from closeread.ui.common.loading import BackgroundTask, run_in_background
from closeread.ui.common.outside_text import plain_label
from closeread.ui.common.widgets import MutedLabel, heading
from closeread.ui.teacher.background import read_in_background


class _Preview:
    """A store for ``rescore_pack`` that reads through a read-only store and keeps the
    scores it would add, for the GUI thread to save once the teacher agrees."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self.roster = reader.roster
        self.work = self  # its reads are the reader's; the scores it would add stay here
        self.scores: list = []
        self.scoring_version = ""

    def attempts_for_rescoring(self, pack_id: str) -> list:
        return self._reader.work.attempts_for_rescoring(pack_id)

    def add_scores(self, scores, *, pack, scoring_version: str) -> int:
        self.scores = list(scores)
        self.scoring_version = scoring_version
        return len(self.scores)


def _exercise_title(pack: Pack, lesson_id: str, exercise_id: str) -> str:
    """ "2. Exercise title" (its lesson's number first), or the ids if the pack lacks it."""
    for number, lesson in enumerate(pack.lessons, 1):
        if lesson.id == lesson_id:
            for exercise in lesson.exercises:
                if exercise.id == exercise_id:
                    return f"{number}. {exercise.title}"
    return f"{lesson_id}/{exercise_id}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class RescoreDialog(QDialog):
    """Choose the key, see what changes, save it."""

    rescored = Signal(object)  # the RescoreReport saved
    packsChanged = Signal()  # a pack was installed from a folder

    def __init__(self, store, known: KnownPacks, pack_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.known = known
        self.pack_id = pack_id
        self.report: RescoreReport | None = None
        self.pending: tuple[Pack, list, str] | None = None
        self.task: BackgroundTask | None = None
        self.setObjectName("rescoreDialog")
        self.setWindowTitle(self.tr("CloseRead — Re-score"))
        self.setAccessibleName(self.tr("Re-score"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        title = (known.newest(pack_id, full=False) or known.packs[0]).title
        layout.addWidget(
            heading(self.tr("Re-score “{title}”").format(title=title), self, scale=1.2)
        )
        explanation = MutedLabel(
            self.tr(
                "Every saved answer to this pack is scored again with the key of the version "
                "you choose. Scores that change are saved as new scores; the old ones stay "
                "in the history. Scores you gave yourself stay and still count."
            ),
            self,
        )
        layout.addWidget(explanation)
        row = QHBoxLayout()
        label = QLabel(self.tr("Score &with:"), self)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("rescoreVersionCombo")
        self.version_combo.setAccessibleName(self.tr("Version whose key scores the answers"))
        label.setBuddy(self.version_combo)
        self.open_button = QPushButton(self.tr("Open Pack &Folder…"), self)
        self.open_button.setObjectName("rescoreOpenFolder")
        self.open_button.setAccessibleName(self.tr("Install a pack folder and score with it"))
        self.open_button.setAutoDefault(False)
        row.addWidget(label)
        row.addWidget(self.version_combo, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rescoreChanges")
        self.table.setAccessibleName(self.tr("What changes"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("Lesson and exercise"),
                self.tr("Attempt"),
                self.tr("Score: before → after"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.summary = plain_label(parent=self)  # an error may quote a pack
        self.summary.setObjectName("rescoreSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save New Scores"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("rescoreSave")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_versions()
        self.version_combo.currentIndexChanged.connect(lambda _i: self.preview())
        self.open_button.clicked.connect(self.open_folder)
        self.preview()

    # -- versions ----------------------------------------------------------------------------

    def copies(self) -> list[Pack]:
        return [p for p in self.known.packs if p.id == self.pack_id and p.edition == "full"]

    def _fill_versions(self, select_hash: str = "") -> None:
        installed_root = packs_dir(self.store.data_dir)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for index, pack in enumerate(self.copies()):
            where = (
                self.tr("installed")
                if pack.root.is_relative_to(installed_root)
                else self.tr("bundled with CloseRead")
            )
            text = self.tr("Version {version} · {where} · content {hash}").format(
                version=pack.version, where=where, hash=pack.content_hash[:8]
            )
            if index == 0:
                text += self.tr(" (newest)")
            self.version_combo.addItem(text, pack.content_hash)
        found = self.version_combo.findData(select_hash) if select_hash else 0
        self.version_combo.setCurrentIndex(max(found, 0))
        self.version_combo.blockSignals(False)

    def chosen(self) -> Pack | None:
        wanted = self.version_combo.currentData()
        return next((p for p in self.copies() if p.content_hash == wanted), None)

    # -- preview -----------------------------------------------------------------------------

    def preview(self) -> None:
        pack = self.chosen()
        self.pending = None
        self.report = None
        self.save_button.setEnabled(False)
        self.table.setRowCount(0)
        if pack is None:
            self.summary.setText(self.tr("No copy of this pack with its key is installed here."))
            return
        self.summary.setText(self.tr("Working out what changes…"))
        installed = self.copies()

        def work(reader):
            recorder = _Preview(reader)
            report = rescore_pack(recorder, pack, installed=installed)
            return pack, report, recorder

        self.task = read_in_background(
            self.store.data_dir, work, self._previewed, self._failed, owner=self
        )

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _previewed(self, result: tuple[Pack, RescoreReport, _Preview]) -> None:
        pack, report, recorder = result
        if pack is not self.chosen():
            return  # another version was chosen meanwhile
        self.report = report
        self.pending = (pack, recorder.scores, recorder.scoring_version)
        self.table.setRowCount(len(report.changes))
        for row, change in enumerate(report.changes):
            note = ""
            if change.override is not None:
                note = self.tr("your {score} still counts").format(score=_percent(change.override))
            cells = [
                change.student_name,
                _exercise_title(pack, change.lesson_id, change.exercise_id),
                str(change.attempt_no),
                f"{_percent(change.old)} → {_percent(change.new)}",
                note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        parts = [
            self.tr("{n} of {total} answers change with version {version}.").format(
                n=len(report.changes), total=report.attempts, version=report.version
            )
        ]
        if report.skipped:
            parts.append(
                self.tr("{n} are left as they were: their exercise changed under them.").format(
                    n=len(report.skipped)
                )
            )
        if report.unverified:
            parts.append(
                self.tr(
                    "{n} were made with a copy that is no longer installed; they are scored "
                    "as if its text and options were the same."
                ).format(n=report.unverified)
            )
        if not report.changes:
            parts.append(self.tr("Nothing to save."))
        self.summary.setText(" ".join(parts))
        self.save_button.setEnabled(bool(report.changes))

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Re-scoring failed: {error}").format(error=error))

    def save(self) -> None:
        if self.pending is None or self.report is None or not self.report.changes:
            return
        pack, scores, version = self.pending
        try:
            self.store.work.add_scores(scores, pack=pack, scoring_version=version)
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.rescored.emit(self.report)
        self.accept()

    # -- a pack folder -------------------------------------------------------------------------

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("CloseRead — Open the Fixed Pack's Folder"), str(Path.home())
        )
        if folder:
            self.install_folder(folder)

    def install_folder(self, folder: str):
        data_dir = self.store.data_dir
        return run_in_background(
            lambda: stage_pack(folder, data_dir),
            self._staged,
            self._stage_failed,
            busy_text=self.tr("Checking the pack…"),
            parent=self,
        )

    def _staged(self, staged) -> None:
        if staged.pack.id != self.pack_id:
            discard(staged)
            show_error(
                self,
                self.tr("Another pack"),
                self.tr("That folder holds the pack “{other}”, not “{this}”.").format(
                    other=staged.pack.id, this=self.pack_id
                ),
            )
            return
        try:
            installed = commit_pack(staged, self.store)
            self.known = known_packs(self.store, self.store.data_dir)
        except (InstallError, StorageError) as error:
            show_error(self, self.tr("The pack was not installed"), str(error))
            return
        self.packsChanged.emit()
        self._fill_versions(installed.pack.content_hash)
        self.preview()

    def _stage_failed(self, error: BaseException) -> None:
        if isinstance(error, InstallError) and error.problems:
            ProblemsDialog(
                self.tr("The pack has problems"), str(error), error.problems, self
            ).exec()
        else:
            show_error(self, self.tr("The pack was not installed"), str(error))
