"""The foot of the panel (Check, Try again, attempts left, a save error) and the line
under the title that says what kind of exercise this is and what it is worth."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from closeread.core.grading.verdicts import points as verdict_points
from closeread.core.pack.model import AnyExercise
from closeread.ui.common.i18n import Plurals, translate
from closeread.ui.common.widgets import MutedLabel, StatusLabel
from closeread.ui.exercises.kinds import WIDGETS


def attempts_text(count: int) -> str:
    """ "1 attempt", "3 attempts"."""
    return Plurals.tr("%n attempt(s)", "", count)


def meta_text(exercise: AnyExercise) -> str:
    """ "Choose one · 1 point · 3 attempts · your best counts"."""
    widgets = WIDGETS.get(exercise.kind)
    kind = widgets.title(exercise) if widgets is not None else exercise.kind
    points = exercise.points
    parts = [
        kind,
        verdict_points(points),
    ]
    if exercise.attempts == 0:
        parts.append(translate("ExercisePanel", "as many attempts as you like"))
    else:
        parts.append(attempts_text(exercise.attempts))
    if exercise.attempts != 1 and not exercise.key_hidden:
        parts.append(
            translate("ExercisePanel", "your best counts")
            if exercise.counts == "best"
            else translate("ExercisePanel", "your last counts")
        )
    return " · ".join(parts)


class ActionBar(QWidget):
    """Check (or Hand in), Try again, what is left; a plain message when saving failed.

    Mnemonics stay clear of the main window's menus (File, View, Go, Teacher, Help)
    and the lesson pane's Previous/Next: Alt+C checks, Alt+R tries again, Alt+I hands in.
    """

    def __init__(self, exercise: AnyExercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        line = QFrame(self)  # a hairline in the palette's own mid tone (dark mode too)
        line.setFixedHeight(1)
        line.setAutoFillBackground(True)
        line.setBackgroundRole(QPalette.ColorRole.Mid)
        outer.addWidget(line)
        column = QVBoxLayout()
        column.setContentsMargins(16, 8, 16, 10)
        column.setSpacing(4)
        outer.addLayout(column)
        self.error = StatusLabel(self)
        column.addWidget(self.error)
        row = QHBoxLayout()
        row.setSpacing(8)
        widgets = WIDGETS.get(exercise.kind)
        hand_in = exercise.key_hidden or (widgets is not None and widgets.hands_in)
        what = self.tr("Hand in your answer") if hand_in else self.tr("Check your answer")
        self.check_button = QPushButton(self.tr("Hand &in") if hand_in else self.tr("&Check"), self)
        self.check_button.setDefault(True)
        self.check_button.setAccessibleName(what)
        self.check_button.setToolTip(self.tr("{action} (Ctrl+Enter)").format(action=what))
        self.retry_button = QPushButton(
            self.tr("&Change my answer") if hand_in else self.tr("T&ry again"), self
        )
        self.retry_button.setAccessibleName(
            self.tr("Change the answer and hand it in again")
            if hand_in
            else self.tr("Try again with a new attempt")
        )
        for button in (self.check_button, self.retry_button):  # never narrower than its text
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        row.addStretch(1)
        self.attempts_label = MutedLabel("", self)  # wraps when a language needs the room
        self.attempts_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        row.addWidget(self.attempts_label, 1)
        column.addLayout(row)
