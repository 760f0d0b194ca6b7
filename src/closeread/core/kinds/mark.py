"""Marking: students mark passages of the article with labels; the span rule scores them.

The answer is ``{"marks": [[start, end, label], ...]}`` (code-point offsets into the
article's text, end exclusive, ``label`` one of the exercise's labels). The score is the
points × the span score of :mod:`closeread.core.grading.spans`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.grading.difference import difference
from closeread.core.grading.result import Grade
from closeread.core.grading.spans import Span, SpanLike, SpanOutcome, score_spans
from closeread.core.grading.verdicts import outcome_verdict
from closeread.core.kinds.base import (
    MAX_MARKS,
    Checks,
    Kind,
    PartAnalyser,
    Scoring,
    Writer,
    describe,
    html_text,
    inline,
    is_int,
    key_table,
    preview,
    prose_html,
    scored,
)
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
        found = sum(1 for o in spans.key_outcomes if o.kind in ("hit", "partial"))
        lines = [f"You found {found} of {len(spans.key_outcomes)} passages in the key."]
        if not writer.reveal:
            missed = spans.count("missed")
            if missed:
                lines[0] += f" {_count(missed, 'passage')} still to find."
        lines.append("")
        for outcome in spans.outcomes:
            if outcome.kind == "missed" and not writer.reveal:
                continue
            lines.append(f"- {_span_outcome(outcome, writer)}")
        return lines

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


def _span_outcome(outcome: SpanOutcome, writer: Writer) -> str:
    mark, key = outcome.mark, outcome.key
    symbol = outcome_verdict(outcome.kind).symbol
    explanation = inline(outcome.explanation)
    why = f" {explanation}" if explanation and writer.reveal else ""
    if outcome.kind == "hit":
        assert mark is not None
        hit_why = f" {explanation}" if explanation else ""
        return f"{symbol} {writer.quote(mark)}: right, {writer.label(mark.label)}.{hit_why}"
    if outcome.kind == "partial":
        assert mark is not None and key is not None
        if not writer.reveal:
            return (
                f"{symbol} {writer.quote(mark)}: the right passage; {_adjust(writer, mark, key)}."
            )
        return (
            f"{symbol} {writer.quote(mark)}: nearly right, {writer.label(key.label)} "
            f"({_percent(outcome.credit)} credit).{_words_that_differ(writer, mark, key)}{why}"
        )
    if outcome.kind == "wrong_label":
        assert mark is not None and key is not None
        credit = f" ({_percent(outcome.credit)} credit)" if outcome.credit > 0 else ""
        if not writer.reveal:
            return (
                f"{symbol} {writer.quote(mark)}: worth marking, "
                f"but not as {writer.label(mark.label)}."
            )
        return (
            f"{symbol} {writer.quote(mark)}: this is {writer.label(key.label)}, "
            f"not {writer.label(mark.label)}{credit}.{why}"
        )
    if outcome.kind == "extra":
        assert mark is not None
        return (
            f"{symbol} {writer.quote(mark)} ({writer.label(mark.label)}): "
            "matches nothing in the key, so it lowers the score."
        )
    assert key is not None
    return f"{symbol} Missed: {writer.quote(key)}, {writer.label(key.label)}.{why}"


def _words_that_differ(writer: Writer, mark: SpanLike, key: SpanLike) -> str:
    """ " Extra words: “…”. Missing words: “…”." for a near miss, once the key is shown."""
    if writer.text is None:
        return f" The key marks {writer.quote(key)}."
    found = difference(writer.text, mark, key)
    said = ""
    if found.extra:
        said += " Extra words: " + " and ".join(writer.quote(span) for span in found.extra) + "."
    if found.missing:
        missing = " and ".join(writer.quote(span) for span in found.missing)
        said += f" Missing words: {missing}."
    return said


def _adjust(writer: Writer, mark: SpanLike, key: SpanLike) -> str:
    """Which end to move, without the key's words (while attempts remain)."""
    if writer.text is None:
        return "adjust where it begins or ends"
    found = difference(writer.text, mark, key)
    begins = {"early": "it begins too early", "late": "it begins too late"}.get(found.starts)
    ends = {"early": "it ends too soon", "late": "it ends too late"}.get(found.ends)
    return " and ".join(part for part in (begins, ends) if part) or "adjust where it begins or ends"


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


MARK = MarkKind()
