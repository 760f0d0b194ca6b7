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
- analogies: the same for each part.

For every exercise also the completion (students with an attempt, of the students in
scope) and the mean score of the counted attempts (a teacher's override included).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from closeread.core.grading.grade import CriterionOutcome, Grade, OptionOutcome, PairOutcome
from closeread.core.grading.saved import AttemptGrader
from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    Pack,
)
from closeread.core.store.counted import counted_attempts


@dataclass(frozen=True)
class KeySpanStat:
    key_id: str
    label: str
    quote: str
    missed: int  # students whose marks paired with nothing here
    found: int  # hit or nearly (the right passage, the right label)
    wrong_label: int  # the right passage under another label


@dataclass(frozen=True)
class OptionStat:
    index: int
    text: str
    weight: float
    picked: int
    wrong: bool


@dataclass(frozen=True)
class PairStat:
    left: str
    right: str  # the right answer
    wrong: int  # students who matched it to something else, or to nothing
    most_chosen_wrong: str = ""  # the wrong item chosen most often


@dataclass(frozen=True)
class CriterionStat:
    name: str
    unmet: int


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
    needs_review: int = 0
    parts: tuple[ExerciseAnalysis, ...] = field(default=())

    @property
    def completion(self) -> float:
        return self.attempted / self.students if self.students else 0.0


def analyse_pack(store, pack: Pack, class_name: str | None = None) -> list[ExerciseAnalysis]:
    """Item analysis of every exercise of ``pack``, in pack order."""
    students = len(store.list_students(class_name))
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
    if isinstance(exercise, MarkExercise):
        return ExerciseAnalysis(**base, **_marks(exercise, graded))
    if isinstance(exercise, ChoiceExercise):
        return ExerciseAnalysis(**base, options=_options(exercise, graded))
    if isinstance(exercise, MatchExercise):
        return ExerciseAnalysis(**base, pairs=_pairs(exercise, graded))
    if isinstance(exercise, AnalogyExercise):
        parts = []
        for index, part in enumerate(exercise.parts):
            part_grades = [g.parts[index] for g in graded if len(g.parts) > index]
            answered = sum(1 for g in part_grades if g.status != "unanswered")
            fractions = [g.fraction for g in part_grades]
            part_mean = sum(fractions) / len(fractions) if fractions else None
            part_id = f"{exercise_id}/{part.exercise.id}"
            parts.append(
                _analyse(
                    lesson_id, part_id, part.exercise, part_grades, students, answered, part_mean
                )
            )
        return ExerciseAnalysis(**base, parts=tuple(parts))
    unmet: Counter[str] = Counter()
    for result in graded:
        for item in result.items:
            if isinstance(item, CriterionOutcome) and not item.met:
                unmet[item.name] += 1
    review = sum(1 for g in graded if g.status == "needs_review")  # an override decides it
    criteria = tuple(CriterionStat(name, count) for name, count in unmet.most_common())
    return ExerciseAnalysis(**base, criteria=criteria, needs_review=review)


def _marks(exercise: MarkExercise, grades: Sequence[Grade]) -> dict:
    missed: Counter[int] = Counter()
    found: Counter[int] = Counter()
    wrong: Counter[int] = Counter()
    confused: Counter[tuple[str, str]] = Counter()
    extra = 0
    for result in grades:
        if result.spans is None:
            continue
        extra += result.spans.count("extra")
        for index, outcome in enumerate(result.spans.key_outcomes):
            if outcome.kind == "missed":
                missed[index] += 1
            elif outcome.kind == "wrong_label":
                wrong[index] += 1
                assert outcome.mark is not None
                confused[(exercise.key[index].label, outcome.mark.label)] += 1
            else:
                found[index] += 1
    spans = [
        KeySpanStat(span.id, span.label, span.quote, missed[i], found[i], wrong[i])
        for i, span in enumerate(exercise.key)
    ]
    spans.sort(key=lambda stat: (-stat.missed, -stat.wrong_label))
    confusions = tuple((e, m, n) for (e, m), n in confused.most_common())
    return {"key_spans": tuple(spans), "confusions": confusions, "extra_marks": extra}


def _options(exercise: ChoiceExercise, grades: Sequence[Grade]) -> tuple[OptionStat, ...]:
    picked: Counter[int] = Counter()
    for result in grades:
        for item in result.items:
            if isinstance(item, OptionOutcome) and item.selected:
                picked[item.index] += 1
    best = max(option.weight for option in exercise.options)
    stats = [
        OptionStat(
            index,
            option.text,
            option.weight,
            picked[index],
            option.weight <= 0 or (not exercise.multiple and option.weight < best),
        )
        for index, option in enumerate(exercise.options)
    ]
    stats.sort(key=lambda stat: (not stat.wrong, -stat.picked, stat.index))
    return tuple(stats)


def _pairs(exercise: MatchExercise, grades: Sequence[Grade]) -> tuple[PairStat, ...]:
    rights = [pair.right for pair in exercise.pairs] + list(exercise.distractors)
    wrong: Counter[int] = Counter()
    chosen: dict[int, Counter[str]] = {i: Counter() for i in range(len(exercise.pairs))}
    for result in grades:
        for item in result.items:
            if isinstance(item, PairOutcome) and not item.correct:
                wrong[item.left] += 1
                if item.chosen is not None:
                    chosen[item.left][rights[item.chosen]] += 1
    stats = [
        PairStat(
            pair.left,
            pair.right,
            wrong[i],
            chosen[i].most_common(1)[0][0] if chosen[i] else "",
        )
        for i, pair in enumerate(exercise.pairs)
    ]
    stats.sort(key=lambda stat: -stat.wrong)
    return tuple(stats)
