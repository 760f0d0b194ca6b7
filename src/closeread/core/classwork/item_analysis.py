"""Item analysis: what a class got wrong, exercise by exercise.

Each student's counted attempt (best or last, as the pack says; see
:func:`closeread.core.counting.counted_attempt`) is graded again with the pack's key,
and the outcomes are added up:

- mark exercises: how many students missed each key span (with its quote), found it,
  or found it under another label; which labels were confused (expected → marked, with
  counts); how many marks matched nothing;
- choice: how often each option was picked, the wrong ones first (an option is wrong
  when it is worth nothing, or less than the best in a single choice);
- match: per left item, how many matched it wrongly and the wrong item most chosen;
- short answers: how many answers wait for review, and how often each rubric
  criterion was not met;
- writing tasks: how many answers wait for the teacher, and per criterion how many of
  the decided answers the teacher put at each level (0 to 3), and their mean level;
- analogies: the same for each part.

What is counted for a kind is its ``analyse`` (:mod:`closeread.core.kinds`); the
classes of the counts live in :mod:`closeread.core.kinds.stats` and are found here too.

For every exercise also the completion (students with an attempt, of the students in
scope) and the mean score of the counted attempts (a teacher's override included).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from closeread.core.grading.grade import Grade
from closeread.core.grading.saved import AttemptGrader
from closeread.core.kinds.registry import kind_of
from closeread.core.kinds.stats import CriterionStat, KeySpanStat, LevelStat, OptionStat, PairStat
from closeread.core.pack.model import AnyExercise, Pack
from closeread.core.store.counted import counted_attempts


@dataclass(frozen=True)
class ExerciseAnalysis:
    lesson_id: str
    exercise_id: str  # "analogy-id/part-id" for a part
    title: str
    kind: str
    students: int  # in scope
    attempted: int  # with at least one attempt
    mean_score: float | None  # fraction of the points, over the counted attempts
    key_spans: tuple[KeySpanStat, ...] = ()  # most missed first
    confusions: tuple[tuple[str, str, int], ...] = ()  # (expected, marked, count), most first
    extra_marks: int = 0
    options: tuple[OptionStat, ...] = ()  # wrong ones most picked first, then the right ones
    pairs: tuple[PairStat, ...] = ()  # most wrong first
    criteria: tuple[CriterionStat, ...] = ()  # most often unmet first
    levels: tuple[LevelStat, ...] = ()  # a writing task's criteria, in the rubric's order
    needs_review: int = 0
    parts: tuple[ExerciseAnalysis, ...] = field(default=())

    @property
    def completion(self) -> float:
        return self.attempted / self.students if self.students else 0.0


def analyse_pack(store, pack: Pack, class_name: str | None = None) -> list[ExerciseAnalysis]:
    """Item analysis of every exercise of ``pack``, in pack order."""
    students = len(store.roster.list_students(class_name))
    counted = counted_attempts(store, pack, class_name)
    grader = AttemptGrader(pack)
    results = []
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            grades: list[Grade] = []
            scores: list[float] = []
            for by_exercise in counted.values():
                if (lesson.id, exercise.id) not in by_exercise:
                    continue
                _, attempt = by_exercise[(lesson.id, exercise.id)]
                if attempt.effective_score is not None:
                    scores.append(attempt.effective_score)
                result = grader.grade(exercise, attempt)
                if result is not None:
                    grades.append(result)
            attempted = sum(1 for by in counted.values() if (lesson.id, exercise.id) in by)
            mean = sum(scores) / len(scores) if scores else None
            results.append(
                _analyse(lesson.id, exercise.id, exercise, grades, students, attempted, mean)
            )
    return results


def _analyse(
    lesson_id: str,
    exercise_id: str,
    exercise: AnyExercise,
    grades: Sequence[Grade],
    students: int,
    attempted: int,
    mean: float | None,
) -> ExerciseAnalysis:
    base: dict[str, Any] = dict(
        lesson_id=lesson_id, exercise_id=exercise_id, title=exercise.title, kind=exercise.kind,
        students=students, attempted=attempted, mean_score=mean,
    )  # fmt: skip
    graded = [g for g in grades if g.status != "pending"]

    def part(of: AnyExercise, part_grades: list[Grade]) -> ExerciseAnalysis:
        answered = sum(1 for g in part_grades if g.status != "unanswered")
        fractions = [g.fraction for g in part_grades]
        part_mean = sum(fractions) / len(fractions) if fractions else None
        part_id = f"{exercise_id}/{of.id}"
        return _analyse(lesson_id, part_id, of, part_grades, students, answered, part_mean)

    return ExerciseAnalysis(**base, **kind_of(exercise).analyse(exercise, graded, part))
