"""Undo and redo for the pack editor: each command holds one lesson file's text before and after.

An edit is applied to the ``LessonDocument`` first; the command is pushed afterwards
with the file's text on both sides (``LessonDocument.as_text``). Undo and redo put one
of them back with ``LessonDocument.restore``: simple, and exact to the byte, whatever
the edit did to comments and layout.

Typing in one field makes many edits; consecutive commands with the same ``merge``
key become one, so Ctrl+Z takes back the whole word or paragraph, not a letter.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand

MERGEABLE = 7  # QUndoCommand.id() of commands that may merge; others return -1

# Where the editor should go after a command is undone or redone: (lesson file, ref).
Focus = tuple[str, str] | None


class TextCommand(QUndoCommand):
    """Put a lesson file's text back to ``before`` (undo) or ``after`` (redo)."""

    def __init__(
        self,
        rel: str,
        before: str,
        after: str,
        text: str,
        apply: Callable[[str, str, Focus], None],
        *,
        merge: Hashable | None = None,
        focus_undo: Focus = None,
        focus_redo: Focus = None,
    ) -> None:
        super().__init__(text)
        self.rel = rel
        self.before = before
        self.after = after
        self.merge = merge
        self.focus_undo = focus_undo
        self.focus_redo = focus_redo
        self._apply = apply
        self._pushing = True  # pushed after the edit was made: the first redo has nothing to do

    def id(self) -> int:
        return MERGEABLE if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextCommand) or other.rel != self.rel:
            return False
        if self.merge is None or other.merge != self.merge or other.before != self.after:
            return False
        self.after = other.after
        self.focus_redo = other.focus_redo
        self.setObsolete(self.after == self.before)  # typed and deleted again: no step left
        return True

    def redo(self) -> None:
        if self._pushing:
            self._pushing = False
            return
        self._apply(self.rel, self.after, self.focus_redo)

    def undo(self) -> None:
        self._apply(self.rel, self.before, self.focus_undo)
