"""The pack editor's outline: the pack, its article, its lessons and their exercises.

Each row is a :class:`Node`: what it is, the lesson file it lives in and the exercise
it names (``"analogy-id/part-id"`` for a part of an analogy). The outline is built from
the open documents again after every edit; when only titles changed, rows are renamed
in place so the selection and the scroll position stay put.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.editor.kinds import kind_name
from closeread.ui.editor.session import PACK_FILE, EditSession

_NODE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Node:
    kind: str  # "pack", "article", "lesson", "exercise" or "part"
    rel: str = ""  # the lesson file, for lessons, exercises and parts
    ref: str = ""  # the exercise id, or "analogy-id/part-id"

    @property
    def exercise_id(self) -> str:
        return self.ref.partition("/")[0]


@dataclass(frozen=True)
class _Row:
    node: Node
    parent: Node | None
    title: str
    kind: str
    tip: str


class OutlineTree(QTreeWidget):
    """The outline; ``nodeChanged`` when the teacher moves to another row."""

    nodeChanged = Signal(object)  # Node or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("editorOutline")
        self.setAccessibleName(self.tr("Pack outline"))
        self.setAccessibleDescription(
            self.tr(
                "Lessons and their exercises. Ctrl+Up and Ctrl+Down move the exercise, "
                "Delete removes it, Ctrl+N adds one."
            )
        )
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Outline"), self.tr("Kind")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self._rows: list[_Row] = []
        self._items: dict[Node, QTreeWidgetItem] = {}
        self._quiet = False
        self.currentItemChanged.connect(self._on_current_changed)

    # -- building -----------------------------------------------------------------------------

    def rebuild(self, session: EditSession) -> None:
        """Show the session's pack; the current row stays when it still exists."""
        rows = list(_rows_of(session))
        if [(r.node, r.parent) for r in rows] == [(r.node, r.parent) for r in self._rows]:
            for row in rows:
                self._fill(self._items[row.node], row)
            self._rows = rows
            return
        current = self.current_node()
        self._quiet = True
        try:
            self.clear()
            self._items = {}
            for row in rows:
                parent = self._items.get(row.parent) if row.parent else None
                item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
                item.setData(0, _NODE, row.node)
                self._fill(item, row)
                self._items[row.node] = item
            self._rows = rows
            self.expandAll()
        finally:
            self._quiet = False
        target = current if current in self._items else _nearest(current, self._items)
        self.select(target, emit=True)

    def _fill(self, item: QTreeWidgetItem, row: _Row) -> None:
        if item.text(0) != row.title:
            item.setText(0, row.title)
        item.setText(1, row.kind)
        item.setToolTip(0, plain_tooltip(row.tip))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.title}, {row.kind}".strip(", "))

    # -- the current row ------------------------------------------------------------------------

    def current_node(self) -> Node | None:
        item = self.currentItem()
        return item.data(0, _NODE) if item is not None else None

    def nodes(self) -> list[Node]:
        return [row.node for row in self._rows]

    def item_for(self, node: Node) -> QTreeWidgetItem | None:
        return self._items.get(node)

    def select(self, node: Node | None, *, emit: bool = False) -> None:
        """Make ``node`` the current row (``emit``: tell listeners even when unchanged)."""
        item = self._items.get(node) if node is not None else None
        if item is None and self._rows:
            item = self._items[self._rows[0].node]
        changed = item is not self.currentItem()
        if changed:
            self.setCurrentItem(item)  # type: ignore[arg-type]  # None clears it; the stub says no
        if item is not None:
            self.scrollToItem(item)
        if emit and not changed:
            self.nodeChanged.emit(self.current_node())

    def _on_current_changed(self, *_items) -> None:
        if not self._quiet:
            self.nodeChanged.emit(self.current_node())


def _rows_of(session: EditSession):
    pack = Node("pack")
    yield _Row(pack, None, session.title, QCoreApplication.translate("outline", "Pack"), PACK_FILE)
    article = session.meta.get("article", "article.md")
    yield _Row(
        Node("article"), None, QCoreApplication.translate("outline", "Article"), "", str(article)
    )
    for rel in session.lesson_files:
        lesson = Node("lesson", rel)
        doc = session.docs.get(rel)
        if doc is None:
            title = QCoreApplication.translate("outline", "{file} (cannot be opened)").format(
                file=rel
            )
            yield _Row(lesson, None, title, "", session.open_errors.get(rel, rel))
            continue
        title = str(doc.doc.get("title", "")) or rel
        yield _Row(lesson, None, title, QCoreApplication.translate("outline", "Lesson"), rel)
        for exercise in doc.exercises():
            ref = str(exercise.get("id", ""))
            node = Node("exercise", rel, ref)
            kind = kind_name(str(exercise.get("kind")))
            yield _Row(node, lesson, _title(exercise), kind, _tip(session, exercise, ref))
            parts = exercise.get("parts") if exercise.get("kind") == "analogy" else None
            for part in parts if isinstance(parts, list) else []:
                if isinstance(part, dict):
                    part_ref = f"{ref}/{part.get('id', '')}"
                    kind = kind_name(str(part.get("kind")))
                    tip = _tip(session, part, part_ref)
                    yield _Row(Node("part", rel, part_ref), node, _title(part), kind, tip)


def _tip(session: EditSession, exercise: dict, ref: str) -> str:
    """The row's tooltip: its name, and its id only when the teacher shows ids."""
    return f"{_title(exercise)} ({ref})" if session.show_ids else _title(exercise)


def _title(exercise: dict) -> str:
    title = exercise.get("title")
    return str(title) if title else str(exercise.get("id", "?"))


def _nearest(node: Node | None, items: dict[Node, QTreeWidgetItem]) -> Node | None:
    """Where to go when ``node`` is gone: its analogy, else its lesson."""
    if node is None:
        return None
    for candidate in (Node("exercise", node.rel, node.exercise_id), Node("lesson", node.rel)):
        if candidate in items:
            return candidate
    return None
