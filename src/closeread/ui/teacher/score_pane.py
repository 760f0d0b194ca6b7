"""The teacher's score in the attempt view: the right form for the exercise, and the history.

A writing task is scored criterion by criterion (:class:`WritingScoreForm`), so that a
score given from the attempt view keeps its levels as one given in the review queue
does; every other kind gets points and a comment (:class:`OverrideEditor`).

Under the form, the attempt's overrides, oldest first. Each is signed with the teacher's
key (:mod:`closeread.core.store.signed`); one whose signature does not check out was
not made by the teacher, counts for nothing, and is shown as such, so that a teacher
who finds one knows someone wrote to the database behind CloseRead's back.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from closeread.core.grading.verdicts import plural_count
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise
from closeread.core.records import Attempt, Override
from closeread.core.store.errors import StorageError
from closeread.ui.common.outside_text import escaped
from closeread.ui.common.widgets import points_text
from closeread.ui.teacher.override_editor import OverrideEditor
from closeread.ui.teacher.writing_score import WritingScoreForm

NOT_THE_TEACHERS = "#c0392b"


class ScorePane(QWidget):
    """The form that fits the attempt's exercise, and the attempt's overrides."""

    saved = Signal(int)  # the attempt id whose override was saved or withdrawn

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorePane")
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.by_points = OverrideEditor(store, self)
        self.by_levels = WritingScoreForm(store, self)
        self.history = QLabel(self)
        self.history.setObjectName("overrideHistory")
        self.history.setAccessibleName(self.tr("Scores given by hand"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.by_points, self.by_levels, self.history):
            layout.addWidget(widget)
        self.by_points.saved.connect(self._saved)
        self.by_levels.saved.connect(self._saved)
        self.set_attempt(None, None)

    def set_attempt(self, attempt: Attempt | None, exercise: AnyExercise | None) -> None:
        by_levels = exercise is not None and kind_of(exercise).scored_by_levels
        self.by_points.setVisible(not by_levels)
        self.by_levels.setVisible(by_levels)
        if by_levels:
            self.by_levels.set_attempt(attempt, exercise)  # type: ignore[arg-type]
            self.by_points.set_attempt(None)
        else:
            self.by_levels.set_attempt(None, None)
            possible = kind_of(exercise).points_possible(exercise) if exercise else 1.0
            self.by_points.set_attempt(attempt, possible)
        self._show_history(attempt, exercise)

    def _saved(self, attempt_id: int) -> None:
        self.saved.emit(attempt_id)

    def _show_history(self, attempt: Attempt | None, exercise: AnyExercise | None) -> None:
        overrides: list[Override] = []
        if attempt is not None and exercise is not None:
            try:
                overrides = self.store.work.override_history(attempt.id)
            except StorageError:
                overrides = []  # the form above reports a database that cannot be read
        self.history.setVisible(bool(overrides))
        if not overrides:
            self.history.setText("")
            return
        possible = kind_of(exercise).points_possible(exercise) if exercise else 1.0
        lines = ["<b>" + self.tr("Scores given by hand") + "</b>"]
        lines += [self._line(override, possible) for override in overrides]
        self.history.setText("<br>".join(lines))

    def _line(self, override: Override, possible: float) -> str:
        when = _when(override.created_at)
        if override.score is None:
            what = self.tr("withdrawn: the rules' score counts again")
        else:
            what = self.tr("{points} of {n} point(s)", "", plural_count(possible)).format(
                points=points_text(override.score * possible), n=points_text(possible)
            )
        if override.levels:
            what += " · " + self.tr("levels {levels}").format(
                levels=" ".join(str(level) for level in override.levels)
            )
        if override.comment:
            what += f" · “{escaped(override.comment)}”"
        text = f"{when}: {what}"
        if override.authentic is False:
            warning = self.tr("not made by the teacher: ignored")
            return f'<span style="color:{NOT_THE_TEACHERS}">⚠ {text} ({warning})</span>'
        return text


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return escaped(stamp)
