"""The teacher's score for one attempt: points, a comment, saved as an override.

An override counts instead of the score the rules derived, in the dashboard, the
reports and the student's own view, and it stays when the pack is re-scored. It is
saved with ``store.work.set_override``` as a fraction of the exercise's points (a new row
each time, so the history stays); "Use the Rules' Score" withdraws it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from closeread.core.grading.verdicts import plural_count
from closeread.core.records import Attempt
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.widgets import MutedLabel, points_text


class OverrideEditor(QGroupBox):
    """Points (0 to the exercise's points) and a comment for the attempt shown."""

    saved = Signal(int)  # the attempt id whose override was saved or withdrawn

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Teacher's score"), parent)
        self.setObjectName("overrideEditor")
        self.setAccessibleName(self.tr("Teacher's score"))
        self.store = store
        self.attempt: Attempt | None = None
        self.possible = 1.0
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        self.points = QDoubleSpinBox(self)
        self.points.setObjectName("overridePoints")
        self.points.setDecimals(2)
        self.points.setSingleStep(0.25)
        self.points.setAccessibleName(self.tr("Points"))
        points_label = QLabel(self.tr("&Points:"), self)
        points_label.setBuddy(self.points)
        self.of = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.points)
        row.addWidget(self.of, 1)
        form.addRow(points_label, row)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("overrideComment")
        self.comment.setPlaceholderText(self.tr("A word to the student (optional)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMaxLength(2000)
        comment_label = QLabel(self.tr("&Comment:"), self)
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save Score"), self)
        self.save_button.setObjectName("saveOverrideButton")
        self.save_button.setAccessibleName(self.tr("Save the teacher's score"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Use the &Rules' Score"), self)
        self.clear_button.setObjectName("clearOverrideButton")
        self.clear_button.setAccessibleName(self.tr("Withdraw the teacher's score"))
        self.clear_button.clicked.connect(self.withdraw)
        for button in (self.save_button, self.clear_button):
            button.setAutoDefault(False)  # Enter in the comment saves; elsewhere it does not
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.state = MutedLabel("", self)
        self.state.setObjectName("overrideState")
        form.addRow(self.state)
        self.comment.returnPressed.connect(self.save)
        self.set_attempt(None)

    def set_attempt(self, attempt: Attempt | None, possible: float = 1.0) -> None:
        """Show ``attempt`` (worth ``possible`` points); None disables the editor."""
        self.attempt = attempt
        self.possible = max(possible, 0.0)
        self.setEnabled(attempt is not None)
        self.points.setRange(0.0, self.possible)
        self.of.setText(self.tr("of {n}").format(n=points_text(self.possible)))
        if attempt is None:
            self.points.setValue(0.0)
            self.comment.clear()
            self.state.setText("")
            self.clear_button.setEnabled(False)
            return
        if attempt.override_score is not None:
            self.points.setValue(attempt.override_score * self.possible)
            self.comment.setText(attempt.override_comment or "")
        else:
            self.points.setValue((attempt.score or 0.0) * self.possible)
            self.comment.clear()
        self.clear_button.setEnabled(attempt.overridden)
        self._describe()

    def _describe(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        if attempt.overridden:
            text = self.tr(
                "Your score counts: {points} of {n} point(s).", "", plural_count(self.possible)
            )
            value = attempt.override_score or 0.0
        elif attempt.score is None:
            self.state.setText(self.tr("Not scored yet: give a score to decide it."))
            return
        else:
            text = self.tr(
                "The rules' provisional score counts: {points} of {n} point(s). "
                "Save a score (the same or another) to decide it.",
                "",
                plural_count(self.possible),
            )
            value = attempt.score
        self.state.setText(
            text.format(points=points_text(value * self.possible), n=points_text(self.possible))
        )

    def save(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        fraction = min(self.points.value() / self.possible, 1.0) if self.possible > 0 else 0.0
        comment = self.comment.text()
        self._write(lambda: self.store.work.set_override(attempt.id, fraction, comment))

    def withdraw(self) -> None:
        attempt = self.attempt
        if attempt is not None and attempt.overridden:
            self._write(lambda: self.store.work.clear_override(attempt.id))

    def _write(self, action) -> None:
        assert self.attempt is not None  # the buttons act on the attempt shown
        attempt_id = self.attempt.id
        try:
            action()
            self.attempt = self.store.work.get_attempt(attempt_id)
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.set_attempt(self.attempt, self.possible)
        self.saved.emit(attempt_id)
