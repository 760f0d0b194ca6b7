"""The dashboard's Item Analysis tab: what the class got wrong, exercise by exercise.

A tree, one branch per exercise in pack order (its mean score and how many tried it),
and under it what :func:`closeread.core.classwork.item_analysis.analyse_pack` found: the key spans
most missed (with their quotes), the labels most confused, the marks that matched
nothing, the options most often picked wrongly, the pairs most often matched wrongly,
the rubric criteria most often not met, the answers waiting for review, and the mean
level you gave each criterion of a writing task. The analysis grades every counted
attempt again, so it runs off the GUI thread, when the tab is shown and again after
anything changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.item_analysis import ExerciseAnalysis, analyse_pack
from closeread.core.pack.model import Pack
from closeread.ui.common.loading import BackgroundTask
from closeread.ui.common.outside_text import plain_label, plain_tooltip
from closeread.ui.common.widgets import MutedLabel
from closeread.ui.teacher.background import read_in_background

QUOTE_LIMIT = 110


def _short(text: str, limit: int = QUOTE_LIMIT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text shortened and in quotation marks, unless it is quoted already."""
    short = _short(text, limit)
    return short if short[:1] in "\"“‘'" else f"“{short}”"


class ItemAnalysisPanel(QWidget):
    """Item analysis of one pack for the dashboard's students (one class or all)."""

    updated = Signal()  # a new analysis is shown

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemAnalysisPanel")
        self.store = store
        self.pack: Pack | None = None
        self.class_name: str | None = None
        self.analysis: list[ExerciseAnalysis] = []
        self.stale = True
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary = MutedLabel(
            self.tr(
                "For each exercise, from each student's answer that counts: what was missed, "
                "confused or chosen wrongly, most often first."
            ),
            self,
        )
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("itemAnalysisTree")
        self.tree.setAccessibleName(self.tr("Item analysis"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Exercise and item"), self.tr("Students"), self.tr("Details")]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 560)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.state = plain_label(parent=self)  # an error may quote a pack
        self.state.setObjectName("itemAnalysisState")
        layout.addWidget(self.state)

    # -- running ----------------------------------------------------------------------------

    def set_scope(self, pack: Pack | None, class_name: str | None) -> None:
        self.pack = pack
        self.class_name = class_name
        self.invalidate()

    def invalidate(self) -> None:
        """The data changed: analyse again now if the tab is shown, else when it is."""
        self.stale = True
        if self.isVisible():
            self.run()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.run()

    def run(self) -> None:
        self.stale = False
        pack, class_name = self.pack, self.class_name
        if pack is None:
            self._show([])
            return
        self.state.setText(self.tr("Analysing the class's answers…"))
        self.task = read_in_background(
            self.store.data_dir,
            lambda store: (pack, class_name, analyse_pack(store, pack, class_name)),
            self._done,
            self._failed,
            owner=self,
        )

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _done(self, result) -> None:
        pack, class_name, analysis = result
        if pack is not self.pack or class_name != self.class_name:
            return  # the scope changed meanwhile; its own run follows
        self._show(analysis)

    def _failed(self, error: BaseException) -> None:
        self.state.setText(self.tr("The analysis failed: {error}").format(error=error))

    # -- showing -----------------------------------------------------------------------------

    def _show(self, analysis: list[ExerciseAnalysis]) -> None:
        self.analysis = analysis
        self.tree.clear()
        if self.pack is None:
            self.state.setText("")
            return
        lessons: dict[str, QTreeWidgetItem] = {}
        for number, lesson in enumerate(self.pack.lessons, 1):
            title = self.tr("Lesson {n}: {title}").format(n=number, title=lesson.title)
            branch = self._row(self.tree.invisibleRootItem(), title, "", "")
            branch.setFirstColumnSpanned(True)
            font = branch.font(0)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.08)
            branch.setFont(0, font)
            branch.setExpanded(True)
            lessons[lesson.id] = branch
        for found in analysis:
            parent = lessons.get(found.lesson_id, self.tree.invisibleRootItem())
            self._exercise_item(parent, found).setExpanded(True)
        tried = sum(1 for found in analysis if found.attempted)
        self.state.setText(
            self.tr("%n exercise(s), {tried} of them tried by someone.", "", len(analysis)).format(
                tried=tried
            )
        )
        self.updated.emit()

    def _exercise_item(self, parent, found: ExerciseAnalysis) -> QTreeWidgetItem:
        mean = "—" if found.mean_score is None else f"{found.mean_score * 100:.0f}%"
        item = self._row(
            parent,
            found.title,
            self.tr("{n} of {total}").format(n=found.attempted, total=found.students),
            self.tr("tried it · mean {mean}").format(mean=mean),
        )
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self._marks(item, found)
        if found.options:
            wrong = [o for o in found.options if o.wrong and o.picked]
            group = self._group(item, self.tr("Options picked wrongly"), wrong)
            for option in wrong:
                self._row(
                    group,
                    _quoted(option.text),
                    str(option.picked),
                    self.tr("worth {w}%").format(w=f"{option.weight * 100:g}"),
                )
        if found.pairs:
            wrong_pairs = [p for p in found.pairs if p.wrong]
            group = self._group(item, self.tr("Pairs matched wrongly"), wrong_pairs)
            for pair in wrong_pairs:
                detail = self.tr("right: “{right}”").format(right=_short(pair.right, 60))
                if pair.most_chosen_wrong:
                    detail += self.tr("; most chose “{wrong}”").format(
                        wrong=_short(pair.most_chosen_wrong, 60)
                    )
                self._row(group, _quoted(pair.left), str(pair.wrong), detail)
        if found.needs_review:
            self._row(item, self.tr("Waiting for your review"), str(found.needs_review), "")
        if found.criteria:
            group = self._group(item, self.tr("Rubric criteria not met"), found.criteria)
            for criterion in found.criteria:
                self._row(group, criterion.name, str(criterion.unmet), "")
        if found.levels:
            decided = found.levels[0].decided
            title = self.tr("Levels you gave (%n scored): the mean level", "", decided)
            group = self._group(item, title, found.levels)
            for stat in found.levels:
                mean = "—" if stat.mean is None else f"{stat.mean:.1f}"
                spread = ", ".join(
                    self.tr("{n} at {level}").format(n=count, level=level)
                    for level, count in enumerate(stat.counts)
                )
                self._row(group, stat.name, mean, spread)
        for part in found.parts:
            self._exercise_item(item, part).setExpanded(True)
        return item

    def _marks(self, item: QTreeWidgetItem, found: ExerciseAnalysis) -> None:
        if not found.key_spans:
            return
        names = {label.id: label.name for label in self.pack.labels} if self.pack else {}
        missed = [s for s in found.key_spans if s.missed or s.wrong_label]
        group = self._group(item, self.tr("Key spans most missed"), missed)
        for span in missed:
            label = names.get(span.label, span.label)
            detail = self.tr("missed by {missed}; found by {found}").format(
                missed=span.missed, found=span.found
            )
            if span.wrong_label:
                detail += self.tr("; under another label by {n}").format(n=span.wrong_label)
            self._row(group, f"{label}: {_quoted(span.quote)}", str(span.missed), detail)
        if found.confusions:
            group = self._group(item, self.tr("Labels confused"), found.confusions)
            for expected, marked, count in found.confusions:
                text = self.tr("{expected} marked as {marked}").format(
                    expected=names.get(expected, expected), marked=names.get(marked, marked)
                )
                self._row(group, text, str(count), "")
        if found.extra_marks:
            self._row(item, self.tr("Marks matching no key span"), str(found.extra_marks), "")

    def _group(self, parent: QTreeWidgetItem, title: str, entries) -> QTreeWidgetItem:
        group = self._row(parent, title, "", "" if entries else self.tr("none"))
        group.setExpanded(True)
        return group

    def _row(self, parent, first: str, count: str, detail: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [first, count, detail])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, plain_tooltip(first))
        return item
