"""Writing task: a longer response the teacher scores criterion by criterion.

The answer is ``{"text": "..."}``, at most ``MAX_TEXT`` characters like a short answer:
20,000 characters hold a 400-word response about eight times over (English prose runs
to about 6 characters a word), and the loader warns about a word guide that would not
fit (:data:`closeread.core.pack.writing.MOST_WORDS`). No rule can judge an argument, so
an answer is never scored automatically: a non-empty one is ``needs_review`` with *no*
provisional points (``provisional = False``: its stored score stays empty, and every
screen counts it as waiting for the teacher) until the teacher gives each criterion of
the rubric a level from 0 to 3. The teacher's levels travel with the override
(:class:`closeread.core.grading.result.Override`); :func:`writing_points` is the one
formula that turns them into points, for the review queue and the reports alike.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade
from closeread.core.i18n import translate
from closeread.core.kinds.base import (
    PartAnalyser,
    Scoring,
    TextKind,
    Writer,
    WrittenAnswer,
    html_text,
    is_int,
    key_table,
    prose_html,
    scored,
    word_count,
)
from closeread.core.kinds.stats import LevelStat
from closeread.core.pack.model import WritingExercise

LEVELS = 4  # every criterion has levels 0, 1, 2 and 3
TOP = LEVELS - 1


def against_guide(exercise: WritingExercise, words: int) -> str:
    """ "under" or "over" the task's word guide, or "" when within it (or it has none)."""
    if exercise.words is None:
        return ""
    least, most = exercise.words
    return "under" if words < least else "over" if words > most else ""


def fits(exercise: WritingExercise, levels: object) -> bool:
    """Whether ``levels`` gives every criterion of ``exercise`` a level from 0 to 3."""
    return (
        isinstance(levels, Sequence)
        and not isinstance(levels, str)
        and len(levels) == len(exercise.criteria)
        and all(is_int(level) and 0 <= level <= TOP for level in levels)
    )


def writing_points(exercise: WritingExercise, levels: Sequence[int]) -> float:
    """The points the levels earn: points × Σ weight × level / 3 (ValueError if they
    do not fit the rubric). With weights 25/25/25/25 on 12 points, levels 3, 2, 2, 1
    earn 12 × (0.75 + 0.5 + 0.5 + 0.25) / 3 = 8 points."""
    if not fits(exercise, levels):
        raise ValueError(
            f"a level from 0 to {TOP} for each of the {len(exercise.criteria)} criteria, "
            f"not {levels!r}"
        )
    share = math.fsum(c.weight * level for c, level in zip(exercise.criteria, levels, strict=True))
    return min(max(exercise.points * share / TOP, 0.0), exercise.points)


def levels_of(exercise: WritingExercise, result: Grade) -> tuple[int, ...] | None:
    """The teacher's levels behind ``result``, when it has them and they fit the rubric."""
    override = result.override
    if override is None or not fits(exercise, override.levels):
        return None
    return tuple(override.levels or ())


class WritingKind(TextKind):
    name = "writing"
    can_be_part = False  # scored by the teacher alone; an analogy's parts are checked together
    provisional = False
    scored_by_levels = True
    report_answer = True
    assessment_fields = ("words", "criteria")  # the rubric is what students aim at

    def grade(
        self, exercise: WritingExercise, answer: Mapping[str, Any], scoring: Scoring
    ) -> Grade:
        return scored(exercise, 0.0, status="needs_review")

    def feedback(self, exercise: WritingExercise, result: Grade, writer: Writer) -> list[str]:
        levels = levels_of(exercise, result)
        if levels is None:
            return []
        lines = [translate("Feedback", "Your teacher's levels, criterion by criterion:"), ""]
        line = translate("Feedback", "**{criterion}** ({weight}%): level {level} of {top}.")
        for criterion, level in zip(exercise.criteria, levels, strict=True):
            lines.append(
                "- "
                + line.format(
                    criterion=criterion.name,
                    weight=f"{criterion.weight * 100:g}",
                    level=level,
                    top=TOP,
                )
                + " "
                + " ".join(criterion.levels[level].split())
            )
        return lines

    def analyse(
        self, exercise: WritingExercise, graded: Sequence[Grade], part: PartAnalyser
    ) -> dict:
        counts = [[0] * LEVELS for _ in exercise.criteria]
        for result in graded:
            for index, level in enumerate(levels_of(exercise, result) or ()):
                counts[index][level] += 1
        stats = tuple(
            LevelStat(criterion.name, tuple(found))
            for criterion, found in zip(exercise.criteria, counts, strict=True)
        )
        review = sum(1 for g in graded if g.status == "needs_review")
        return {"levels": stats, "needs_review": review}

    def needs_review(self, exercise: WritingExercise) -> bool:
        return True

    def written(
        self, exercise: WritingExercise, answer: Any, rules: Grade
    ) -> tuple[WrittenAnswer, ...]:
        text = answer.get("text", "") if hasattr(answer, "get") else ""
        return (WrittenAnswer(exercise.title, str(text or ""), "", ()),)

    def answer_html(self, exercise: WritingExercise, answer: Any) -> str:
        text = str(answer.get("text", "")).strip()
        if not text:
            return "no answer"
        count = word_count(text)
        body = html_text(text).replace("\n", "<br>")
        return f"({count} word{'s' if count != 1 else ''})<br>{body}"

    def key_html(self, exercise: WritingExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        criteria = "; ".join(
            f"{html_text(c.name)} ({c.weight * 100:g}%)" for c in exercise.criteria
        )
        return f"scored by the teacher, a level 0–{TOP} on each criterion: {criteria}"

    def full_key_html(
        self, exercise: WritingExercise, labels: Mapping[str, tuple[str, str]]
    ) -> str:
        """The whole rubric with every level's descriptor, then the exemplars."""
        out = ["<p>Scored by the teacher, a level 0–3 on each criterion.</p>"]
        if exercise.words is not None:
            out.append(f"<p>Length: {exercise.words[0]}–{exercise.words[1]} words.</p>")
        head = ["Criterion", *(f"Level {level}" for level in range(LEVELS))]
        rows = [
            [f"<b>{html_text(c.name)}</b> ({c.weight * 100:g}%)", *map(html_text, c.levels)]
            for c in exercise.criteria
        ]
        out.append(key_table(head, rows))
        for exemplar in exercise.exemplars:
            out.append(f"<p><b>Exemplar, {html_text(exemplar.level)}:</b></p>")
            out.append(f"<blockquote>{prose_html(exemplar.text)}</blockquote>")
            if exemplar.commentary:
                out.append(prose_html(exemplar.commentary))
        return "".join(out)

    def signature(self, exercise: WritingExercise) -> tuple:
        """The teacher's levels index the criteria: another count and they mean nothing."""
        return (exercise.kind, len(exercise.criteria), LEVELS)


WRITING = WritingKind()
