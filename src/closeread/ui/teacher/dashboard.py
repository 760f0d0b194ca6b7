"""The teacher's dashboard: a class's results on one pack, and what to do about them.

Opened from Teacher > Dashboard… behind the teacher PIN (:mod:`.pin_dialog`). Above,
the pack, the class and a name search; below, three tabs:

- Students: a sortable table of students × lessons (percent and completion) beside a
  chart of the score distribution per lesson. Double-click a score, or press Enter on
  it, to see the student's answers against the key (:mod:`.attempt_view`).
- Review: written answers the rules could not decide, with the teacher's score.
- Item Analysis: what the class missed, confused and chose wrongly.

The pack shown is the newest copy with its key; when only an assessment edition is
here, nothing can be scored and the dashboard says so. Import Results Files…,
Re-score… and the reports (CSV, HTML, PDF, for the class chosen) are in the toolbar
and the menus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.results_import import ImportReport
from closeread.core.library.installed import KnownPacks, known_packs
from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.loading import BackgroundTask
from closeread.ui.common.widgets import MutedLabel
from closeread.ui.teacher import exports
from closeread.ui.teacher.attempt_view import AttemptView
from closeread.ui.teacher.gradebook_model import (
    LESSON_ROLE,
    STUDENT_ROLE,
    GradebookFilter,
    GradebookModel,
    rows_from_summary,
)
from closeread.ui.teacher.gradebook_table import GradebookTable
from closeread.ui.teacher.import_dialog import ImportResultsDialog, start_import
from closeread.ui.teacher.item_analysis import ItemAnalysisPanel
from closeread.ui.teacher.pin_dialog import change_teacher_pin
from closeread.ui.teacher.rescore_dialog import RescoreDialog
from closeread.ui.teacher.review import ReviewPanel
from closeread.ui.teacher.score_chart import ScoreChart


class DashboardWindow(QMainWindow):
    """The dashboard over ``store``; ``pack_id`` is the pack to show first."""

    changed = Signal()  # scores, overrides or students changed

    def __init__(self, store, pack_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.known = KnownPacks((), ())
        self.pack: Pack | None = None
        self.task: exports.BackgroundTask | None = None  # the last report being written
        self.import_dialog: ImportResultsDialog | None = None
        self.rescore_dialog: RescoreDialog | None = None
        self.attempt_views: list[AttemptView] = []
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("CloseRead — Dashboard"))
        self.setAccessibleName(self.tr("Teacher dashboard"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1280, 800)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(self._filter_bar())
        self.notice = QLabel(central)
        self.notice.setObjectName("dashboardNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.setAccessibleName(self.tr("Students, review and item analysis"))
        self.tabs.tabBar().setAccessibleName(self.tr("Dashboard pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._students_tab(), self.tr("&Students"))
        self.review = ReviewPanel(store, self.tabs)
        self.tabs.addTab(self.review, self.tr("&Review"))
        self.analysis = ItemAnalysisPanel(store, self.tabs)
        self.tabs.addTab(self.analysis, self.tr("Item &Analysis"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.statusBar().addWidget(self.summary, 1)
        self._menus()
        self.review.changed.connect(lambda: self._after_scores_changed(review=False))

        self.load_packs(pack_id)

    # -- building -----------------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.pack_combo = self._combo("packCombo", self.tr("Pack"))
        self.class_combo = self._combo("classCombo", self.tr("Class"))
        self.search = QLineEdit(self)
        self.search.setObjectName("studentSearch")
        self.search.setAccessibleName(self.tr("Search students by name"))
        self.search.setPlaceholderText(self.tr("Name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        for text, widget in (
            (self.tr("&Pack:"), self.pack_combo),
            (self.tr("&Class:"), self.class_combo),
            (self.tr("Searc&h:"), self.search),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.pack_combo else 0)
        bar.addStretch(1)
        self.import_button = self._button(
            "importButton",
            self.tr("&Import Results…"),
            self.tr("Import results files students handed in"),
        )
        self.rescore_button = self._button(
            "rescoreButton",
            self.tr("Re-s&core…"),
            self.tr("Score every answer again with a fixed key"),
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export a grade report"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button in (self.import_button, self.rescore_button, self.export_button):
            bar.addWidget(button)
        self.import_button.clicked.connect(lambda: self.import_results())
        self.rescore_button.clicked.connect(self.open_rescore)
        self.pack_combo.currentIndexChanged.connect(lambda _i: self.show_pack())
        self.class_combo.currentIndexChanged.connect(lambda _i: self._on_class())
        self.search.textChanged.connect(self._on_search)
        return bar

    def _combo(self, name: str, spoken: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(spoken)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)  # a long title is elided, and whole in the tooltip
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    def _button(self, name: str, text: str, spoken: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(spoken)
        button.setToolTip(spoken)
        button.setAutoDefault(False)
        return button

    def _students_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 6, 0, 0)
        self.model = GradebookModel(self)
        self.proxy = GradebookFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = GradebookTable(self.proxy, left)
        self.table.activated.connect(self.open_cell)
        left_layout.addWidget(self.table, 1)
        hint = MutedLabel(
            self.tr("Double-click a score, or press Enter on it, to see the student's answers."),
            left,
        )
        left_layout.addWidget(hint)
        self.chart = ScoreChart(splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 400])
        return splitter

    def _menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Dashboard menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&Import Results Files…"), "Ctrl+I", self.import_results)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for kind in exports.report_kinds():
            self._add(export_menu, kind.menu_text, "", lambda _c=False, k=kind.key: self.export(k))
        self.export_button.setMenu(export_menu)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Change Teacher &PIN…"), "", self.change_pin)
        file_menu.addSeparator()
        self._add(
            file_menu, self.tr("&Close Dashboard"), QKeySequence.StandardKey.Close, self.close
        )
        pack_menu = bar.addMenu(self.tr("&Pack"))
        self._add(pack_menu, self.tr("&Re-score…"), "Ctrl+R", self.open_rescore)
        self._add(pack_menu, self.tr("Re&load"), QKeySequence.StandardKey.Refresh, self.load_packs)
        self._add(
            pack_menu,
            self.tr("&Find Student"),
            QKeySequence.StandardKey.Find,
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )

    def _add(self, menu: QMenu, text: str, keys, slot) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif keys:
            action.setShortcut(QKeySequence(keys))
        action.setStatusTip(without_mnemonic(text).replace("…", ""))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    # -- packs and data --------------------------------------------------------------------------

    def load_packs(self, select: str | None = None) -> None:
        """Find every pack here again; show ``select`` (else the one shown, else the first
        with saved work)."""
        try:
            self.known = known_packs(self.store, self.store.data_dir)
            with_work = self.store.reports.pack_ids_with_attempts()
        except StorageError as error:
            show_storage_error(self, error)
            return
        select = select or (self.pack.id if self.pack else None)
        ids = sorted(self.known.ids(), key=lambda i: (i not in with_work, i))
        self.pack_combo.blockSignals(True)
        self.pack_combo.clear()
        for pack_id in ids:
            pack = self.known.newest(pack_id, full=False)
            self.pack_combo.addItem(f"{pack.title} ({pack_id})" if pack else pack_id, pack_id)
        index = self.pack_combo.findData(select) if select else 0
        self.pack_combo.setCurrentIndex(max(index, 0))
        self.pack_combo.blockSignals(False)
        self.show_pack()

    def show_pack(self) -> None:
        pack_id = self.pack_combo.currentData()
        full = self.known.newest(pack_id) if pack_id else None
        self.pack = full or (self.known.newest(pack_id, full=False) if pack_id else None)
        keyless = self.pack is not None and full is None
        self.notice.setVisible(keyless)
        if keyless:
            self.notice.setText(
                self.tr(
                    "⚠ Only the assessment edition of this pack is here: it has no key, so "
                    "answers cannot be scored, reviewed or analysed. Open the full pack "
                    "(File > Open Pack… in the main window) to score them."
                )
            )
        for widget in (self.rescore_button, self.export_button):
            widget.setEnabled(full is not None)
        self.chart.set_pack(self.pack)
        self.reload()

    def class_name(self) -> str | None:
        return self.class_combo.currentData() or None

    def reload(self, *, review: bool = True) -> None:
        """Read the students and their scores again (after imports, scores, re-scores);
        ``review=False`` leaves the review queue as it is (it reloaded itself)."""
        pack = self.pack
        try:
            students = self.store.roster.list_students()
            summary = self.store.reports.class_summary(pack) if pack is not None else []
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.model.set_rows(pack, rows_from_summary(students, summary) if pack else [])
        self._fill_classes(sorted({s.class_name for s in students if s.class_name}, key=str.lower))
        self.table.size_columns()
        self._on_class(review=review)

    def _fill_classes(self, classes: list[str]) -> None:
        current = self.class_name()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes"), "")
        for name in classes:
            self.class_combo.addItem(name, name)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(current or "")))
        self.class_combo.blockSignals(False)

    def _on_class(self, *, review: bool = True) -> None:
        self.proxy.set_class(self.class_name())
        if review:
            self.review.set_scope(self.pack, self.class_name())
        self.analysis.set_scope(self.pack, self.class_name())
        self._update_view()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_view()

    def _update_view(self) -> None:
        rows = self.proxy.student_rows()
        self.chart.set_rows(rows)
        waiting = self.review.waiting()
        self.tabs.setTabText(
            1, self.tr("&Review ({n})").format(n=waiting) if waiting else self.tr("&Review")
        )
        text = self.tr("{shown} of %n student(s)", "", len(self.model.rows)).format(shown=len(rows))
        started = [row.total for row in rows if row.done]
        if started:
            text += self.tr(" · mean total {mean}%").format(
                mean=f"{sum(started) / len(started):.0f}"
            )
        if waiting:
            text += " · " + self.tr("%n answers wait for review", "", waiting)
        self.summary.setText(text)

    # -- actions ------------------------------------------------------------------------------

    def open_cell(self, index: QModelIndex) -> AttemptView | None:
        """Show the student's answers to the lesson of the cell (the first lesson elsewhere)."""
        if self.pack is None or not self.pack.lessons or not index.isValid():
            return None
        student_id = index.data(STUDENT_ROLE)
        lesson_id = index.data(LESSON_ROLE) or self.pack.lessons[0].id
        student = next(r.student for r in self.model.rows if r.student.id == student_id)
        view = AttemptView(self.store, self.pack, student, lesson_id, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.changed.connect(self._after_scores_changed)
        view.destroyed.connect(lambda _o=None, v=view: self._forget(v))
        self.attempt_views.append(view)
        view.show()
        return view

    def _forget(self, view: AttemptView) -> None:
        if view in self.attempt_views:
            self.attempt_views.remove(view)

    def _after_scores_changed(self, *, review: bool = True) -> None:
        self.reload(review=review)
        self.changed.emit()

    def import_results(self, paths: list[str] | None = None) -> BackgroundTask | None:
        """Import results files in the background; ``import_dialog`` shows the outcome."""
        self.import_dialog = None
        self.import_task = start_import(self, self.store, paths, self._imported)
        return self.import_task

    def _imported(self, known: KnownPacks, reports: list[ImportReport]) -> None:
        self.known = known  # a pack installed since the dashboard opened counts too
        self.import_dialog = ImportResultsDialog(reports, self)
        self.import_dialog.open()
        if any(report.outcome == "imported" for report in reports):
            self._after_scores_changed()

    def open_rescore(self) -> RescoreDialog | None:
        if self.pack is None or self.pack.edition != "full":
            return None
        dialog = self.rescore_dialog = RescoreDialog(self.store, self.known, self.pack.id, self)
        dialog.rescored.connect(lambda _report: self._after_scores_changed())
        dialog.packsChanged.connect(lambda: self.load_packs(self.pack.id if self.pack else None))
        dialog.open()
        return dialog

    def export(self, kind: str):
        if self.pack is None or self.pack.edition != "full":
            return None
        self.task = exports.export_report(
            self, self.store, self.pack, self.class_name(), kind, on_saved=self._saved
        )
        return self.task

    def change_pin(self) -> None:
        if change_teacher_pin(self, self.store):
            self.statusBar().showMessage(self.tr("The teacher PIN was changed."), 8000)

    def _saved(self, path) -> None:
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
