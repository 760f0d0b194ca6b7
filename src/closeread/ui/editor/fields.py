"""Form fields of the pack editor: one widget per key, read from and written to plain data.

A :class:`FieldForm` lays out :class:`Field` specs in a ``QFormLayout``. ``load(data)``
shows the values of an exercise (or entry) without emitting anything; every edit the
teacher makes emits ``edited(key, value)`` at once, ``None`` meaning "leave the key
out" (an empty optional text, a default checkbox). The editor applies each one to the
lesson file as an undoable step; typing in one field merges into one step.

Text fields give Ctrl+Z and Ctrl+Shift+Z to the editor's undo stack (see
:func:`defer_undo`), so undo means the same everywhere in the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from closeread.core.pack.model import Label
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.flow import FlowLayout, flow_policy
from closeread.ui.editor.compound import COMPOUNDS, Compound
from closeread.ui.editor.markdown_field import MarkdownField, show_markdown


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # shown beside it, with an "&" for its Alt key if wanted
    type: str  # line, id, text, lines, number, int, bool, choice, labels, lessons, words, levels
    default: Any = None
    required: bool = False
    minimum: float = 0
    maximum: float = 100
    choices: tuple[tuple[str, str], ...] = ()  # (value, shown) for "choice"
    editable: bool = False  # a "choice" that accepts other words too
    special: str = ""  # shown instead of the minimum of an "int"
    tip: str = ""


class _UndoToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z through to the window's actions instead of the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = cast(QKeyEvent, event)  # read only for a ShortcutOverride, a key event
        if event.type() == QEvent.Type.ShortcutOverride and (
            key.matches(QKeySequence.StandardKey.Undo) or key.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


_filters: list[_UndoToWindow] = []


def defer_undo(widget: QWidget) -> None:
    """Make ``widget`` leave undo and redo to the editor's stack."""
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    if not _filters:
        _filters.append(_UndoToWindow())
    widget.installEventFilter(_filters[0])


class TextBox(QPlainTextEdit):
    """Markdown or a list, one item a line: grows with its text, Tab moves on."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._min_lines = lines
        defer_undo(self)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        shown = 0  # lines as wrapped on screen: a paragraph is one line of the text
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            shown += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        lines = max(self._min_lines, min(12, shown + 1))
        height = lines * line + 2 * int(self.document().documentMargin()) + 6
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._fit)  # once the text is laid out at the new width

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class _Number(QDoubleSpinBox):
    """A number shown as written: 1, 0.5, 33.33 (not 1.00)."""

    def textFromValue(self, value: float) -> str:
        return f"{round(value, self.decimals()):g}"


class FieldForm(QWidget):
    """Rows of fields; ``edited(key, value)`` on every change the teacher makes."""

    edited = Signal(str, object)

    def __init__(self, fields: Iterable[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {field.key: field for field in fields}
        self.widgets: dict[str, QWidget] = {}  # the widget holding each key's value
        self.rows: dict[str, QWidget] = {}  # what its row shows (the text and its preview)
        self._loading = False
        self._loaded: dict[str, Any] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in self.fields.values():
            widget = self._make(field)
            spoken = without_mnemonic(field.label)
            widget.setAccessibleName(spoken)
            if field.tip:
                widget.setToolTip(field.tip)
                widget.setAccessibleDescription(field.tip)
            self.widgets[field.key] = widget
            row = MarkdownField(cast(TextBox, widget), self) if field.type == "text" else widget
            self.rows[field.key] = row
            self.layout_.addRow(field.label if field.type != "bool" else "", row)
            label = self.layout_.labelForField(row)
            if isinstance(label, QLabel) and row is not widget:
                label.setBuddy(widget)

    # -- making -------------------------------------------------------------------------------

    def _make(self, field: Field) -> QWidget:
        kind = field.type
        if kind in ("line", "id"):
            line = QLineEdit(self)
            defer_undo(line)
            if kind == "id":
                line.editingFinished.connect(lambda f=field: self._id_done(f))
            else:
                line.textEdited.connect(lambda _text, f=field: self._emit(f))
            return line
        if kind in ("text", "lines"):
            box = TextBox(self, lines=3 if kind == "text" else 2)
            if kind == "lines":  # one item a line, as the teacher reads it
                box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            box.textChanged.connect(lambda f=field: self._emit(f))
            return box
        if kind == "number":
            number = _Number(self)
            number.setDecimals(2)
            number.setRange(field.minimum, field.maximum)
            number.valueChanged.connect(lambda _value, f=field: self._emit(f))
            return number
        if kind == "int":
            spin = QSpinBox(self)
            spin.setRange(int(field.minimum), int(field.maximum))
            spin.setSpecialValueText(field.special)
            spin.valueChanged.connect(lambda _value, f=field: self._emit(f))
            return spin
        if kind == "bool":
            check = QCheckBox(field.label, self)
            check.toggled.connect(lambda _on, f=field: self._emit(f))
            return check
        if kind == "choice":
            combo = QComboBox(self)
            combo.setEditable(field.editable)
            for value, shown in field.choices:
                combo.addItem(shown, value)
            if field.editable:
                editor = combo.lineEdit()
                assert editor is not None  # an editable box has one
                defer_undo(editor)
                combo.currentTextChanged.connect(lambda _text, f=field: self._emit(f))
            else:
                combo.activated.connect(lambda _index, f=field: self._emit(f))
            return combo
        if kind in COMPOUNDS:
            compound = COMPOUNDS[kind](self)
            for line in compound.findChildren(QLineEdit):
                defer_undo(line)
            compound.changed.connect(lambda f=field: self._emit(f))
            return compound
        if kind in ("labels", "lessons"):  # lessons: which must come first, by name
            checks = _LabelChecks(self, all_means_none=kind == "labels")
            checks.changed.connect(lambda f=field: self._emit(f))
            return checks
        raise ValueError(f"no field type {kind!r}")

    def set_root(self, root: Path | None) -> None:
        """The pack folder the Markdown previews may show pictures from."""
        for row in self.rows.values():
            if isinstance(row, MarkdownField):
                row.set_root(root)

    def show_row(self, key: str, visible: bool) -> None:
        """Show or hide the row of ``key`` (an id, unless the teacher asks to see ids)."""
        self.layout_.setRowVisible(self.rows[key], visible)

    def set_label_choices(self, key: str, labels: Iterable[Label]) -> None:
        widget = self.widgets[key]
        assert isinstance(widget, _LabelChecks)
        widget.set_labels(labels)

    # -- values -------------------------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        """Show ``data``'s values (the defaults for keys it leaves out); emits nothing."""
        self._loading = True
        try:
            for key, field in self.fields.items():
                value = data.get(key)
                self._loaded[key] = value
                self._show(field, self.widgets[key], value)
        finally:
            self._loading = False

    def _show(self, field: Field, widget: QWidget, value: Any) -> None:
        shown = field.default if value is None else value
        if isinstance(widget, QLineEdit):
            if widget.text() != str(shown or ""):
                widget.setText(str(shown or ""))
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # a long line shows its beginning
        elif isinstance(widget, TextBox):
            if field.type == "lines":
                items = shown if isinstance(shown, list) else []
                text = "\n".join(str(item) for item in items)
                current = [line.strip() for line in widget.toPlainText().splitlines()]
                if [line for line in current if line] != [str(item) for item in items]:
                    widget.set_text(text)
            else:
                show_markdown(widget, str(shown or ""))
        elif isinstance(widget, (QDoubleSpinBox, QSpinBox)):
            number = shown if isinstance(shown, (int, float)) else field.minimum
            widget.setValue(number)  # type: ignore[arg-type]  # a QSpinBox truncates a float
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(shown))
        elif isinstance(widget, QComboBox):
            index = widget.findData(shown)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif field.editable:
                widget.setEditText(str(shown or ""))
        elif isinstance(widget, _LabelChecks):
            widget.set_checked(value)
        elif isinstance(widget, Compound):
            widget.set_value(shown)

    def value(self, key: str) -> Any:
        """The value the field holds now, as it would be written (None: left out)."""
        field, widget = self.fields[key], self.widgets[key]
        if isinstance(widget, QLineEdit):
            text = widget.text().strip() if field.type == "id" else widget.text()
            return text if text or field.required else None
        if isinstance(widget, TextBox):
            if field.type == "lines":
                items = [line.strip() for line in widget.toPlainText().splitlines()]
                items = [item for item in items if item]
                return items if items or field.required else None
            text = widget.toPlainText()
            return text if text or field.required else None
        if isinstance(widget, QDoubleSpinBox):
            number = round(widget.value(), 2)
            return int(number) if number == int(number) else number
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            checked = widget.isChecked()
            return None if checked == bool(field.default) else checked
        if isinstance(widget, QComboBox):
            if field.editable:
                shown = widget.currentText().strip()
                index = widget.findText(shown)
                return widget.itemData(index) if index >= 0 else (shown or None)
            return widget.currentData()
        if isinstance(widget, Compound):
            return widget.value()
        assert isinstance(widget, _LabelChecks)
        return widget.checked()

    def _emit(self, field: Field) -> None:
        if not self._loading:
            self.edited.emit(field.key, self.value(field.key))

    def _id_done(self, field: Field) -> None:
        value = self.value(field.key)
        if not self._loading and value and value != self._loaded.get(field.key):
            self.edited.emit(field.key, value)


class _LabelChecks(QWidget):
    """One checkbox per label of the pack: which labels a marking exercise offers (or per
    other lesson: which come first). With ``all_means_none``, all checked is written as
    no key at all ("every label"), and no key shows as all checked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, all_means_none: bool = True) -> None:
        super().__init__(parent)
        self._all_means_none = all_means_none
        self._row = FlowLayout(self, spacing=10)
        flow_policy(self)
        self._boxes: dict[str, QCheckBox] = {}

    def set_labels(self, labels: Iterable[Label]) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for label in labels:
            box = QCheckBox(label.name, self)
            spoken = (
                self.tr("Offer the label {label}")
                if self._all_means_none
                else self.tr("Best done after {label}")
            )
            box.setAccessibleName(spoken.format(label=label.name))
            box.toggled.connect(self.changed)
            self._row.addWidget(box)
            self._boxes[label.id] = box

    def set_checked(self, wanted: Any) -> None:
        """Check the labels listed; all of them when the exercise lists none."""
        for label_id, box in self._boxes.items():
            box.blockSignals(True)
            listed = isinstance(wanted, list) and label_id in wanted
            box.setChecked(listed or (self._all_means_none and not isinstance(wanted, list)))
            box.blockSignals(False)

    def checked(self) -> list[str] | None:
        """The labels checked, in the pack's order; None when it is all of them (or, for
        lessons, none of them)."""
        ids = [label_id for label_id, box in self._boxes.items() if box.isChecked()]
        if self._all_means_none:
            return None if len(ids) == len(self._boxes) else ids
        return ids or None
