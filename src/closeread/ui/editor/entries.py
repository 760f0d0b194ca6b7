"""A list of an exercise's entries (options, pairs, hints, rubric items) with a form for one.

The list shows a line per entry; below it, the selected entry's fields. Add, Remove,
Move up and Move down are buttons, and keys while the list has the focus (Insert,
Delete, Ctrl+Up, Ctrl+Down). The widget only says what the teacher asked for; the
exercise form applies it to the lesson file and loads the result back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeread.ui.common.actions import without_mnemonic
from closeread.ui.editor.fields import Field, FieldForm

LIST_ROWS = 5


class EntryList(QGroupBox):
    """Entries of list ``name`` of one exercise; signals carry entry numbers from 0."""

    addRequested = Signal()
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    fieldEdited = Signal(int, str, object)

    def __init__(
        self,
        name: str,
        title: str,
        fields: Iterable[Field],
        summary: Callable[[dict[str, Any]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.name = name
        self.setAccessibleName(without_mnemonic(title))
        self._summary = summary
        self._entries: list[dict[str, Any]] = []
        self._want_row: int | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("{title}: list").format(title=without_mnemonic(title)))
        self.list.setAccessibleDescription(
            self.tr("Insert adds, Delete removes, Ctrl+Up and Ctrl+Down move the entry.")
        )
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add"), self.tr("Add an entry"), self._add)
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the selected entry"), self._remove
        )
        self.up_button = self._button(
            self.tr("Up"), self.tr("Move the selected entry up"), lambda: self._move(-1)
        )
        self.down_button = self._button(
            self.tr("Down"), self.tr("Move the selected entry down"), lambda: self._move(1)
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.form = FieldForm(fields, self)
        self.form.edited.connect(self._edited)
        layout.addWidget(self.form)
        for keys, slot in (
            ("Ins", self._add),
            ("Del", self._remove),
            ("Ctrl+Up", lambda: self._move(-1)),
            ("Ctrl+Down", lambda: self._move(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update()

    def _button(self, text: str, spoken: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(spoken)
        button.setToolTip(spoken)
        button.clicked.connect(slot)
        return button

    # -- showing ------------------------------------------------------------------------------

    def load(self, entries: list[dict[str, Any]]) -> None:
        """Show ``entries``; the selected entry stays selected (or the one just added)."""
        row = self._want_row if self._want_row is not None else self.list.currentRow()
        self._want_row = None
        self._entries = entries
        self.list.blockSignals(True)
        if self.list.count() != len(entries):
            self.list.clear()
            for _ in entries:
                QListWidgetItem(self.list)
        for index, entry in enumerate(entries):
            text = f"{index + 1}. {self._summary(entry)}"
            if self.list.item(index).text() != text:
                self.list.item(index).setText(text)
        row = min(max(row, 0), len(entries) - 1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.list.setFixedHeight(self._list_height())
        self._show_row(row)

    def _list_height(self) -> int:
        rows = min(max(len(self._entries), 1), LIST_ROWS)
        row = self.list.sizeHintForRow(0) if self._entries else -1
        row = max(row, self.fontMetrics().height() + 4)
        return rows * row + 2 * self.list.frameWidth() + 2

    def _show_row(self, row: int) -> None:
        has = 0 <= row < len(self._entries)
        self.form.setVisible(has)
        if has:
            self.form.load(self._entries[row])
        self._update()

    def _update(self) -> None:
        row, count = self.list.currentRow(), len(self._entries)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def current(self) -> int:
        return self.list.currentRow()

    # -- asking ---------------------------------------------------------------------------

    def _add(self) -> None:
        self._want_row = len(self._entries)
        self.addRequested.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._entries):
            self._want_row = row
            self.removeRequested.emit(row)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if 0 <= row < len(self._entries) and 0 <= target < len(self._entries):
            self._want_row = target
            self.moveRequested.emit(row, target)

    def _edited(self, key: str, value: object) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._entries):
            self.fieldEdited.emit(row, key, value)
