"""Scoring an answer of any kind, and the policies around it: hints, attempts, overrides.

``grade`` turns one raw answer (:mod:`closeread.core.grading.answers`) into a :class:`Grade`:
points earned and possible, a status and the outcome of every item (key span, option,
rubric criterion, pair, part). The same function scores in the app, on import of a
results file and in reports, so a fixed key re-scores everything alike.

- mark: points × the span score (:mod:`closeread.core.grading.spans`).
- choice: GIFT weights. The weights of the selected options add up (a single choice
  has one), negative ones take off, and the total is held to [0, 1] of the points.
- short: an accepted answer (compared after :func:`~closeread.core.grading.normalise.normalise`)
  earns full points, and so does meeting every rubric criterion. Anything else is left
  to the teacher: status ``needs_review``, with the points the rubric found so far.
- match: an equal share of the points per left item matched to its right item.
- analogy: the sum of its parts, each scored by its own kind.

Hints cost what the pack says, never taking the points below 0. The status says how
good the answer is; the points are what it earns after hints. A teacher's override
replaces the points, whatever the rules found.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from closeread.core.counting import counted
from closeread.core.grading.answers import empty_answer, is_empty, marks_of, validate_answer
from closeread.core.grading.normalise import contains_phrase, normalise
from closeread.core.grading.result import (
    FULL,
    CriterionOutcome,
    Grade,
    Item,
    OptionOutcome,
    Override,
    PairOutcome,
    Status,
    status_of,
)
from closeread.core.grading.spans import TokenizedText, score_spans

__all__ = [  # the grade's types live in result; importing them from here still works
    "FULL",
    "CriterionOutcome",
    "Grade",
    "Item",
    "OptionOutcome",
    "Override",
    "PairOutcome",
    "Status",
]

from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    ShortAnswerExercise,
)


def points_possible(exercise: AnyExercise) -> float:
    if isinstance(exercise, AnalogyExercise):
        return math.fsum(points_possible(part.exercise) for part in exercise.parts)
    return exercise.points


def grade(
    exercise: AnyExercise,
    answer: Mapping[str, Any],
    *,
    text: str | TokenizedText | None = None,
    hints_used: int | Mapping[str, int] = 0,
    override: Override | None = None,
) -> Grade:
    """Score ``answer`` (checked first; :class:`~closeread.core.grading.answers.AnswerError`).

    ``text`` is the article's text, needed for mark exercises. ``hints_used`` is how many
    of the exercise's hints the student opened (they open in order), or a mapping from
    exercise id to that number, which also covers an analogy's parts.
    """
    article = text.text if isinstance(text, TokenizedText) else text
    validate_answer(exercise, answer, text_length=None if article is None else len(article))
    result = _grade_valid(exercise, answer, text, hints_used)
    return result if override is None else apply_override(result, override)


def apply_override(result: Grade, override: Override) -> Grade:
    """``result`` with the teacher's points in place of the rules' (held to [0, possible])."""
    if not math.isfinite(override.points):
        raise ValueError(f"an override needs a number of points, not {override.points!r}")
    points = min(max(override.points, 0.0), result.possible)
    return replace(
        result, points=points, status=status_of(points, result.possible), override=override
    )


def can_attempt(exercise: AnyExercise, attempts_made: int) -> bool:
    """Whether the student may check another answer (``attempts == 0``: no limit)."""
    return exercise.attempts == 0 or attempts_made < exercise.attempts


def attempts_left(exercise: AnyExercise, attempts_made: int) -> int | None:
    """How many checks are left; None when there is no limit."""
    if exercise.attempts == 0:
        return None
    return max(0, exercise.attempts - attempts_made)


def final_grade(
    exercise: AnyExercise, attempts: Sequence[Grade], *, override: Override | None = None
) -> Grade | None:
    """The attempt that counts (:mod:`closeread.core.counting`), or None if none.

    Attempts beyond those allowed (a tampered results file) are ignored. An override
    always wins, even over no attempt at all.
    """
    chosen = counted(attempts, exercise.counts, lambda grade: grade.points, exercise.attempts)
    if chosen is None:
        if override is None:
            return None
        nothing = Grade(exercise.id, exercise.kind, "unanswered", 0.0, points_possible(exercise))
        return apply_override(nothing, override)
    return chosen if override is None else apply_override(chosen, override)


def final_score(
    exercise: AnyExercise, attempts: Sequence[Grade], *, override: Override | None = None
) -> float:
    """The points of :func:`final_grade`; 0 when there is nothing to count."""
    counted = final_grade(exercise, attempts, override=override)
    return counted.points if counted is not None else 0.0


def hint_cost(exercise: AnyExercise, hints_used: int | Mapping[str, int]) -> float:
    """What the first ``hints_used`` hints cost (a count out of range is held to range)."""
    count = hints_used.get(exercise.id, 0) if isinstance(hints_used, Mapping) else hints_used
    count = min(max(int(count), 0), len(exercise.hints))
    return math.fsum(hint.cost for hint in exercise.hints[:count])


def _grade_valid(
    exercise: AnyExercise,
    answer: Mapping[str, Any],
    text: str | TokenizedText | None,
    hints_used: int | Mapping[str, int],
) -> Grade:
    possible = points_possible(exercise)
    if isinstance(exercise, AnalogyExercise):
        result = _grade_analogy(exercise, answer, text, hints_used)
    elif exercise.key_hidden:
        result = Grade(exercise.id, exercise.kind, "pending", 0.0, possible)
    elif isinstance(exercise, MarkExercise):
        result = _grade_mark(exercise, answer, text)
    elif isinstance(exercise, ChoiceExercise):
        result = _grade_choice(exercise, answer)
    elif isinstance(exercise, ShortAnswerExercise):
        result = _grade_short(exercise, answer)
    elif isinstance(exercise, MatchExercise):
        result = _grade_match(exercise, answer)
    else:
        raise TypeError(f"not an exercise: {exercise!r}")
    if result.status != "pending" and is_empty(exercise, answer) and not _nothing_to_find(exercise):
        # Scored all the same (0 points), so feedback can still show what was wanted.
        result = replace(result, status="unanswered", points=0.0, raw_points=0.0)
    cost = hint_cost(exercise, hints_used)
    if not cost or result.status == "pending":
        return result
    points = max(0.0, result.raw_points - cost)
    return replace(result, points=points, hint_cost=result.raw_points - points)


def _nothing_to_find(exercise: AnyExercise) -> bool:
    """A mark exercise whose key is empty: marking nothing is the right answer."""
    return isinstance(exercise, MarkExercise) and not exercise.key


def _scored(
    exercise: AnyExercise, fraction: float, status: Status | None = None, **details: Any
) -> Grade:
    """A grade worth ``fraction`` of the points, held to [0, 1]."""
    raw = exercise.points * min(max(fraction, 0.0), 1.0)
    status = status or status_of(raw, exercise.points)
    return Grade(exercise.id, exercise.kind, status, raw, exercise.points, raw, **details)


def _grade_mark(
    exercise: MarkExercise, answer: Mapping[str, Any], text: str | TokenizedText | None
) -> Grade:
    if text is None:
        raise ValueError(f'scoring the marks of "{exercise.id}" needs the article\'s text')
    spans = score_spans(
        text,
        exercise.key,
        marks_of(answer),
        theta=exercise.theta,
        label_credit=exercise.label_credit,
    )
    return _scored(exercise, spans.score, items=spans.outcomes, spans=spans)


def _grade_choice(exercise: ChoiceExercise, answer: Mapping[str, Any]) -> Grade:
    selected = set(answer["selected"])
    items = tuple(
        OptionOutcome(index, index in selected, option.weight, option.feedback)
        for index, option in enumerate(exercise.options)
    )
    fraction = math.fsum(item.weight for item in items if item.selected)
    return _scored(exercise, fraction, items=items)


def _grade_short(exercise: ShortAnswerExercise, answer: Mapping[str, Any]) -> Grade:
    given = normalise(answer["text"])
    accepted = next((a for a in exercise.accepted if normalise(a) == given and given), "")
    criteria = []
    for index, item in enumerate(exercise.rubric):
        term = next((t for t in item.terms if contains_phrase(given, normalise(t))), "")
        criteria.append(
            CriterionOutcome(index, item.name, bool(term), item.weight, term, item.feedback)
        )
    met = math.fsum(c.weight for c in criteria if c.met)
    if accepted:
        return _scored(exercise, 1.0, items=tuple(criteria), accepted=accepted)
    if criteria and met >= FULL:
        return _scored(exercise, 1.0, items=tuple(criteria))
    return _scored(exercise, met, items=tuple(criteria), status="needs_review")


def _grade_match(exercise: MatchExercise, answer: Mapping[str, Any]) -> Grade:
    rights = [pair.right for pair in exercise.pairs] + list(exercise.distractors)
    chosen: dict[int, int] = {left: right for left, right in answer["matches"]}
    items = tuple(
        PairOutcome(
            index,
            chosen.get(index),
            index in chosen and rights[chosen[index]] == pair.right,
            pair.explanation,
        )
        for index, pair in enumerate(exercise.pairs)
    )
    right = sum(item.correct for item in items)
    return _scored(exercise, right / len(items) if items else 0.0, items=items)


def _grade_analogy(
    exercise: AnalogyExercise,
    answer: Mapping[str, Any],
    text: str | TokenizedText | None,
    hints_used: int | Mapping[str, int],
) -> Grade:
    given = answer["parts"]
    part_hints = hints_used if isinstance(hints_used, Mapping) else {}
    parts = tuple(
        _grade_valid(
            part.exercise,
            given.get(part.exercise.id) or empty_answer(part.exercise),
            text,
            part_hints,
        )
        for part in exercise.parts
    )
    raw = math.fsum(part.points for part in parts)
    possible = math.fsum(part.possible for part in parts)
    statuses = {part.status for part in parts}
    if exercise.key_hidden or "pending" in statuses:
        status: Status = "pending"
    elif "needs_review" in statuses:
        status = "needs_review"
    elif statuses == {"unanswered"}:
        status = "unanswered"
    else:
        status = status_of(math.fsum(part.raw_points for part in parts), possible)
    return Grade(exercise.id, exercise.kind, status, raw, possible, raw_points=raw, parts=parts)
