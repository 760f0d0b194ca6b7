"""Short answer: a few words, compared with accepted answers and a rubric.

The answer is ``{"text": "..."}``. An accepted answer (compared after
:func:`~closeread.core.grading.normalise.normalise`) earns full points, and so does
meeting every rubric criterion. Anything else is left to the teacher: status
``needs_review``, with the points the rubric found so far.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.normalise import contains_phrase, normalise
from closeread.core.grading.result import FULL, CriterionOutcome, Grade
from closeread.core.kinds.base import (
    MAX_TEXT,
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
    scored,
)
from closeread.core.kinds.stats import CriterionStat
from closeread.core.pack.model import ShortAnswerExercise


class ShortKind(Kind):
    name = "short"
    field = "text"
    report_answer = True

    def empty_answer(self, exercise: ShortAnswerExercise) -> Answer:
        return {"text": ""}

    def is_empty(self, exercise: ShortAnswerExercise, data: Mapping[str, Any]) -> bool:
        return not data["text"].strip()

    def check(self, exercise: ShortAnswerExercise, value: object, checks: Checks) -> None:
        if not isinstance(value, str):
            raise checks.fail(f"'text' should be text, got {describe(value)}")
        if len(value) > MAX_TEXT:
            raise checks.fail(f"the answer is {len(value)} characters long, more than {MAX_TEXT}")

    def grade(
        self, exercise: ShortAnswerExercise, answer: Mapping[str, Any], scoring: Scoring
    ) -> Grade:
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
            return scored(exercise, 1.0, items=tuple(criteria), accepted=accepted)
        if criteria and met >= FULL:
            return scored(exercise, 1.0, items=tuple(criteria))
        return scored(exercise, met, items=tuple(criteria), status="needs_review")

    def feedback(self, exercise: ShortAnswerExercise, result: Grade, writer: Writer) -> list[str]:
        lines = []
        if result.accepted:
            lines.append("Your answer matches an accepted answer.")
        criteria = [item for item in result.items if isinstance(item, CriterionOutcome)]
        for item in criteria:
            if item.met:
                lines.append(f"- ✓ {item.name}")
            else:
                advice = f": {inline(item.feedback)}" if item.feedback else ""
                lines.append(f"- ✗ {item.name}{advice}")
        if writer.reveal and exercise.model_answer and result.status != "correct":
            lines += ["", "A model answer:", "", _blockquote(exercise.model_answer)]
        return lines

    def analyse(
        self, exercise: ShortAnswerExercise, graded: Sequence[Grade], part: PartAnalyser
    ) -> dict:
        unmet: Counter[str] = Counter()
        for result in graded:
            for item in result.items:
                if isinstance(item, CriterionOutcome) and not item.met:
                    unmet[item.name] += 1
        review = sum(1 for g in graded if g.status == "needs_review")  # an override decides it
        criteria = tuple(CriterionStat(name, count) for name, count in unmet.most_common())
        return {"criteria": criteria, "needs_review": review}

    def needs_review(self, exercise: ShortAnswerExercise) -> bool:
        return True

    def written(
        self, exercise: ShortAnswerExercise, answer: Any, rules: Grade
    ) -> tuple[WrittenAnswer, ...]:
        text = answer.get("text", "") if hasattr(answer, "get") else ""
        criteria = tuple(item for item in rules.items if isinstance(item, CriterionOutcome))
        return (WrittenAnswer(exercise.title, str(text or ""), exercise.model_answer, criteria),)

    def answer_html(self, exercise: ShortAnswerExercise, answer: Any) -> str:
        text = answer.get("text", "").strip()
        return html_text(text).replace("\n", "<br>") if text else "no answer"

    def key_html(self, exercise: ShortAnswerExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        parts = []
        if exercise.accepted:
            parts.append("accepted: " + "; ".join(f"“{html_text(a)}”" for a in exercise.accepted))
        if exercise.rubric:
            parts.append(
                "rubric: "
                + "; ".join(f"{html_text(r.name)} ({r.weight * 100:g}%)" for r in exercise.rubric)
            )
        if exercise.model_answer:
            parts.append(f"model answer: {html_text(_shorten(exercise.model_answer, 300))}")
        return " · ".join(parts) or "marked by the teacher"


def _blockquote(markdown: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in markdown.strip().splitlines())


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


SHORT = ShortKind()
