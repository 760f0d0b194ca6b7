"""A student's tally on a lesson, from their saved progress: the library's numbers.

The score is the lesson's points earned over all its points, as
:mod:`closeread.core.counting` defines it (the dashboard's summary query adds up the same
thing in SQL); how many exercises are done and how many wait for the teacher is said
beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.counting import lesson_fraction
from closeread.core.pack.model import Lesson
from closeread.core.records import Progress


@dataclass(frozen=True)
class LessonTally:
    done: int  # exercises with at least one checked attempt
    total: int  # exercises in the lesson
    pending: int  # done, but the attempt that counts has no score yet
    earned: float  # points
    possible: float  # all the lesson's points

    @property
    def score(self) -> float:
        """Points earned over all the lesson's points, 0 to 1."""
        return lesson_fraction(self.earned, self.possible)


def lesson_tally(lesson: Lesson, progress: Progress | None) -> LessonTally:
    done = pending = 0
    earned = possible = 0.0
    for exercise in lesson.exercises:
        possible += exercise.points
        if progress is None or not progress.attempts_for(lesson.id, exercise.id):
            continue
        done += 1
        score = progress.counted_score(lesson.id, exercise.id, exercise.counts, exercise.attempts)
        if score is None:
            pending += 1
        else:
            earned += exercise.points * score
    return LessonTally(done, len(lesson.exercises), pending, earned, possible)
