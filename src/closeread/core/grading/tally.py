"""A student's tally on a lesson, from their saved progress: the library's and the progress
view's numbers.

The score is the lesson's points earned over all its points, as
:mod:`closeread.core.counting` defines it (the dashboard's summary query adds up the same
thing in SQL); how many exercises are done and how many wait for the teacher is said
beside it. Per exercise: the attempts used and left, and the score that counts.
"""

from __future__ import annotations

import msgspec

from closeread.core.counting import FULL, attempts_left, lesson_fraction
from closeread.core.pack.model import AnyExercise, Lesson
from closeread.core.records import Progress


class ExerciseTally(msgspec.Struct, frozen=True):
    """Where a student stands on one exercise: attempts, a draft, the score."""

    exercise: AnyExercise
    attempts_used: int  # checked attempts, every one (the rule counts only those allowed)
    draft: bool  # an answer is being written and has not been checked
    score: float | None  # the fraction that counts; None: not tried, or the teacher's to score

    @property
    def done(self) -> bool:
        return self.attempts_used > 0

    @property
    def pending(self) -> bool:
        """Checked, but the attempt that counts has no score yet."""
        return self.done and self.score is None

    @property
    def earned(self) -> float:
        return self.exercise.points * self.score if self.score is not None else 0.0

    @property
    def attempts_left(self) -> int | None:
        """Checks left; None when the exercise allows any number."""
        return attempts_left(self.exercise.attempts, self.attempts_used)

    @property
    def can_improve(self) -> bool:
        """Scored below full marks with an attempt left: worth another try."""
        left = self.attempts_left
        return self.score is not None and self.score < FULL and (left is None or left > 0)


class LessonTally(msgspec.Struct, frozen=True):
    """Where a student stands on a lesson: exercises done, points, attempts."""

    done: int  # exercises with at least one checked attempt
    total: int  # exercises in the lesson
    pending: int  # done, but the attempt that counts has no score yet
    earned: float  # points
    possible: float  # all the lesson's points
    attempts_used: int = 0  # checked attempts over all its exercises
    exercises: tuple[ExerciseTally, ...] = ()

    @property
    def score(self) -> float:
        """Points earned over all the lesson's points, 0 to 1."""
        return lesson_fraction(self.earned, self.possible)


def exercise_tally(
    lesson: Lesson, exercise: AnyExercise, progress: Progress | None
) -> ExerciseTally:
    """How the student stands on one exercise of ``lesson``."""
    if progress is None:
        return ExerciseTally(exercise, 0, False, None)
    attempts = progress.attempts_for(lesson.id, exercise.id)
    score = (
        progress.counted_score(lesson.id, exercise.id, exercise.counts, exercise.attempts)
        if attempts
        else None
    )
    draft = progress.draft_for(lesson.id, exercise.id) is not None
    return ExerciseTally(exercise, len(attempts), draft, score)


def lesson_tally(lesson: Lesson, progress: Progress | None) -> LessonTally:
    """How the student stands on ``lesson``, and on each of its exercises."""
    tallies = tuple(exercise_tally(lesson, exercise, progress) for exercise in lesson.exercises)
    return LessonTally(
        done=sum(1 for tally in tallies if tally.done),
        total=len(tallies),
        pending=sum(1 for tally in tallies if tally.pending),
        earned=sum(tally.earned for tally in tallies),
        possible=sum(exercise.points for exercise in lesson.exercises),
        attempts_used=sum(tally.attempts_used for tally in tallies),
        exercises=tallies,
    )
