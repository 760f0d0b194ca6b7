"""One student's work on one exercise, as the panel reads and saves it (no widgets here).

- Drafts: the answer being written, saved through ``store.work.save_draft```.
- Hints: how many the student opened, per exercise id (an analogy's parts count
  apart); saved the moment one opens, as a setting, since a draft holds only the
  answer. An attempt records the total and the per-part counts in its detail.
- Attempts: ``store.work.record_attempt``` saves the raw answer and its score (a fraction
  of the points, ``None`` while an assessment waits for the teacher) in one
  transaction. Scores are derived: restoring grades the saved answers again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from closeread.core.grading.answers import AnswerError, empty_answer, validate_answer
from closeread.core.grading.grade import Grade, attempts_left, can_attempt, final_grade, grade
from closeread.core.grading.saved import (
    detail_of,
    grade_saved,
    hints_of,
    override_of,
    score_of,
    scoring_version,
)
from closeread.core.grading.spans import TokenizedText, tokenize
from closeread.core.kinds.registry import awaits_teacher
from closeread.core.records import Attempt
from closeread.ui.exercises.context import ExerciseContext


@dataclass(frozen=True)
class Checked:
    """A saved attempt and what checking it found."""

    attempt_id: int
    grade: Grade

    @property
    def fraction(self) -> float:
        """The score as a fraction of the points; NaN while the teacher has to score it."""
        return math.nan if awaits_teacher(self.grade) else self.grade.fraction


class ExerciseSession:
    """Reads and writes one student's answers to ``context.exercise``."""

    def __init__(self, context: ExerciseContext) -> None:
        self.context = context
        self.exercise = context.exercise
        self._where = (context.student_id, context.pack.id, context.lesson.id, self.exercise.id)

    @property
    def text(self) -> TokenizedText:
        return tokenize(self.context.pack.article.text)

    # -- answers ----------------------------------------------------------------------

    def valid(self, answer: object) -> dict[str, Any] | None:
        """``answer`` if it fits this exercise and this article, else None."""
        try:
            validate_answer(self.exercise, answer, text_length=len(self.context.pack.article.text))
        except AnswerError:
            return None
        return dict(answer)  # type: ignore[call-overload]

    def empty(self) -> dict[str, Any]:
        return empty_answer(self.exercise)

    def load_draft(self) -> dict[str, Any] | None:
        draft = self.context.store.work.load_draft(*self._where)
        return None if draft is None else self.valid(draft.answer)

    def save_draft(self, answer: Mapping[str, Any]) -> None:
        self.context.store.work.save_draft(*self._where, answer)

    # -- hints --------------------------------------------------------------------------

    @property
    def _hints_key(self) -> str:
        student, pack, lesson, exercise = self._where
        return f"hints/{student}/{pack}/{lesson}/{exercise}"

    def hint_counts(self, attempts: list[Attempt] | None = None) -> dict[str, int]:
        """Hints opened so far: what was saved, and never fewer than an attempt used."""
        saved = self.context.store.roster.get_setting(self._hints_key, {})
        counts = {str(k): int(v) for k, v in saved.items()} if isinstance(saved, dict) else {}
        for attempt in attempts if attempts is not None else self.attempts():
            for key, value in self._attempt_hints(attempt).items():
                counts[key] = max(counts.get(key, 0), value)
        return counts

    def save_hints(self, counts: Mapping[str, int]) -> None:
        self.context.store.roster.set_setting(self._hints_key, dict(counts))

    def _attempt_hints(self, attempt: Attempt) -> dict[str, int]:
        return hints_of(self.exercise.id, attempt.hints_used, attempt.detail)

    # -- attempts -------------------------------------------------------------------------

    def attempts(self) -> list[Attempt]:
        return self.context.store.work.list_attempts(
            student_id=self._where[0],
            pack_id=self._where[1],
            lesson_id=self._where[2],
            exercise_id=self._where[3],
        )

    def can_attempt(self, made: int) -> bool:
        return can_attempt(self.exercise, made)

    def attempts_left(self, made: int) -> int | None:
        return attempts_left(self.exercise, made)

    def grade_attempt(self, attempt: Attempt) -> Grade:
        """An attempt graded again by the current key, with the teacher's override."""
        return grade_saved(
            self.context.pack,
            self.exercise,
            self.valid(attempt.answer) or self.empty(),
            self._attempt_hints(attempt),
            text=self.text,
            **override_of(attempt),
        )

    def counted(self, grades: list[Grade]) -> Grade | None:
        """The attempt that counts (best or last, as the pack says)."""
        return final_grade(self.exercise, grades)

    def check(self, answer: Mapping[str, Any], hints: Mapping[str, int]) -> Checked:
        """Grade ``answer`` and save it as a new attempt with its score, in one transaction."""
        valid = self.valid(answer)
        if valid is None:
            raise AnswerError("this answer does not fit the exercise")
        result = grade(self.exercise, valid, text=self.text, hints_used=dict(hints))
        attempt_id = self.context.store.work.record_attempt(
            self.context.student_id,
            self.context.pack,
            self.context.lesson.id,
            self.exercise.id,
            valid,
            score=score_of(result),
            scoring_version=scoring_version(),
            detail=detail_of(result, hints),
            hints_used=sum(hints.values()),
        )
        return Checked(attempt_id, result)
