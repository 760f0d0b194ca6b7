"""The library: installed packs, their lessons and exercises, with the student's progress.

One tree serves as library and as the way around a pack: packs at the top, their
lessons under them ("2/5 done · 40%": points earned over all the
lesson's points, as on the teacher's dashboard), each lesson's intro and exercises under
that. Enter or a click on a row opens it. Which packs exist comes from the bundled
``lessons`` folder and the progress database; a pack's lessons appear once it has
been loaded (the open one at once, the others in the background).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.tally import lesson_tally
from closeread.core.grading.verdicts import score_verdict
from closeread.core.pack.model import Lesson, Pack
from closeread.ui.common.fonts import relative_font
from closeread.ui.common.outside_text import plain_tooltip

if TYPE_CHECKING:
    from closeread.core.records import Progress

_KEY = Qt.ItemDataRole.UserRole  # (pack key, lesson id or None, exercise id or None)
_INTRO = ""  # the exercise id that stands for a lesson's intro in the tree


class LibraryEntry(msgspec.Struct):
    """A pack the library lists: where it is, and once loaded, the pack itself."""

    key: str  # the folder's path: unique per installed copy
    title: str
    location: Path
    bundled: bool = False
    pack: Pack | None = None
    problems: tuple = ()
    failed: bool = False  # could not be loaded


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the style's default, and long titles wrapped, not cut."""

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self.parent()
        height = hint.height()
        if index.column() == 0 and isinstance(tree, QTreeWidget):
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = tree.columnWidth(0) - tree.indentation() * depth - 10
            styled = QStyleOptionViewItem(option)
            self.initStyleOption(styled, index)
            bounds = QFontMetrics(styled.font).boundingRect(
                QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, styled.text
            )
            height = max(height, bounds.height() + 4)
        return QSize(hint.width(), height + 8)


class LibraryPanel(QWidget):
    """The side panel: the tree of packs, lessons and exercises, and Open Pack."""

    # pack key, lesson id ("" for the pack itself), exercise id ("" for the intro)
    activated = Signal(str, str, str)
    openPackRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setAccessibleName(self.tr("Library"))
        self.entries: dict[str, LibraryEntry] = {}
        self._current: tuple[str, str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.setSpacing(8)
        title = QLabel(self.tr("Library"), self)
        relative_font(title, 1.1, QFont.Weight.DemiBold)
        title.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(title)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(self.tr("Packs, lessons and exercises"))
        self.tree.setAccessibleDescription(
            self.tr("Press Enter to open the selected lesson or exercise.")
        )
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # long lesson titles wrap instead of being cut
        self.tree.setIndentation(14)
        self.tree.setIconSize(QSize(0, 0))
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # a sidebar
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())  # rewrap
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        self.open_button = QPushButton(self.tr("Open Pack…"), self)
        self.open_button.setObjectName("openPackButton")
        self.open_button.setAccessibleName(self.tr("Open a lesson pack folder or archive"))
        self.open_button.clicked.connect(self.openPackRequested)
        layout.addWidget(self.open_button)

    # -- content ----------------------------------------------------------------------

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.entries = {entry.key: entry for entry in entries}
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem(self.tree, [entry.title, ""])
            item.setData(0, _KEY, (entry.key, "", ""))
            font = QFont(item.font(0))
            font.setWeight(QFont.Weight.DemiBold)
            item.setFont(0, font)
            self._describe_pack(item, entry)
            if entry.pack is not None:
                self._fill(item, entry.pack, None)
        self._mark_current()

    def set_pack(self, key: str, pack: Pack | None, progress: Progress | None = None) -> None:
        """The pack at ``key`` has loaded (``None``: it failed); show its lessons."""
        entry = self.entries.get(key)
        item = self._pack_item(key)
        if entry is None or item is None:
            return
        entry.pack = pack
        entry.failed = pack is None
        if pack is not None:
            entry.title = pack.title
            item.setText(0, pack.title)
        self._describe_pack(item, entry)
        self._fill(item, pack, progress)
        self._mark_current()

    def set_progress(self, key: str, progress: Progress | None) -> None:
        entry = self.entries.get(key)
        item = self._pack_item(key)
        if entry is not None and entry.pack is not None and item is not None:
            for index, lesson in enumerate(entry.pack.lessons):
                self._show_progress(_child(item, index), lesson, progress)

    def set_current(self, key: str, lesson_id: str, exercise_id: str | None) -> None:
        """Show where the student is (bold, selected) without opening anything."""
        self._current = (key, lesson_id, exercise_id or _INTRO)
        self._mark_current()

    def _describe_pack(self, item: QTreeWidgetItem, entry: LibraryEntry) -> None:
        if entry.failed:
            item.setText(1, self.tr("cannot open"))
            item.setToolTip(
                0,
                plain_tooltip("\n".join(str(p) for p in entry.problems) or str(entry.location)),
            )
            return
        where = self.tr("Bundled with CloseRead") if entry.bundled else str(entry.location)
        version = f" {entry.pack.version}" if entry.pack else ""
        item.setToolTip(0, plain_tooltip(f"{entry.title}{version}\n{where}"))
        item.setText(1, "" if entry.pack else self.tr("loading…"))

    def _fill(self, item: QTreeWidgetItem, pack: Pack | None, progress: Progress | None) -> None:
        item.takeChildren()
        if pack is None:
            return
        key = item.data(0, _KEY)[0]
        for number, lesson in enumerate(pack.lessons, start=1):
            lesson_item = QTreeWidgetItem(item, [f"{number}. {lesson.title}", ""])
            lesson_item.setData(0, _KEY, (key, lesson.id, _INTRO))
            intro = QTreeWidgetItem(lesson_item, [self.tr("Introduction"), ""])
            intro.setData(0, _KEY, (key, lesson.id, _INTRO))
            for exercise in lesson.exercises:
                child = QTreeWidgetItem(lesson_item, [exercise.title, ""])
                child.setData(0, _KEY, (key, lesson.id, exercise.id))
                child.setToolTip(0, plain_tooltip(exercise.title))
            self._show_progress(lesson_item, lesson, progress)
        item.setExpanded(True)

    def _show_progress(
        self, item: QTreeWidgetItem, lesson: Lesson, progress: Progress | None
    ) -> None:
        tally = lesson_tally(lesson, progress)
        text = self.tr("{done}/{total} done").format(done=tally.done, total=tally.total)
        spoken = self.tr("{done} of %n exercise(s) done", "", tally.total).format(done=tally.done)
        if tally.done:
            percent = round(tally.score * 100)
            text += self.tr(" · {percent}%").format(percent=percent)  # short: titles need room
            spoken += self.tr(", {percent} percent of the lesson's points").format(percent=percent)
        item.setText(1, text)
        item.setToolTip(1, spoken)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, spoken)
        for index, exercise in enumerate(lesson.exercises, start=1):
            child = _child(item, index)
            attempts = progress.attempts_for(lesson.id, exercise.id) if progress else ()
            score = (
                progress.counted_score(lesson.id, exercise.id, exercise.counts, exercise.attempts)
                if progress
                else None
            )
            if score is not None:
                child.setText(1, f"{score_verdict(score).symbol} {round(score * 100)}%")
                child.setData(
                    1,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("done, {percent} percent").format(percent=round(score * 100)),
                )
            elif attempts:
                child.setText(1, self.tr("checked"))
            elif progress and progress.draft_for(lesson.id, exercise.id):
                child.setText(1, self.tr("started"))
            else:
                child.setText(1, "")

    # -- current row --------------------------------------------------------------------

    def _pack_item(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = _top_level(self.tree, index)
            if item.data(0, _KEY)[0] == key:
                return item
        return None

    def item_for(self, key: str, lesson_id: str, exercise_id: str) -> QTreeWidgetItem | None:
        pack_item = self._pack_item(key)
        if pack_item is None:
            return None
        for index in range(pack_item.childCount()):
            lesson_item = _child(pack_item, index)
            if lesson_item.data(0, _KEY)[1] != lesson_id:
                continue
            for child_index in range(lesson_item.childCount()):
                child = _child(lesson_item, child_index)
                if child.data(0, _KEY)[2] == exercise_id:
                    return child
            return lesson_item
        return pack_item

    def _mark_current(self) -> None:
        target = self.item_for(*self._current) if self._current else None
        iterator = [_top_level(self.tree, i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            font = item.font(0)
            bold = item is target or (target is not None and item is target.parent())
            if item.parent() is not None and font.bold() != bold:
                font.setBold(bold)
                item.setFont(0, font)
            iterator.extend(_child(item, i) for i in range(item.childCount()))
        if target is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(target)
            parent = target.parent()
            if parent is not None:
                parent.setExpanded(True)
            self.tree.scrollToItem(target)
            self.tree.blockSignals(False)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key, lesson_id, exercise_id = item.data(0, _KEY)
        self.activated.emit(key, lesson_id, exercise_id)


# Qt's child(i) and topLevelItem(i) give None only for an index out of range.
def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    child = item.child(index)
    assert child is not None
    return child


def _top_level(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item
