"""The table of the dashboard's Students tab: sortable, keyboard-driven, one cell at a time.

Click a header to sort by it (again to reverse); arrow keys move between cells; Enter
or a double-click on a cell emits ``activated`` (the dashboard opens the drill-in).
Scores are painted with their completion bar (:mod:`.score_delegate`).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from closeread.ui.teacher.gradebook_model import GradebookFilter, GradebookModel
from closeread.ui.teacher.score_delegate import ScoreDelegate

LESSON_WIDTH = 112
NUMBER_WIDTH = 76


class GradebookTable(QTableView):
    """A view of ``proxy`` (a :class:`GradebookFilter` over a :class:`GradebookModel`)."""

    def __init__(self, proxy: GradebookFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradebookTable")
        self.setAccessibleName(self.tr("Students and their scores"))
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(GradebookModel.NAME, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 20)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setItemDelegate(ScoreDelegate(self))

    def size_columns(self) -> None:
        """Names as wide as they need (within reason); scores all alike."""
        proxy = cast(GradebookFilter, self.model())  # the models it was made with
        model = cast(GradebookModel, proxy.sourceModel())
        header = self.horizontalHeader()
        for column in (GradebookModel.NAME, GradebookModel.CLASS):
            self.resizeColumnToContents(column)
        header.resizeSection(GradebookModel.NAME, max(170, min(header.sectionSize(0), 260)))
        header.resizeSection(GradebookModel.CLASS, max(56, header.sectionSize(1)))
        for column in range(2, model.columnCount()):
            lesson = model.lesson_index(column) is not None
            header.resizeSection(column, LESSON_WIDTH if lesson else NUMBER_WIDTH)
