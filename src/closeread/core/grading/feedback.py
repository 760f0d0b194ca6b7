"""What a student reads after checking an answer: short Markdown built from a Grade.

It says what they got, what they missed and why (the key's explanations), and which
label they confused ("This is **Evidence**, not **Claim**."). While attempts remain
(``reveal_key=False``) it points at what is wrong without giving the key away. When
the pack hides its key (assessment edition) it says only that the answer was saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from closeread.core.grading.grade import CriterionOutcome, Grade, OptionOutcome, PairOutcome
from closeread.core.grading.spans import SpanLike, SpanOutcome, tokenize
from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    Label,
    MarkExercise,
    MatchExercise,
    ShortAnswerExercise,
)

SAVED = "Your answer was saved; your teacher will score it."
QUOTE_LIMIT = 90
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]>#])")


def render_feedback(
    exercise: AnyExercise,
    result: Grade,
    *,
    labels: Mapping[str, str] | Iterable[Label] = (),
    text: str | None = None,
    reveal_key: bool = True,
) -> str:
    """Markdown feedback on ``result``, the grade of an answer to ``exercise``.

    ``labels`` gives label names (a mapping id -> name, or the pack's Label objects);
    ``text`` is the article's text, to quote what was marked. Pass ``reveal_key=False``
    while the student may still try again.
    """
    names = labels if isinstance(labels, Mapping) else {label.id: label.name for label in labels}
    writer = _Writer(names, text, reveal_key)
    return "\n".join(writer.exercise(exercise, result)).strip() + "\n"


class _Writer:
    def __init__(self, names: Mapping[str, str], text: str | None, reveal: bool) -> None:
        self.names = names
        self.text = text
        self.reveal = reveal

    def exercise(self, exercise: AnyExercise, result: Grade) -> list[str]:
        if exercise.key_hidden or result.status == "pending":
            return self.hidden(result)
        lines = [self.headline(result), ""]
        if isinstance(exercise, MarkExercise):
            lines += self.marks(result)
        elif isinstance(exercise, ChoiceExercise):
            lines += self.choice(exercise, result)
        elif isinstance(exercise, ShortAnswerExercise):
            lines += self.short(exercise, result)
        elif isinstance(exercise, MatchExercise):
            lines += self.match(exercise, result)
        elif isinstance(exercise, AnalogyExercise):
            lines += self.analogy(exercise, result)
        if result.hint_cost > 0:
            lines += ["", f"The hints you opened cost {_points(result.hint_cost)} points."]
        if result.override is not None and result.override.comment:
            lines += ["", f"Your teacher: {result.override.comment}"]
        if self.reveal and exercise.explanation:
            lines += ["", exercise.explanation]
        return lines

    def hidden(self, result: Grade) -> list[str]:
        if result.override is None:
            return [SAVED]
        lines = [f"Your teacher gave this {_score(result)}."]
        if result.override.comment:
            lines += ["", result.override.comment]
        return lines

    def headline(self, result: Grade) -> str:
        score = _score(result)
        if result.override is not None:
            return f"**Your teacher scored this {score}.**"
        return {
            "correct": f"**Well done: {score}.**",
            "partial": f"**{score[0].upper()}{score[1:]}.**",
            "incorrect": f"**Not yet: {score}.**",
            "unanswered": f"**No answer yet: {score}.**",
            "needs_review": f"**Your teacher will review this answer** ({score} so far).",
        }.get(result.status, f"**{score}.**")

    # -- marks -----------------------------------------------------------------------

    def marks(self, result: Grade) -> list[str]:
        spans = result.spans
        if spans is None:
            return []
        found = sum(1 for o in spans.key_outcomes if o.kind in ("hit", "partial"))
        lines = [f"You found {found} of {len(spans.key_outcomes)} passages in the key."]
        if not self.reveal:
            missed = spans.count("missed")
            if missed:
                lines[0] += f" {_count(missed, 'passage')} still to find."
        lines.append("")
        for outcome in spans.outcomes:
            if outcome.kind == "missed" and not self.reveal:
                continue
            lines.append(f"- {self.span_outcome(outcome)}")
        return lines

    def span_outcome(self, outcome: SpanOutcome) -> str:
        mark, key = outcome.mark, outcome.key
        explanation = _inline(outcome.explanation)
        why = f" {explanation}" if explanation and self.reveal else ""
        if outcome.kind == "hit":
            assert mark is not None
            hit_why = f" {explanation}" if explanation else ""
            return f"✓ {self.quote(mark)}: right, {self.label(mark.label)}.{hit_why}"
        if outcome.kind == "partial":
            assert mark is not None and key is not None
            if not self.reveal:
                return f"◐ {self.quote(mark)}: the right passage; adjust where it begins or ends."
            return (
                f"◐ {self.quote(mark)}: nearly; the key marks {self.quote(key)} "
                f"({_percent(outcome.credit)} credit).{why}"
            )
        if outcome.kind == "wrong_label":
            assert mark is not None and key is not None
            credit = f" ({_percent(outcome.credit)} credit)" if outcome.credit > 0 else ""
            if not self.reveal:
                return f"✗ {self.quote(mark)}: worth marking, but not as {self.label(mark.label)}."
            return (
                f"✗ {self.quote(mark)}: this is {self.label(key.label)}, "
                f"not {self.label(mark.label)}{credit}.{why}"
            )
        if outcome.kind == "extra":
            assert mark is not None
            return (
                f"✗ {self.quote(mark)} ({self.label(mark.label)}): "
                "matches nothing in the key, so it lowers the score."
            )
        assert key is not None
        return f"Missed: {self.quote(key)}, {self.label(key.label)}.{why}"

    # -- the other kinds -------------------------------------------------------------

    def choice(self, exercise: ChoiceExercise, result: Grade) -> list[str]:
        options = [item for item in result.items if isinstance(item, OptionOutcome)]
        lines = []
        for item in options:
            if item.selected:
                text = exercise.options[item.index].text
                said = f": {_inline(item.feedback)}" if item.feedback else "."
                lines.append(f"- You chose {_inline(text)}{said}")
        if self.reveal and result.status != "correct":
            best = max(option.weight for option in exercise.options)
            wanted = [
                _inline(exercise.options[i.index].text)
                for i in options
                if (i.weight > 0 if exercise.multiple else i.weight == best) and not i.selected
            ]
            if wanted:
                lead = "You also needed" if exercise.multiple else "The best answer"
                lines += ["", f"{lead}: {', '.join(wanted)}."]
        return lines

    def short(self, exercise: ShortAnswerExercise, result: Grade) -> list[str]:
        lines = []
        if result.accepted:
            lines.append("Your answer matches an accepted answer.")
        criteria = [item for item in result.items if isinstance(item, CriterionOutcome)]
        for item in criteria:
            if item.met:
                lines.append(f"- ✓ {item.name}")
            else:
                advice = f": {_inline(item.feedback)}" if item.feedback else ""
                lines.append(f"- ✗ {item.name}{advice}")
        if self.reveal and exercise.model_answer and result.status != "correct":
            lines += ["", "A model answer:", "", _blockquote(exercise.model_answer)]
        return lines

    def match(self, exercise: MatchExercise, result: Grade) -> list[str]:
        pairs = [item for item in result.items if isinstance(item, PairOutcome)]
        right = sum(item.correct for item in pairs)
        lines = [f"You matched {right} of {len(pairs)} correctly.", ""]
        for item in pairs:
            pair = exercise.pairs[item.left]
            if item.correct:
                lines.append(f"- ✓ {_inline(pair.left)} → {_inline(pair.right)}")
            elif not self.reveal:
                lines.append(f"- ✗ {_inline(pair.left)}: not yet right.")
            else:
                why = f" {_inline(item.explanation)}" if item.explanation else ""
                lines.append(f"- ✗ {_inline(pair.left)} goes with {_inline(pair.right)}.{why}")
        return lines

    def analogy(self, exercise: AnalogyExercise, result: Grade) -> list[str]:
        lines: list[str] = []
        for part, part_result in zip(exercise.parts, result.parts, strict=True):
            step = part.step[:1].upper() + part.step[1:]
            lines += [f"#### {step}: {_inline(part.exercise.title)}", ""]
            lines += [*self.exercise(part.exercise, part_result), ""]
        return lines

    # -- pieces ----------------------------------------------------------------------

    def label(self, label_id: str) -> str:
        return f"**{_escape(self.names.get(label_id, label_id))}**"

    def quote(self, span: SpanLike) -> str:
        """The words of ``span``, whole (as the rule counts them), shortened if long."""
        if self.text is not None:
            tokens = tokenize(self.text)
            start, end = span.start, span.end
            lo, hi = tokens.token_range(start, end)
            if hi > lo:
                start = min(start, tokens.token_offsets(lo)[0])
                end = max(end, tokens.token_offsets(hi - 1)[1])
            words = self.text[start:end]
        else:
            words = getattr(span, "quote", "") or f"characters {span.start}–{span.end}"
        words = " ".join(words.split())
        if len(words) > QUOTE_LIMIT:
            cut = words[: QUOTE_LIMIT - 1]
            words = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip() + " …"
        return f"“{_escape(words)}”"


def _escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links or HTML of its own."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _inline(markdown: str) -> str:
    """A pack's Markdown snippet on one line (options, match items, titles)."""
    return " ".join(markdown.split())


def _blockquote(markdown: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in markdown.strip().splitlines())


def _score(result: Grade) -> str:
    unit = "point" if result.possible == 1 else "points"
    return f"{_points(result.points)} of {_points(result.possible)} {unit}"


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
