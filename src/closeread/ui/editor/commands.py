"""The pack editor's commands on the outline: add, delete and move exercises, parts and
lessons, and show or hide ids. A mixin of :class:`~closeread.ui.editor.window.PackEditor`,
which has the widgets :class:`_Editor` names."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from closeread.ui.editor import lessons, structure
from closeread.ui.editor.outline import Node

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from closeread.ui.editor.actions import EditorActions
    from closeread.ui.editor.keyspans import KeyPanel
    from closeread.ui.editor.outline import OutlineTree
    from closeread.ui.editor.session import EditSession

    class _Editor(QMainWindow):
        """What the commands use of the editor, for the type checker."""

        session: EditSession
        node: Node | None
        form: QWidget | None
        outline: OutlineTree
        keys: KeyPanel
        actions: EditorActions  # type: ignore[assignment]  # hides QWidget.actions()

        def go_to(self, rel: str, ref: str) -> None: ...
        def say(self, message: str) -> None: ...
        def show_node(self, node: Node | None, *, force: bool = False) -> None: ...

else:
    _Editor = object


class EditorCommands(_Editor):
    """Commands on the outline's rows (see the module's notes)."""

    def add(self, kind: str) -> None:
        node = structure.add_exercise(self.session, self.node, kind)
        if node is not None:
            self.go_to(node.rel, node.ref)
            self._focus_title()

    def add_part(self, kind: str) -> None:
        node = structure.add_part(self.session, self.node, kind)
        if node is not None:
            self.go_to(node.rel, node.ref)
            self._focus_title()

    def add_lesson(self) -> None:
        node = lessons.add_lesson(self.session, self.node)
        if node is not None:
            self.go_to(node.rel, "")
            self._focus_title()
            self.say(self.tr("Added a lesson with a first exercise. Ctrl+Z takes it back."))

    def show_add_menu(self) -> None:
        item = self.outline.currentItem()
        rect = self.outline.visualItemRect(item) if item is not None else None
        point = rect.bottomLeft() if rect is not None else QPoint(0, 0)
        self.actions.add_menu.popup(self.outline.viewport().mapToGlobal(point))

    def _focus_title(self) -> None:
        fields = getattr(self.form, "fields", None)
        if fields is not None and "title" in fields.widgets:
            title = cast(QLineEdit, fields.widgets["title"])  # a "line" field
            title.setFocus(Qt.FocusReason.OtherFocusReason)
            title.selectAll()

    def delete_lesson(self) -> None:
        """Lesson > Delete Lesson: the lesson of the current row (or of its exercise)."""
        if self.node is not None and self.node.rel:
            self.go_to(self.node.rel, "")
            self.delete()

    def delete(self) -> None:
        """Delete the exercise, part or lesson of the current row."""
        node = self.node
        if node is not None and node.kind == "lesson":
            title = self.session.lesson_title(node.rel)
            after = lessons.delete_lesson(self.session, node.rel)
            if after is not None:
                self.go_to(after.rel or "pack.toml", "")
                self.say(
                    self.tr(
                        "Deleted the lesson “{title}”; its file goes when you save. "
                        "Ctrl+Z brings it back."
                    ).format(title=title)
                )
            return
        if node is None or node.kind not in ("exercise", "part"):
            return
        gone = self.exercise_title(node)
        after = structure.delete(self.session, node)
        if after is not None:
            self.go_to(after.rel, after.ref)
            self.say(self.tr("Deleted “{title}”. Ctrl+Z brings it back.").format(title=gone))

    def exercise_title(self, node: Node) -> str:
        """What the teacher calls the exercise or part of ``node``: its title."""
        doc = self.session.docs.get(node.rel)
        if not node.ref:
            return self.session.lesson_title(node.rel)
        if doc is None:
            return node.ref
        try:
            title = doc.exercise(node.ref).get("title")
        except ValueError:
            return node.ref
        return str(title) if title else node.ref

    def move(self, delta: int) -> None:  # type: ignore[override]  # Move Up/Down, not QWidget's
        if self.node is not None and self.node.kind in ("exercise", "part"):
            structure.move(self.session, self.node, delta)

    def set_show_ids(self, shown: bool) -> None:
        """View > Show Ids: the permanent names of the pack, lessons, exercises, passages."""
        self.session.show_ids = shown
        self.outline.rebuild(self.session)
        self.show_node(self.node, force=True)
