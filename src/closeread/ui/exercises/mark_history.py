"""Undo and redo of a student's marks: Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y too).

Every change the student makes to the marks of one exercise (a new mark, a deleted
one, a new label, a mark made longer or shorter, from the article or from the list)
is one step; the history keeps the whole list of marks before each step, so undoing
puts back exactly what was there. Restoring saved marks and checking start a new
history: a checked answer is not taken back. The keys work while the article or the
list of marks has the focus (the pack editor's article keeps its own undo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from closeread.ui.reading.overlay import Mark

LIMIT = 500  # steps kept; far more than a student takes back

Marks = tuple[Mark, ...]


class MarkHistory:
    """The marks before each change (to undo) and after each undone one (to redo)."""

    def __init__(self) -> None:
        self._undo: list[Marks] = []
        self._redo: list[Marks] = []

    def record(self, before: Sequence[Mark]) -> None:
        """A change is about to replace ``before``; what was undone can't be redone now."""
        self._undo.append(tuple(before))
        del self._undo[:-LIMIT]
        self._redo.clear()

    def undo(self, current: Sequence[Mark]) -> list[Mark] | None:
        """The marks before the last change, or None when there is nothing to undo."""
        if not self._undo:
            return None
        self._redo.append(tuple(current))
        return list(self._undo.pop())

    def redo(self, current: Sequence[Mark]) -> list[Mark] | None:
        """The marks the last undo took away, or None."""
        if not self._redo:
            return None
        self._undo.append(tuple(current))
        return list(self._redo.pop())

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()


UNDO_KEYS: tuple[QKeySequence.StandardKey | str, ...] = (QKeySequence.StandardKey.Undo, "Ctrl+Z")
REDO_KEYS: tuple[QKeySequence.StandardKey | str, ...] = (
    QKeySequence.StandardKey.Redo,
    "Ctrl+Shift+Z",
    "Ctrl+Y",
)


def _sequences(keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    if isinstance(keys, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(keys)
    return [QKeySequence(keys)]


def history_shortcuts(
    target: QWidget, undo: Callable[[], None], redo: Callable[[], None]
) -> list[QShortcut]:
    """Undo and redo keys while ``target`` has the focus."""
    made: list[QShortcut] = []
    seen: set[str] = set()
    wanted = [(keys, undo) for keys in UNDO_KEYS] + [(keys, redo) for keys in REDO_KEYS]
    for keys, slot in wanted:
        for sequence in _sequences(keys):
            if sequence.isEmpty() or sequence.toString() in seen:
                continue
            seen.add(sequence.toString())
            shortcut = QShortcut(sequence, target)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            made.append(shortcut)
    return made
