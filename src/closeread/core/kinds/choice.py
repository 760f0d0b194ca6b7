"""Choice: one option, or any that apply, weighted GIFT-style.

The answer is ``{"selected": [option_index, ...]}``, at most one for a single choice,
always indices in the pack's order. The weights of the selected options add up
(negative ones take off), held to [0, 1] of the points.

The order a student sees is :func:`shown_order`'s, and only its: a shuffle of the
pack's order seeded by who the student is (:func:`student_key`), the pack and the
exercise, so that the panel, a resumed session and the teacher's views agree.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade, OptionOutcome
from closeread.core.i18n import translate
from closeread.core.kinds.base import (
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    html_text,
    inline,
    said,
    scored,
    sentence,
)
from closeread.core.kinds.stats import OptionStat
from closeread.core.pack.model import ChoiceExercise
from closeread.core.records import Student, file_key


def student_key(student: Student | None) -> str:
    """Who the student is, as every copy of CloseRead that holds their work can tell.

    Not the profile's row id: that is local to one database, and the teacher's copy
    numbers the same student differently. The school id when there is one (it is what
    the teacher's import matches a hand-in by), else the name and class; spaces and
    case do not count. Renaming a student (or giving them a school id) changes the key,
    and so the order of their options from then on; their answers are unaffected."""
    if student is None:
        return ""
    key = file_key(student.name, student.class_name, student.student_number)
    if key[0] == "id":
        return f"id:{key[1]}"
    return f"name:{key[1]}|class:{key[2]}"


def shown_order(exercise: ChoiceExercise, pack_id: str, student: str) -> list[int]:
    """Option indices (the pack's) in the order ``student`` (a :func:`student_key`) sees
    them: the pack's order when the exercise says ``shuffle = false``, else a shuffle
    that depends only on the student, the pack id and the exercise id.

    Each option gets a SHA-256 digest of the three and its own index, and the options
    are sorted by digest: the same on every computer and every Python version."""
    indices = range(len(exercise.options))
    if not exercise.shuffle:
        return list(indices)
    import hashlib  # (OpenSSL's: for shuffled options only, not to open any exercise)

    seed = f"{pack_id}\x1f{exercise.id}\x1f{student}\x1f"

    def rank(index: int) -> bytes:
        return hashlib.sha256(f"{seed}{index}".encode()).digest()

    return sorted(indices, key=rank)


class ChoiceKind(Kind):
    name = "choice"
    field = "selected"
    report_answer = True  # the options in the order this student saw them
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
                chose = translate("Feedback", "You chose {option}")
                lines.append("- " + chose.format(option=said(inline(text), inline(item.feedback))))
        if writer.reveal and result.status != "correct":
            best = max(option.weight for option in exercise.options)
            wanted = [
                inline(exercise.options[i.index].text)
                for i in options
                if (i.weight > 0 if exercise.multiple else i.weight == best) and not i.selected
            ]
            if wanted:
                lead = (
                    translate("Feedback", "You also needed: {options}")
                    if exercise.multiple
                    else translate("Feedback", "The best answer: {options}")
                )
                joined = translate("Feedback", ", ", "joins the items of a list")
                lines += ["", sentence(lead.format(options=joined.join(wanted)))]
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

    def shown_answer_html(
        self, exercise: ChoiceExercise, answer: Any, pack_id: str, student: str
    ) -> str:
        """Every option, in the order the student saw it, the chosen ones ticked and bold."""
        chosen = set(answer.get("selected", ()))
        rows = []
        for number, index in enumerate(shown_order(exercise, pack_id, student), 1):
            text = html_text(inline(exercise.options[index].text))
            shown = f"☑ <b>{text}</b>" if index in chosen else f"☐ {text}"
            rows.append(f"<br>{number}. {shown}")
        return "".join(rows)

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
