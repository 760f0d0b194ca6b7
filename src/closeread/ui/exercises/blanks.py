"""Asking before an answer with blank items uses up an attempt.

A matching exercise checked with an item still on "Choose…" used to spend an attempt
without a word. Now the first Check on such an answer (when attempts are limited)
says how many items are blank and turns the button into "Check anyway"; pressing it
again checks, and any change to the answer asks afresh. Nothing modal: the student
can just go back and finish. Which items are blank is the core's to say
(:func:`closeread.core.grading.answers.blanks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from closeread.core.grading.answers import blanks
from closeread.core.pack.model import AnyExercise
from closeread.ui.common.widgets import ORANGE
from closeread.ui.exercises.actions import ActionBar


class BlankGuard(QObject):
    """Holds back the first Check of an answer with blank items, and says why."""

    def __init__(self, exercise: AnyExercise, bar: ActionBar) -> None:
        super().__init__(bar)
        self.exercise = exercise
        self.bar = bar
        self._check_text = bar.check_button.text()
        self._check_name = bar.check_button.accessibleName()
        self._asked = False

    def allows(self, answer: Mapping[str, Any], attempts_left: int | None) -> bool:
        """Whether checking may go ahead now; if not, the bar says why and offers
        "Check anyway". With unlimited attempts checking costs nothing: no question."""
        count = blanks(self.exercise, answer)
        if self._asked or not count or attempts_left is None:
            return True
        self._asked = True
        detail = self.tr("%n items have no answer yet.", "", count)
        detail += " " + self.tr("Checking now uses one of your attempts.")
        self.bar.error.set_status("⚠", self.tr("Not finished"), ORANGE, detail)
        self.bar.check_button.setText(self.tr("&Check anyway"))
        self.bar.check_button.setAccessibleName(self.tr("Check anyway, with items left blank"))
        return False

    def reset(self) -> None:
        """The answer changed (or was checked): ask again next time."""
        if self._asked:
            self._asked = False
            self.bar.error.clear_status()
            self.bar.check_button.setText(self._check_text)
            self.bar.check_button.setAccessibleName(self._check_name)
