"""Choice: one option, or any that apply, weighted GIFT-style.

The answer is ``{"selected": [option_index, ...]}``, at most one for a single choice.
The weights of the selected options add up (negative ones take off), held to [0, 1] of
the points.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade, OptionOutcome
from closeread.core.kinds.base import (
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    html_text,
    inline,
    scored,
)
from closeread.core.kinds.stats import OptionStat
from closeread.core.pack.model import ChoiceExercise


class ChoiceKind(Kind):
    name = "choice"
    field = "selected"
    assessment_fields = ("multiple", "shuffle", "options")

    def check(self, exercise: ChoiceExercise, value: object, checks: Checks) -> None:
        size = len(exercise.options)
        chosen = [
            checks.index(item, size, "option")
            for item in checks.items(value, "selected", size if exercise.multiple else 1)
        ]
        if len(set(chosen)) != len(chosen):
            raise checks.fail("an option is selected twice")

    def grade(self, exercise: ChoiceExercise, answer: Mapping[str, Any], scoring: Scoring) -> Grade:
        selected = set(answer["selected"])
        items = tuple(
            OptionOutcome(index, index in selected, option.weight, option.feedback)
            for index, option in enumerate(exercise.options)
        )
        fraction = math.fsum(item.weight for item in items if item.selected)
        return scored(exercise, fraction, items=items)

    def feedback(self, exercise: ChoiceExercise, result: Grade, writer: Writer) -> list[str]:
        options = [item for item in result.items if isinstance(item, OptionOutcome)]
        lines = []
        for item in options:
            if item.selected:
                text = exercise.options[item.index].text
                said = f": {inline(item.feedback)}" if item.feedback else "."
                lines.append(f"- You chose {inline(text)}{said}")
        if writer.reveal and result.status != "correct":
            best = max(option.weight for option in exercise.options)
            wanted = [
                inline(exercise.options[i.index].text)
                for i in options
                if (i.weight > 0 if exercise.multiple else i.weight == best) and not i.selected
            ]
            if wanted:
                lead = "You also needed" if exercise.multiple else "The best answer"
                lines += ["", f"{lead}: {', '.join(wanted)}."]
        return lines

    def analyse(
        self, exercise: ChoiceExercise, graded: Sequence[Grade], part: PartAnalyser
    ) -> dict:
        picked: Counter[int] = Counter()
        for result in graded:
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
        return {"options": tuple(stats)}

    def answer_html(self, exercise: ChoiceExercise, answer: Any) -> str:
        chosen = [html_text(exercise.options[i].text) for i in answer.get("selected", ())]
        return "; ".join(chosen) or "nothing chosen"

    def key_html(self, exercise: ChoiceExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        best = max(option.weight for option in exercise.options)
        right = [
            html_text(option.text) + (f" ({option.weight * 100:g}%)" if exercise.multiple else "")
            for option in exercise.options
            if (option.weight > 0 if exercise.multiple else option.weight == best)
        ]
        return "; ".join(right)

    def signature(self, exercise: ChoiceExercise) -> tuple:
        return ("choice", tuple(option.text for option in exercise.options))

    def assessment_entry(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        kept = super().assessment_entry(entry)
        kept["options"] = [{"text": option["text"]} for option in entry["options"]]
        return kept


CHOICE = ChoiceKind()
