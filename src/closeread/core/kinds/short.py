"""Short answer: a few words, compared with accepted answers and a rubric.

The answer is ``{"text": "..."}``. An accepted answer (compared after
:func:`~closeread.core.grading.normalise.normalise`) earns full points at once. A rubric
only finds words, and words are easily gamed, so what it finds is a *provisional*
score: status ``needs_review``, counted until the teacher scores the answer. Only an
exercise the pack marks ``auto_score`` takes a full rubric score as final. A criterion
whose terms are all denied is not met, and an answer that denies the rubric's terms or
is a salad of them earns at most half the points, with a flag for the teacher
(:mod:`closeread.core.grading.wording`). :func:`rubric_warnings` runs a gaming
student's answers through this rule for ``closeread check``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading import wording
from closeread.core.grading.result import FULL, CriterionOutcome, Grade
from closeread.core.i18n import translate
from closeread.core.kinds.base import (
    PartAnalyser,
    Scoring,
    TextKind,
    Writer,
    WrittenAnswer,
    html_text,
    inline,
    key_table,
    prose_html,
    scored,
)
from closeread.core.kinds.stats import CriterionStat
from closeread.core.pack.model import ShortAnswerExercise

FLAGGED_CAP = 0.5  # the most a denying or word-salad answer earns before the teacher reads it
DENIES = "it denies what the rubric looks for"


class ShortKind(TextKind):
    name = "short"
    report_answer = True

    def grade(
        self, exercise: ShortAnswerExercise, answer: Mapping[str, Any], scoring: Scoring
    ) -> Grade:
        reading = wording.read(answer["text"])
        words = reading.words  # (normalise(a) == reading.text: the same words)
        criteria, flags = _criteria(exercise, reading)
        accepted = next((a for a in exercise.accepted if words and wording.phrase(a) == words), "")
        if accepted:
            return scored(exercise, 1.0, items=tuple(criteria), accepted=accepted)
        met = math.fsum(c.weight for c in criteria if c.met)
        if flags:
            met = min(met, FLAGGED_CAP)
        if criteria and met >= FULL and exercise.auto_score:
            return scored(exercise, 1.0, items=tuple(criteria))
        return scored(exercise, met, items=tuple(criteria), status="needs_review", flags=flags)

    def feedback(self, exercise: ShortAnswerExercise, result: Grade, writer: Writer) -> list[str]:
        lines = []
        if result.accepted:
            lines.append(translate("Feedback", "Your answer matches an accepted answer."))
        criteria = [item for item in result.items if isinstance(item, CriterionOutcome)]
        for item in criteria:
            if item.met:
                lines.append(f"- ✓ {item.name}")
            elif item.denied:
                denied = translate("Feedback", "{criterion}: you wrote “{term}”, but denied it")
                lines.append("- ✗ " + denied.format(criterion=item.name, term=_plain(item.term)))
            else:
                advice = f": {inline(item.feedback)}" if item.feedback else ""
                lines.append(f"- ✗ {item.name}{advice}")
        if wording.SALAD in result.flags:
            lines += ["", translate(
                "Feedback",
                "Say it in a sentence of your own: a list of key words earns at most "
                "half the points until your teacher reads it.",
            )]  # fmt: skip
        if writer.reveal and exercise.model_answer and result.status != "correct":
            model = translate("Feedback", "A model answer:")
            lines += ["", model, "", _blockquote(exercise.model_answer)]
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
        return (
            WrittenAnswer(
                exercise.title, str(text or ""), exercise.model_answer, criteria, rules.flags
            ),
        )

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

    def full_key_html(
        self, exercise: ShortAnswerExercise, labels: Mapping[str, tuple[str, str]]
    ) -> str:
        parts = []
        if exercise.accepted:
            accepted = "; ".join(f"“{html_text(a)}”" for a in exercise.accepted)
            parts.append(f"<p><b>Accepted answers:</b> {accepted}</p>")
        if exercise.rubric:
            rows = [
                (html_text(item.name), f"{item.weight * 100:g}%", html_text(", ".join(item.terms)))
                for item in exercise.rubric
            ]
            parts.append(key_table(("Criterion", "Weight", "Met by any of"), rows))
        if exercise.model_answer:
            parts.append(f"<p><b>Model answer:</b></p>{prose_html(exercise.model_answer)}")
        return "".join(parts) or "marked by the teacher"


def rubric_warnings(exercise: ShortAnswerExercise) -> list[str]:
    """What ``closeread check`` says about a rubric that a gaming answer meets in full:
    the answers of :func:`~closeread.core.grading.wording.probes`, scored by this rule."""
    scoring = Scoring(None, 0, lambda *_: scored(exercise, 0.0))
    warned: dict[str, str] = {}
    for what, text in wording.probes([item.terms for item in exercise.rubric]):
        if what in warned:
            continue
        result = SHORT.grade(exercise, {"text": text}, scoring)
        if result.accepted or result.possible <= 0 or result.fraction < FULL:
            continue
        final = "final full points" if result.status == "correct" else "full provisional points"
        warned[what] = f"the rubric gives {final} to {what}: {_shorten(text, 80)!r}"
    return list(warned.values())


def _criteria(
    exercise: ShortAnswerExercise, reading: wording.Reading
) -> tuple[list[CriterionOutcome], tuple[str, ...]]:
    """Each criterion's outcome on the answer, and the flags for the teacher."""
    terms = wording.TermsRead(reading, (t for item in exercise.rubric for t in item.terms))
    criteria, denied_any = [], False
    for index, item in enumerate(exercise.rubric):
        found = [t for t in item.terms if terms.present(t)]
        near = not any(wording.is_negative(t) for t in item.terms)
        denied = bool(found) and terms.all_denied(found, near=near)
        denied_any = denied_any or denied
        term = found[0] if found else ""
        criteria.append(
            CriterionOutcome(
                index, item.name, bool(found) and not denied, item.weight, term, item.feedback,
                denied=denied,
            )
        )  # fmt: skip
    flags = []
    if denied_any:
        flags.append(DENIES)
    if any(c.met or c.denied for c in criteria) and terms.is_salad():
        flags.append(wording.SALAD)
    return criteria, tuple(flags)


def _plain(text: str) -> str:
    """A rubric term (plain text) as literal Markdown."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([\\`*_{}\[\]>#])", r"\\\1", inline(text))


def _blockquote(markdown: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in markdown.strip().splitlines())


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


SHORT = ShortKind()
