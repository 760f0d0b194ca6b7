"""Form fields made of several widgets, for keys whose value is a short list of a set length.

A writing task's word guide (``words = [least, most]``) and a criterion's four level
descriptors (``levels = ["...", "...", "...", "..."]``). Each is a :class:`Compound`:
``set_value`` shows a value without a signal, ``value`` reads it back as it would be
written, and ``changed`` fires on every edit the teacher makes. The form leaves undo in
their text boxes to the editor's stack, as in every field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from closeread.core.pack.writing import MOST_WORDS


class Compound(QWidget):
    """A field of several widgets holding one value."""

    changed = Signal()

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class WordRange(Compound):
    """``[least, most]`` words, or None (no guide) when both are 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.least = self._spin(self.tr("At least this many words (0: no word guide)"))
        self.most = self._spin(self.tr("At most this many words"))
        row.addWidget(QLabel(self.tr("from"), self))
        row.addWidget(self.least)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.most)
        row.addWidget(QLabel(self.tr("words"), self))
        row.addStretch(1)

    def _spin(self, spoken: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MOST_WORDS)
        spin.setSingleStep(10)
        spin.setSpecialValueText(self.tr("none"))
        spin.setAccessibleName(spoken)
        spin.valueChanged.connect(lambda _value: self.changed.emit())
        return spin

    def set_value(self, value: Any) -> None:
        pair = value if isinstance(value, list | tuple) and len(value) == 2 else (0, 0)
        for spin, number in zip((self.least, self.most), pair, strict=True):
            spin.blockSignals(True)
            spin.setValue(int(number) if isinstance(number, int) else 0)
            spin.blockSignals(False)

    def value(self) -> list[int] | None:
        least, most = self.least.value(), self.most.value()
        return None if not least and not most else [least, most]


class LevelLines(Compound):
    """Four descriptors, for levels 0 to 3, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.lines: list[QLineEdit] = []
        for level in range(4):
            line = QLineEdit(self)
            line.setAccessibleName(self.tr("Level {n}").format(n=level))
            line.setPlaceholderText(
                self.tr("What an answer at level {n} looks like").format(n=level)
            )
            line.textEdited.connect(lambda _text: self.changed.emit())
            form.addRow(self.tr("Level {n}:").format(n=level), line)
            self.lines.append(line)

    def set_value(self, value: Any) -> None:
        texts = list(value) if isinstance(value, list | tuple) else []
        for level, line in enumerate(self.lines):
            text = str(texts[level]) if level < len(texts) else ""
            if line.text() != text:
                line.setText(text)

    def value(self) -> list[str]:
        return [line.text() for line in self.lines]


COMPOUNDS: dict[str, type[Compound]] = {"words": WordRange, "levels": LevelLines}
