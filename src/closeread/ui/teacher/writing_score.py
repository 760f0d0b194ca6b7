"""The teacher's score for a writing task: a level per criterion, a comment, the total.

Each criterion of the rubric is a row of four levels (0 to 3); the descriptor of the
level picked is written under it, and every level's descriptor is its button's tooltip.
The running score is the kind's own formula
(:func:`closeread.core.kinds.writing.writing_points`), the one reports use too. Save
signs and stores the override with its levels (``store.work.set_override``); the
student sees the levels with their descriptors and the comment.

Keyboard: Tab goes from criterion to criterion (to the level picked), the arrow keys
or 0–3 pick a level (a digit moves on to the next criterion, after the last to the
comment), and Ctrl+Enter in the comment saves.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.verdicts import plural_count
from closeread.core.kinds.base import word_count
from closeread.core.kinds.writing import LEVELS, against_guide, fits, writing_points
from closeread.core.pack.model import WritingCriterion, WritingExercise
from closeread.core.records import Attempt
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.outside_text import escaped, plain_tooltip
from closeread.ui.common.widgets import MutedLabel, points_text

MAX_COMMENT = 2000
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class CriterionRow(QWidget):
    """One criterion: its name and weight, four level buttons, the picked descriptor."""

    picked = Signal(int)  # the level, when the teacher picks one
    digit = Signal()  # a level was picked with a digit key: move on

    def __init__(self, criterion: WritingCriterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        row = QHBoxLayout()
        name = QLabel(
            self.tr("<b>{name}</b> ({weight}%)").format(
                name=escaped(criterion.name), weight=f"{criterion.weight * 100:g}"
            ),
            self,
        )
        name.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(name, 1)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for level, descriptor in enumerate(criterion.levels):
            button = QRadioButton(str(level), self)
            tip = self.tr("Level {n}: {text}").format(n=level, text=descriptor)
            button.setToolTip(plain_tooltip(tip))
            button.setAccessibleName(
                self.tr("{name}: level {n}").format(name=criterion.name, n=level)
            )
            button.setAccessibleDescription(descriptor)
            button.installEventFilter(self)
            self.group.addButton(button, level)
            self.buttons.append(button)
            row.addWidget(button)
        self.group.idToggled.connect(self._toggled)
        layout.addLayout(row)
        self.descriptor = MutedLabel("", self)
        self.descriptor.setObjectName("levelDescriptor")
        layout.addWidget(self.descriptor)
        self._describe()

    def level(self) -> int | None:
        found = self.group.checkedId()
        return found if found >= 0 else None

    def set_level(self, level: int | None) -> None:
        """Show ``level`` (None: none picked); emits nothing."""
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for n, button in enumerate(self.buttons):
            button.setChecked(n == level)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
        self._describe()

    def focus(self) -> None:
        level = self.level()
        self.buttons[level if level is not None else 0].setFocus(Qt.FocusReason.TabFocusReason)

    def _toggled(self, level: int, checked: bool) -> None:
        if checked:
            self._describe()
            self.picked.emit(level)

    def _rove(self) -> None:
        """One button of the row takes Tab (the picked level's, else level 0's): Tab goes
        from criterion to criterion, the arrow keys along a row."""
        level = self.level()
        for n, button in enumerate(self.buttons):
            taken = n == (level if level is not None else 0)
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if taken else Qt.FocusPolicy.ClickFocus
            )

    def _describe(self) -> None:
        self._rove()
        level = self.level()
        if level is None:
            self.descriptor.setText(self.tr("Pick a level from 0 to 3 (the keys 0–3 do too)."))
        else:
            text = " ".join(self.criterion.levels[level].split())
            self.descriptor.setText(self.tr("Level {n}: {text}").format(n=level, text=text))
        self.descriptor.setAccessibleName(self.descriptor.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isdigit() and int(text) < LEVELS:
                self.buttons[int(text)].setChecked(True)
                self.digit.emit()
                return True
            step = _STEPS.get(Qt.Key(event.key()))
            if step is not None and watched in self.buttons:
                here = self.buttons.index(watched)
                level = min(max(here + step, 0), LEVELS - 1)
                self.buttons[level].setChecked(True)
                self.buttons[level].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class WritingScoreForm(QGroupBox):
    """The levels, the running score and a comment for the writing attempt shown."""

    saved = Signal(int)  # the attempt id whose override was saved or withdrawn

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Teacher's score, criterion by criterion"), parent)
        self.setObjectName("writingScoreForm")
        self.setAccessibleName(self.tr("Teacher's score, criterion by criterion"))
        self.store = store
        self.attempt: Attempt | None = None
        self.exercise: WritingExercise | None = None
        self.rows: list[CriterionRow] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.words = MutedLabel("", self)
        self.words.setObjectName("writingWords")
        layout.addWidget(self.words)
        self.criteria = QVBoxLayout()
        self.criteria.setSpacing(0)
        layout.addLayout(self.criteria)
        self.total = QLabel(self)
        self.total.setObjectName("writingTotal")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        layout.addWidget(self.total)
        comment_label = QLabel(self.tr("&Comment to the student:"), self)
        layout.addWidget(comment_label)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("writingComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("What they did well and what to work on next (Ctrl+Enter saves).")
        )
        self.comment.setAccessibleName(self.tr("Comment to the student"))
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 4 + 12)
        comment_label.setBuddy(self.comment)
        layout.addWidget(self.comment)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.comment)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save Score"), self)
        self.save_button.setObjectName("saveWritingScore")
        self.save_button.setAccessibleName(self.tr("Save the teacher's score"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("&Withdraw My Score"), self)
        self.clear_button.setObjectName("withdrawWritingScore")
        self.clear_button.clicked.connect(self.withdraw)
        for button in (self.save_button, self.clear_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.state = MutedLabel("", self)
        self.state.setObjectName("writingState")
        layout.addWidget(self.state)
        self.set_attempt(None, None)

    # -- showing ---------------------------------------------------------------------------

    def set_attempt(self, attempt: Attempt | None, exercise: WritingExercise | None) -> None:
        """Show ``attempt`` at ``exercise`` with its saved levels and comment (None: nothing)."""
        if exercise is not self.exercise:
            self._build_rows(exercise)
        self.attempt = attempt
        self.setEnabled(attempt is not None and exercise is not None)
        saved = attempt.override_levels if attempt is not None else None
        levels = saved if exercise is not None and fits(exercise, saved) else None
        for n, row in enumerate(self.rows):
            row.set_level(levels[n] if levels is not None else None)
        self.comment.setPlainText(
            (attempt.override_comment or "") if attempt is not None and attempt.overridden else ""
        )
        self.clear_button.setEnabled(attempt is not None and attempt.overridden)
        text = ""
        if attempt is not None and exercise is not None:
            count = word_count(str(attempt.answer.get("text", "")))
            text = self.tr("%n word(s)", "", count)
            if exercise.words is not None:
                text += " · " + self.tr("the task asks for {least}–{most}").format(
                    least=exercise.words[0], most=exercise.words[1]
                )
                side = against_guide(exercise, count)
                if side:
                    text += " " + (
                        self.tr("(too short)") if side == "under" else self.tr("(too long)")
                    )
        self.words.setText(text)
        self._update()

    def _build_rows(self, exercise: WritingExercise | None) -> None:
        for row in self.rows:
            self.criteria.removeWidget(row)
            row.deleteLater()
        self.exercise = exercise
        self.rows = [CriterionRow(c, self) for c in (exercise.criteria if exercise else ())]
        for n, row in enumerate(self.rows):
            self.criteria.addWidget(row)
            row.picked.connect(lambda _level: self._update())
            row.digit.connect(lambda n=n: self._next(n))
        # Rows are made after the comment and the buttons: put them before, in order.
        chain: list[QWidget] = [button for row in self.rows for button in row.buttons]
        chain += [self.comment, self.save_button, self.clear_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def focus_first(self) -> None:
        """Put the keyboard on the first criterion (or the comment when there is none)."""
        if self.rows:
            self.rows[0].focus()
        else:
            self.comment.setFocus()

    def _next(self, index: int) -> None:
        if index + 1 < len(self.rows):
            self.rows[index + 1].focus()
        else:
            self.comment.setFocus(Qt.FocusReason.TabFocusReason)

    def levels(self) -> list[int] | None:
        """The level picked for each criterion, or None while one has none."""
        found = [row.level() for row in self.rows]
        return None if any(level is None for level in found) else found  # type: ignore[return-value]

    def points(self) -> float | None:
        levels = self.levels()
        if levels is None or self.exercise is None:
            return None
        return writing_points(self.exercise, levels)

    def _update(self) -> None:
        exercise, attempt = self.exercise, self.attempt
        possible = exercise.points if exercise is not None else 0.0
        points = self.points()
        done = sum(1 for row in self.rows if row.level() is not None)
        if points is None:
            self.total.setText(
                self.tr("Score: give every criterion a level ({done} of {n} done).").format(
                    done=done, n=len(self.rows)
                )
            )
        else:
            self.total.setText(
                self.tr("Score: {points} of {n} point(s)", "", plural_count(possible)).format(
                    points=points_text(points), n=points_text(possible)
                )
            )
        self.total.setAccessibleName(self.total.text())
        self.save_button.setEnabled(attempt is not None and points is not None)
        if attempt is None:
            self.state.setText("")
        elif attempt.overridden:
            given = (attempt.override_score or 0.0) * possible
            self.state.setText(
                self.tr(
                    "Your score counts: {points} of {n} point(s).", "", plural_count(possible)
                ).format(points=points_text(given), n=points_text(possible))
                + ("" if attempt.override_levels else " " + self.tr("It was given without levels."))
            )
        else:
            self.state.setText(self.tr("Not scored yet: the student waits for your levels."))

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        attempt, exercise, levels, points = (
            self.attempt,
            self.exercise,
            self.levels(),
            self.points(),
        )
        if attempt is None or exercise is None or levels is None or points is None:
            return
        fraction = min(points / exercise.points, 1.0) if exercise.points > 0 else 0.0
        comment = self.comment.toPlainText()[:MAX_COMMENT]
        self._write(lambda: self.store.work.set_override(attempt.id, fraction, comment, levels))

    def withdraw(self) -> None:
        attempt = self.attempt
        if attempt is not None and attempt.overridden:
            self._write(lambda: self.store.work.clear_override(attempt.id))

    def _write(self, action) -> None:
        assert self.attempt is not None  # the buttons act on the attempt shown
        attempt_id = self.attempt.id
        try:
            action()
            attempt = self.store.work.get_attempt(attempt_id)
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.set_attempt(attempt, self.exercise)
        self.saved.emit(attempt_id)
