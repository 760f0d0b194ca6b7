"""Analogy: a guided analysis whose parts are exercises of the other kinds.

The answer is ``{"parts": {part_exercise_id: <answer of that part's kind>}}``; a part
left out is unanswered. Each part is scored by its own kind (hints counted per part)
and the analogy is worth the sum of its parts. Every operation here hands each part to
its own kind through the registry, so a new kind works as a part without change here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade, Status, status_of
from closeread.core.i18n import QT_TRANSLATE_NOOP, translate
from closeread.core.kinds.base import (
    HIDDEN_KEY,
    Answer,
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    WrittenAnswer,
    describe,
    html_text,
    inline,
    preview,
)
from closeread.core.pack.model import AnalogyExercise, AnalogyPart, AnyExercise, KeySpan

# The steps a pack may name, in words; any other step is shown by its name.
STEP_TITLES = {
    "compared": QT_TRANSLATE_NOOP("Feedback", "What is compared to what"),
    "principle": QT_TRANSLATE_NOOP("Feedback", "The principle it relies on"),
    "breakdown": QT_TRANSLATE_NOOP("Feedback", "Where it breaks down"),
}


def step_title(step: str) -> str:
    """A step in words: a known step's title, any other step's name made readable."""
    if step in STEP_TITLES:
        return translate("Feedback", STEP_TITLES[step])
    words = step.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def part_heading(part: AnalogyPart) -> str:
    """What a part is called: its own title, else its step in words (never the step's
    internal name beside a title that says the same)."""
    return part.exercise.title or step_title(part.step)


def _kind(exercise: AnyExercise) -> Kind:
    # The registry imports this module, so it is looked up when a part needs it.
    from closeread.core.kinds.registry import kind_of

    return kind_of(exercise)


class AnalogyKind(Kind):
    name = "analogy"
    field = "parts"
    can_be_part = False  # the schema allows no nesting
    pending_when_hidden = False  # its parts say whether they are pending
    report_answer = True
    assessment_fields = ("parts",)

    def empty_answer(self, exercise: AnalogyExercise) -> Answer:
        return {
            "parts": {
                part.exercise.id: _kind(part.exercise).empty_answer(part.exercise)
                for part in exercise.parts
            }
        }

    def is_empty(self, exercise: AnalogyExercise, data: Mapping[str, Any]) -> bool:
        parts = data["parts"]
        return all(
            part.exercise.id not in parts
            or _kind(part.exercise).is_empty(part.exercise, parts[part.exercise.id])
            for part in exercise.parts
        )

    def blanks(self, exercise: AnalogyExercise, data: Mapping[str, Any]) -> int:
        parts = data["parts"]
        return sum(
            _kind(part.exercise).blanks(
                part.exercise,
                parts.get(part.exercise.id) or _kind(part.exercise).empty_answer(part.exercise),
            )
            for part in exercise.parts
        )

    def check(self, exercise: AnalogyExercise, value: object, checks: Checks) -> None:
        if not isinstance(value, Mapping):
            raise checks.fail(f"'parts' should be an object, got {describe(value)}")
        known = {part.exercise.id: part.exercise for part in exercise.parts}
        for part_id, answer in value.items():
            if part_id not in known:
                raise checks.fail(f"there is no part {preview(part_id)}")
            checks.part(known[part_id], answer, f'{checks.where}, part "{part_id}"')

    def points_possible(self, exercise: AnalogyExercise) -> float:
        return math.fsum(
            _kind(part.exercise).points_possible(part.exercise) for part in exercise.parts
        )

    def grade(
        self, exercise: AnalogyExercise, answer: Mapping[str, Any], scoring: Scoring
    ) -> Grade:
        given = answer["parts"]
        hints = scoring.hints_used if isinstance(scoring.hints_used, Mapping) else {}
        parts = tuple(
            scoring.grade_part(
                part.exercise,
                given.get(part.exercise.id) or _kind(part.exercise).empty_answer(part.exercise),
                hints,
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

    def feedback(self, exercise: AnalogyExercise, result: Grade, writer: Writer) -> list[str]:
        lines: list[str] = []
        parts = zip(exercise.parts, result.parts, strict=True)
        for number, (part, part_result) in enumerate(parts, start=1):
            lines += [f"#### {number}. {inline(part_heading(part))}", ""]
            lines += [*writer.exercise(part.exercise, part_result), ""]
        return lines

    def analyse(
        self, exercise: AnalogyExercise, graded: Sequence[Grade], part: PartAnalyser
    ) -> dict:
        parts = []
        for index, each in enumerate(exercise.parts):
            part_grades = [g.parts[index] for g in graded if len(g.parts) > index]
            parts.append(part(each.exercise, part_grades))
        return {"parts": tuple(parts)}

    def needs_review(self, exercise: AnalogyExercise) -> bool:
        return any(_kind(part.exercise).needs_review(part.exercise) for part in exercise.parts)

    def written(
        self, exercise: AnalogyExercise, answer: Any, rules: Grade
    ) -> tuple[WrittenAnswer, ...]:
        parts = answer.get("parts", {}) if hasattr(answer, "get") else {}
        found: list[WrittenAnswer] = []
        for part, grade in zip(exercise.parts, rules.parts, strict=False):
            given = parts.get(part.exercise.id) or {}
            found += _kind(part.exercise).written(part.exercise, given, grade)
        return tuple(found)

    def answer_html(self, exercise: AnalogyExercise, answer: Any) -> str:
        return _parts_html(exercise, answer, _plain_html)

    def shown_answer_html(
        self, exercise: AnalogyExercise, answer: Any, pack_id: str, student: str
    ) -> str:
        return _parts_html(
            exercise,
            answer,
            lambda kind, part, given: kind.shown_answer_html(part, given, pack_id, student),
        )

    def key_html(self, exercise: AnalogyExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        return "".join(
            f"<br>{html_text(part.step)}: "
            + (
                HIDDEN_KEY
                if part.exercise.key_hidden
                else _kind(part.exercise).key_html(part.exercise, labels)
            )
            for part in exercise.parts
        )

    def full_key_html(
        self, exercise: AnalogyExercise, labels: Mapping[str, tuple[str, str]]
    ) -> str:
        return "".join(
            f"<h5>{html_text(part.step)}: {html_text(inline(part.exercise.title))}</h5>"
            + (
                HIDDEN_KEY
                if part.exercise.key_hidden
                else _kind(part.exercise).full_key_html(part.exercise, labels)
            )
            for part in exercise.parts
        )

    def marks(self, exercise: AnalogyExercise, answer: Any) -> list[tuple[int, int, str]]:
        parts = answer.get("parts", {})
        return [
            mark
            for part in exercise.parts
            if part.exercise.id in parts
            for mark in _kind(part.exercise).marks(part.exercise, parts[part.exercise.id])
        ]

    def key_spans(self, exercise: AnalogyExercise) -> tuple[KeySpan, ...]:
        return tuple(
            span
            for part in exercise.parts
            for span in _kind(part.exercise).key_spans(part.exercise)
        )

    def marking(self, exercise: AnalogyExercise, path: str) -> list[tuple[str, Any]]:
        return [
            found
            for part in exercise.parts
            for found in _kind(part.exercise).marking(part.exercise, f"{path}/{part.exercise.id}")
        ]

    def uses_article(self, exercise: AnalogyExercise) -> bool:
        return any(_kind(part.exercise).uses_article(part.exercise) for part in exercise.parts)

    def signature(self, exercise: AnalogyExercise) -> tuple:
        return (
            "analogy",
            tuple(
                (part.exercise.id, _kind(part.exercise).signature(part.exercise))
                for part in exercise.parts
            ),
        )

    def assessment_entry(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        from closeread.core.kinds.registry import KINDS  # the registry imports this module

        kept = super().assessment_entry(entry)
        kept["parts"] = [KINDS[part["kind"]].assessment_entry(part) for part in entry["parts"]]
        return kept

    def from_assessment(
        self, exercise: AnalogyExercise, answer: Mapping[str, Any]
    ) -> dict[str, Any]:
        if not isinstance(answer.get("parts"), Mapping):
            return dict(answer)
        parts = {part.exercise.id: part.exercise for part in exercise.parts}
        return {
            **answer,
            "parts": {
                key: _kind(parts[key]).from_assessment(parts[key], value)
                if key in parts and isinstance(value, Mapping)
                else value
                for key, value in answer["parts"].items()
            },
        }


ANALOGY = AnalogyKind()


def _parts_html(
    exercise: AnalogyExercise, answer: Any, html: Callable[[Kind, Any, Any], str]
) -> str:
    """Each part's step and its answer as ``html(kind, part, answer)`` writes it."""
    parts = answer.get("parts", {})
    return "".join(
        f"<br>{html_text(part.step)}: "
        + (
            html(_kind(part.exercise), part.exercise, parts[part.exercise.id])
            if part.exercise.id in parts
            else "no answer"
        )
        for part in exercise.parts
    )


def _plain_html(kind: Kind, part: Any, given: Any) -> str:
    return kind.answer_html(part, given)
