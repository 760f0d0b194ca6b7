"""Matching: for each item on the left, pick its partner from a list.

The list holds every right-hand item (the pairs' and the distractors') in one order,
shuffled the same way every time for this exercise, so the answer is not given away
by position and a student who comes back finds it as they left it. Keyboard: Tab to a
list, arrow keys to choose (or type the first letters), no need to open it. The mouse
wheel changes a list only once the student is in it (:mod:`closeread.ui.common.combo`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from closeread.core.grading.grade import Grade, PairOutcome
from closeread.core.grading.verdicts import NOT_MATCHED, NOT_YET, RIGHT, WRONG
from closeread.core.pack.model import MatchExercise
from closeread.ui.common.combo import CalmComboBox
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.common.widgets import MutedLabel, StatusLabel, heading
from closeread.ui.exercises.base import ExerciseWidget
from closeread.ui.exercises.context import ExerciseContext

_NONE = -1


def right_items(exercise: MatchExercise) -> list[str]:
    """The right-hand list as answers index it: the pairs' rights, then the distractors."""
    return [pair.right for pair in exercise.pairs] + list(exercise.distractors)


def shuffled_rights(exercise: MatchExercise, seed: str) -> list[int]:
    """Indices into :func:`right_items` in the order shown: a stable shuffle by ``seed``."""
    order = list(range(len(right_items(exercise))))
    random.Random(seed).shuffle(order)
    return order


class MatchWidget(ExerciseWidget):
    """One drop-down list per left item."""

    def __init__(
        self, exercise: MatchExercise, context: ExerciseContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, context, parent)
        self.exercise: MatchExercise = exercise
        rights = right_items(exercise)
        order = shuffled_rights(exercise, f"{context.pack.id}/{exercise.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if exercise.left_title or exercise.right_title:
            titles = self.tr("{left} → {right}").format(
                left=exercise.left_title or self.tr("Item"),
                right=exercise.right_title or self.tr("Match"),
            )
            layout.addWidget(MutedLabel(titles, self))
        self._combos: list[QComboBox] = []
        self._status: list[StatusLabel] = []
        self._chosen: list[QLabel] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        previous: QWidget | None = None
        for index, pair in enumerate(exercise.pairs):
            number = QLabel(f"{index + 1}.", self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            left = heading(pair.left, self)
            combo = CalmComboBox(self)
            combo.addItem(self.tr("Choose…"), _NONE)
            for right in order:
                combo.addItem(rights[right], right)
                tip = plain_tooltip(rights[right])
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setAccessibleName(self.tr("Match for {item}").format(item=pair.left))
            combo.currentIndexChanged.connect(self._on_changed)
            left.setBuddy(combo)
            status = StatusLabel(self)
            chosen = QLabel(self)  # the choice as plain text once the answer is checked
            chosen.setWordWrap(True)
            chosen.setTextFormat(Qt.TextFormat.PlainText)
            chosen.hide()
            row = index * 3
            grid.addWidget(number, row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(combo, row + 1, 1)
            grid.addWidget(chosen, row + 1, 1)
            grid.addWidget(status, row + 2, 1)
            self._combos.append(combo)
            self._chosen.append(chosen)
            self._status.append(status)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        layout.addLayout(grid)

    # -- answer -----------------------------------------------------------------------

    def combo(self, left: int) -> QComboBox:
        return self._combos[left]

    def answer(self) -> dict[str, Any]:
        matches = []
        for left, combo in enumerate(self._combos):
            right = combo.currentData()
            if right is not None and right != _NONE:
                matches.append([left, int(right)])
        return {"matches": matches}

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        chosen = {int(left): int(right) for left, right in answer.get("matches", ())}
        for left, combo in enumerate(self._combos):
            combo.blockSignals(True)
            found = combo.findData(chosen.get(left, _NONE))
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for combo, chosen in zip(self._combos, self._chosen, strict=True):
            if read_only:
                text = combo.currentText() if combo.currentIndex() > 0 else self.tr("Not matched")
                chosen.setText(f"→ {text}")
                chosen.setAccessibleName(chosen.text())
            combo.setVisible(not read_only)
            chosen.setVisible(read_only)

    def _on_changed(self, _index: int) -> None:
        self.answerChanged.emit()

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        outcomes = {
            item.left: item
            for item in (result.items if result is not None else ())
            if isinstance(item, PairOutcome)
        }
        hidden = result is None or result.status == "pending" or self.exercise.key_hidden
        for left, status in enumerate(self._status):
            item = outcomes.get(left)
            verdict = NOT_MATCHED if item is not None and item.chosen is None else None
            if hidden or item is None:
                status.clear_status()
            elif item.correct:
                status.set_verdict(RIGHT, item.explanation, markdown=True)
            elif reveal_key:
                right = self.exercise.pairs[left].right
                detail = self.tr("It goes with “{right}”.").format(right=right)
                if item.explanation:
                    detail += " " + item.explanation
                status.set_verdict(verdict or WRONG, detail, markdown=True)
            else:
                status.set_verdict(verdict or NOT_YET)
