"""Re-score…: every saved answer to a pack graded again with a (fixed) version's key.

The teacher picks one of the installed copies of the pack (the newest first), or
opens a pack folder, which is checked and staged like File > Open Pack but not
installed yet. CloseRead then works out, off the GUI thread and without writing
anything, what the re-score would change
(:func:`closeread.core.classwork.rescore_plan.plan_rescore`), and shows it: when the
folder is a new version, that students will see it and what differs in it; exercise
by exercise how many attempts change score; and each answer whose score moves, old →
new, with where the teacher's own score still counts. Nothing is installed or saved
until "Save New Scores" ("Install and Save" for a folder); then the pack is installed
and the new scores added in one transaction (the old ones stay in the history,
overrides stay and still count). Closing the dialog leaves everything as it was.
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

from closeread.core.classwork.rescore import RescoreReport
from closeread.core.classwork.rescore_plan import RescorePlan, plan_lines, plan_rescore, save_scores
from closeread.core.library.install import (
    InstallError,
    NeedsConfirmation,
    StagedPack,
    commit_pack,
    discard,
    packs_dir,
    stage_pack,
)
from closeread.core.library.installed import KnownPacks
from closeread.core.library.replacing import displaced_pack
from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_error, show_storage_error
from closeread.ui.common.loading import BackgroundTask, run_in_background
from closeread.ui.common.outside_text import plain_label
from closeread.ui.common.problems_dialog import ProblemsDialog
from closeread.ui.common.widgets import MutedLabel, heading
from closeread.ui.teacher.background import read_in_background


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
        self.plan: RescorePlan | None = None
        self.staged: StagedPack | None = None  # a folder's pack, installed only on saving
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
                "in the history. Scores you gave yourself stay and still count. A pack "
                "folder you open is installed only when you save, and then students see "
                "that version."
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
        self.open_button.setAccessibleName(
            self.tr("Choose a pack folder to score with; it is installed only when you save")
        )
        self.open_button.setAutoDefault(False)
        row.addWidget(label)
        row.addWidget(self.version_combo, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.changes = QLabel(self)
        self.changes.setObjectName("rescoreWhatChanges")
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.changes)
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
        self.finished.connect(lambda _result: self._discard_staged())
        layout.addWidget(self.buttons)
        self._fill_versions()
        self.version_combo.currentIndexChanged.connect(lambda _i: self.preview())
        self.open_button.clicked.connect(self.open_folder)
        self.preview()

    # -- versions ----------------------------------------------------------------------------

    def copies(self) -> list[Pack]:
        installed = [p for p in self.known.packs if p.id == self.pack_id and p.edition == "full"]
        staged = [self.staged.pack] if self.staged is not None and not self.staged.already else []
        return staged + installed

    def _fill_versions(self, select_hash: str = "") -> None:
        installed_root = packs_dir(self.store.data_dir)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for index, pack in enumerate(self.copies()):
            if self._installs(pack):
                where = self.tr("from {folder}, installed when you save").format(folder=pack.root)
            elif pack.root.is_relative_to(installed_root):
                where = self.tr("installed")
            else:
                where = self.tr("bundled with CloseRead")
            text = self.tr("Version {version} · {where} · content {hash}").format(
                version=pack.version, where=where, hash=pack.content_hash[:8]
            )
            if index == 0 and not self._installs(pack):
                text += self.tr(" (newest)")
            self.version_combo.addItem(text, pack.content_hash)
        found = self.version_combo.findData(select_hash) if select_hash else 0
        self.version_combo.setCurrentIndex(max(found, 0))
        self.version_combo.blockSignals(False)

    def chosen(self) -> Pack | None:
        wanted = self.version_combo.currentData()
        return next((p for p in self.copies() if p.content_hash == wanted), None)

    def _installs(self, pack: Pack) -> bool:
        return self.staged is not None and not self.staged.already and pack is self.staged.pack

    # -- preview -----------------------------------------------------------------------------

    def preview(self) -> None:
        pack = self.chosen()
        self.plan = None
        self.report = None
        self.save_button.setEnabled(False)
        self.table.setRowCount(0)
        self.changes.clear()
        if pack is None:
            self.summary.setText(self.tr("No copy of this pack with its key is installed here."))
            return
        self.summary.setText(self.tr("Working out what changes…"))
        installs = self._installs(pack)
        self.save_button.setText(
            self.tr("Install and &Save New Scores") if installs else self.tr("&Save New Scores")
        )
        installed = [p for p in self.copies() if not self._installs(p)]
        shown_now = self.known.newest(self.pack_id, full=False)

        def work(reader):
            return plan_rescore(
                reader, pack, installed=installed, shown_now=shown_now, installs=installs
            )

        self.task = read_in_background(
            self.store.data_dir, work, self._previewed, self._failed, owner=self
        )

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _previewed(self, plan: RescorePlan) -> None:
        pack, report = plan.pack, plan.report
        if pack is not self.chosen():
            return  # another version was chosen meanwhile
        self.report = report
        self.plan = plan
        self.changes.setText("\n".join(plan_lines(plan)[:-1]))  # the last is said below
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
            self.tr(
                "{n} of %n answer(s) change with version {version}.", "", report.attempts
            ).format(n=len(report.changes), version=report.version)
        ]
        if report.skipped:
            parts.append(
                self.tr(
                    "%n left as they were: their exercise changed under them.",
                    "",
                    len(report.skipped),
                )
            )
        if report.unverified:
            parts.append(
                self.tr(
                    "%n answer(s) were made with a copy that is no longer installed; they are "
                    "scored as if its text and options were the same.",
                    "",
                    report.unverified,
                )
            )
        if plan.installs:
            parts.append(self.tr("Saving installs the new version: students will see it."))
        elif not report.changes:
            parts.append(self.tr("Nothing to save."))
        self.summary.setText(" ".join(parts))
        self.save_button.setEnabled(plan.changes_anything)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Re-scoring failed: {error}").format(error=error))

    def save(self) -> None:
        plan = self.plan
        if plan is None or not plan.changes_anything:
            return
        try:
            if plan.installs and self.staged is not None:
                commit_pack(self.staged, self.store)
                self.staged = None
                self.packsChanged.emit()
            save_scores(self.store, plan)
        except InstallError as error:
            show_error(self, self.tr("The pack was not installed"), str(error))
            return
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.rescored.emit(plan.report)
        self.accept()

    # -- a pack folder -------------------------------------------------------------------------

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("CloseRead — Open the Fixed Pack's Folder"), str(Path.home())
        )
        if folder:
            self.stage_folder(folder)

    def stage_folder(self, folder: str):
        data_dir = self.store.data_dir
        return run_in_background(
            lambda: stage_pack(folder, data_dir),
            self._staged,
            self._stage_failed,
            busy_text=self.tr("Checking the pack…"),
            parent=self,
        )

    def _staged(self, staged: StagedPack) -> None:
        problem = ""
        if staged.pack.id != self.pack_id:
            problem = self.tr("That folder holds the pack “{other}”, not “{this}”.").format(
                other=staged.pack.id, this=self.pack_id
            )
        elif not staged.already:
            try:
                displaced = displaced_pack(staged.pack, self.store, self.store.data_dir)
            except StorageError as error:
                displaced, problem = None, str(error)
            if displaced is not None:
                problem = str(NeedsConfirmation(staged.pack, displaced.pack, displaced.bundled))
        if problem:
            discard(staged)
            show_error(self, self.tr("The pack cannot be used to re-score"), problem)
            return
        self._discard_staged()
        self.staged = staged
        self._fill_versions(staged.pack.content_hash)
        self.preview()

    def _discard_staged(self) -> None:
        if self.staged is not None:
            discard(self.staged)
            self.staged = None

    def _stage_failed(self, error: BaseException) -> None:
        if isinstance(error, InstallError) and error.problems:
            ProblemsDialog(
                self.tr("The pack has problems"), str(error), error.problems, self
            ).exec()
        else:
            show_error(self, self.tr("The pack was not installed"), str(error))
