"""Marking: students mark passages of the article with labels; the span rule scores them.

The answer is ``{"marks": [[start, end, label], ...]}`` (code-point offsets into the
article's text, end exclusive, ``label`` one of the exercise's labels). The score is the
points × the span score of :mod:`closeread.core.grading.spans`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.result import Grade
from closeread.core.grading.spans import Span, score_spans
from closeread.core.i18n import Plurals
from closeread.core.kinds.base import (
    MAX_MARKS,
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    describe,
    html_text,
    is_int,
    key_table,
    preview,
    prose_html,
    scored,
)
from closeread.core.kinds.mark_notes import SpanNote, bullet, mark_tally, span_notes
from closeread.core.kinds.stats import KeySpanStat
from closeread.core.pack.model import KeySpan, MarkExercise


def marks_of(data: Mapping[str, Any]) -> tuple[Span, ...]:
    """The marks of a valid mark answer, as :class:`~closeread.core.grading.spans.Span`."""
    return tuple(Span(start, end, label) for start, end, label in data["marks"])


class MarkKind(Kind):
    name = "mark"
    field = "marks"
    assessment_fields = ("labels", "theta")

    def check(self, exercise: MarkExercise, value: object, checks: Checks) -> None:
        for number, mark in enumerate(checks.items(value, "marks", MAX_MARKS), start=1):
            if not isinstance(mark, list | tuple) or len(mark) != 3:
                raise checks.fail(
                    f"mark {number} should be [start, end, label], got {describe(mark)}"
                )
            start, end, label = mark
            if not (is_int(start) and is_int(end)):
                raise checks.fail(f"mark {number}: start and end should be whole numbers")
            if not 0 <= start < end:
                raise checks.fail(f"mark {number}: [{start}, {end}) is not a span of the text")
            if checks.text_length is not None and end > checks.text_length:
                raise checks.fail(
                    f"mark {number} ends at {end}, past the end of the article "
                    f"({checks.text_length} characters)"
                )
            if not isinstance(label, str) or label not in exercise.labels:
                allowed = ", ".join(exercise.labels)
                raise checks.fail(
                    f"mark {number}: unknown label {preview(label)} (allowed: {allowed})"
                )

    def grade(self, exercise: MarkExercise, answer: Mapping[str, Any], scoring: Scoring) -> Grade:
        if scoring.text is None:
            raise ValueError(f'scoring the marks of "{exercise.id}" needs the article\'s text')
        spans = score_spans(
            scoring.text,
            exercise.key,
            marks_of(answer),
            theta=exercise.theta,
            label_credit=exercise.label_credit,
        )
        return scored(exercise, spans.score, items=spans.outcomes, spans=spans)

    def nothing_to_find(self, exercise: MarkExercise) -> bool:
        """A key with no span: marking nothing is the right answer."""
        return not exercise.key

    def feedback(self, exercise: MarkExercise, result: Grade, writer: Writer) -> list[str]:
        spans = result.spans
        if spans is None:
            return []
        tally = mark_tally(spans)
        found = Plurals.tr("You found {found} of %n passage(s) in the key.", "", tally.total)
        lines = [found.format(found=tally.found)]
        if not writer.reveal and tally.missed:
            lines[0] += " " + Plurals.tr("%n passage(s) still to find.", "", tally.missed)
        lines.append("")
        lines += [f"- {bullet(note, writer)}" for note in span_notes(spans, writer)]
        return lines

    def notes(self, exercise: MarkExercise, result: Grade, writer: Writer) -> list[SpanNote]:
        return [] if result.spans is None else span_notes(result.spans, writer)

    def analyse(self, exercise: MarkExercise, graded: Sequence[Grade], part: PartAnalyser) -> dict:
        missed: Counter[int] = Counter()
        found: Counter[int] = Counter()
        wrong: Counter[int] = Counter()
        confused: Counter[tuple[str, str]] = Counter()
        extra = 0
        for result in graded:
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

    def answer_html(self, exercise: MarkExercise, answer: Any) -> str:
        count = len(answer.get("marks", ()))
        return f"{count} mark{'s' if count != 1 else ''} (shown on the article)"

    def key_html(self, exercise: MarkExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        count = len(exercise.key)  # the article shows the key underlined
        names = sorted({labels.get(span.label, (span.label, ""))[0] for span in exercise.key})
        if not count:
            return "nothing to mark"
        plural = "s" if count != 1 else ""
        return f"{count} passage{plural} ({html_text(', '.join(names))}), underlined in the article"

    def full_key_html(self, exercise: MarkExercise, labels: Mapping[str, tuple[str, str]]) -> str:
        if not exercise.key:
            return "nothing to mark"
        rows = [
            (
                html_text(labels.get(span.label, (span.label, ""))[0]),
                f"“{html_text(span.quote)}”",
                prose_html(span.explanation),
            )
            for span in exercise.key
        ]
        return key_table(("Label", "Passage", "Why"), rows)

    def marks(self, exercise: MarkExercise, answer: Any) -> list[tuple[int, int, str]]:
        return [(start, end, label) for start, end, label in answer.get("marks", ())]

    def key_spans(self, exercise: MarkExercise) -> tuple[KeySpan, ...]:
        return exercise.key

    def uses_article(self, exercise: MarkExercise) -> bool:
        return True

    def marking(self, exercise: MarkExercise, path: str) -> list[tuple[str, MarkExercise]]:
        return [(path, exercise)]


MARK = MarkKind()
