"""Hints: opened one at a time, each button saying what it costs before it is pressed.

A :class:`HintLedger` counts the hints opened per exercise id (an analogy's parts have
their own) and saves the count the moment one opens; grading takes the cost off. A
hint once seen stays open for every later attempt, and so does its cost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from closeread.core.grading.verdicts import plural_count
from closeread.core.pack.model import AnyExercise
from closeread.core.store.errors import StorageError
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.widgets import MutedLabel, heading, points_text
from closeread.ui.exercises.base import markdown
from closeread.ui.exercises.context import ExerciseContext


class HintLedger(QObject):
    """How many hints of each exercise (by id) the student has opened."""

    changed = Signal(str, int)  # exercise id, hints now open

    def __init__(
        self,
        counts: Mapping[str, int] | None = None,
        save: Callable[[dict[str, int]], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._counts = {key: int(value) for key, value in (counts or {}).items() if value > 0}
        self._save = save

    def used(self, exercise_id: str) -> int:
        return self._counts.get(exercise_id, 0)

    def counts(self) -> dict[str, int]:
        """Opened hints per exercise id (the mapping grading takes as ``hints_used``)."""
        return dict(self._counts)

    def total(self) -> int:
        return sum(self._counts.values())

    def open_next(self, exercise: AnyExercise) -> bool:
        """Open the next hint of ``exercise``; saved before it shows. False if none is left."""
        used = self.used(exercise.id)
        if used >= len(exercise.hints):
            return False
        counts = {**self._counts, exercise.id: used + 1}
        if self._save is not None:
            self._save(counts)  # raises if it cannot be saved: the hint then stays closed
        self._counts = counts
        self.changed.emit(exercise.id, used + 1)
        return True


class HintsBox(QWidget):
    """The exercise's hints: those opened, and a button for the next one."""

    failed = Signal(str)  # a plain message when opening could not be saved

    def __init__(
        self,
        exercise: AnyExercise,
        context: ExerciseContext,
        ledger: HintLedger,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.context = context
        self.ledger = ledger
        self._enabled = True
        self.setAccessibleName(self.tr("Hints"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._title = heading(self.tr("Hints"), self)
        layout.addWidget(self._title)
        self._opened = QVBoxLayout()
        self._opened.setSpacing(6)
        layout.addLayout(self._opened)
        row = QHBoxLayout()
        self.button = QPushButton(self)
        self.button.clicked.connect(self._open_next)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self._shown = 0
        ledger.changed.connect(self._on_changed)
        self.setVisible(bool(exercise.hints))
        self._refresh()

    def set_enabled(self, enabled: bool) -> None:
        """Whether a new hint may be opened now (not while an answer is being shown)."""
        self._enabled = enabled
        self._refresh()

    def shown(self) -> int:
        return self._shown

    def _open_next(self) -> None:
        try:
            self.ledger.open_next(self.exercise)
        except StorageError as error:
            self.failed.emit(str(error))

    def _on_changed(self, exercise_id: str, _count: int) -> None:
        if exercise_id == self.exercise.id:
            self._refresh()

    def _refresh(self) -> None:
        hints = self.exercise.hints
        used = min(self.ledger.used(self.exercise.id), len(hints))
        while self._shown < used:
            number = self._shown + 1
            hint = hints[self._shown]
            caption = self.tr("Hint {number}").format(number=number)
            if hint.cost:
                caption += " · " + self.tr(
                    "cost {points} point(s)", "", plural_count(hint.cost)
                ).format(points=points_text(hint.cost))
            label = MutedLabel(caption, self)
            view = markdown(hint.text, self.context, self)
            view.setAccessibleName(caption)
            self._opened.addWidget(label)
            self._opened.addWidget(view)
            self._shown += 1
        if used >= len(hints):
            self.button.hide()
            return
        cost = hints[used].cost
        number = used + 1
        if cost:
            text = self.tr(
                "Sh&ow hint {number} (costs {points} point(s))", "", plural_count(cost)
            ).format(number=number, points=points_text(cost))
        else:
            text = self.tr("Sh&ow hint {number} (free)").format(number=number)
        self.button.setText(text)
        self.button.setAccessibleName(without_mnemonic(text))
        self.button.setToolTip(
            self.tr("Opening a hint takes its cost off this exercise's points.")
            if cost
            else self.tr("This hint costs nothing.")
        )
        self.button.setEnabled(self._enabled)
        self.button.show()
