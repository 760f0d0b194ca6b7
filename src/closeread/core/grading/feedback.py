"""What a student reads after checking an answer: short Markdown built from a Grade.

It says what they got, what they missed and why (the key's explanations), and which
label they confused ("This is **Evidence**, not **Claim**."). While attempts remain
(``reveal_key=False``) it points at what is wrong without giving the key away. When
the pack hides its key (assessment edition) it says only that the answer was saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from closeread.core.grading.result import Grade
from closeread.core.grading.spans import SpanLike, tokenize
from closeread.core.grading.verdicts import points, points_of, status_verdict
from closeread.core.i18n import QT_TRANSLATE_NOOP, translate
from closeread.core.kinds.mark_notes import SpanNote
from closeread.core.kinds.registry import awaits_teacher, kind_of
from closeread.core.pack.model import AnyExercise, Label

SAVED = QT_TRANSLATE_NOOP("Feedback", "Your answer was saved; your teacher will score it.")
# an answer only the teacher scores
HANDED_IN = QT_TRANSLATE_NOOP("Feedback", "Handed in: your teacher will score it.")
# how every screen names a score the teacher has not decided
PROVISIONAL = QT_TRANSLATE_NOOP("Feedback", "provisional")
QUOTE_LIMIT = 90
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]>#])")


def render_feedback(
    exercise: AnyExercise,
    result: Grade,
    *,
    labels: Mapping[str, str] | Iterable[Label] = (),
    text: str | None = None,
    reveal_key: bool = True,
    apart: bool = False,
) -> str:
    """Markdown feedback on ``result``, the grade of an answer to ``exercise``.

    ``labels`` gives label names (a mapping id -> name, or the pack's Label objects);
    ``text`` is the article's text, to quote what was marked. Pass ``reveal_key=False``
    while the student may still try again. ``apart``: the screen shows the notes
    (:func:`feedback_notes`) and the exercise's explanation apart, so the Markdown
    leaves out the notes' lines and the explanation when there are notes.
    """
    writer = _Writer(_names(labels), text, reveal_key)
    return "\n".join(writer.exercise(exercise, result, apart=apart)).strip() + "\n"


def feedback_notes(
    exercise: AnyExercise,
    result: Grade,
    *,
    labels: Mapping[str, str] | Iterable[Label] = (),
    text: str | None = None,
    reveal_key: bool = True,
) -> list[SpanNote]:
    """The feedback as notes on places in the article, one per mark (and per key span
    missed, once the key may be shown), in reading order; [] when the answer is not in
    the article or the key is not in this copy."""
    if exercise.key_hidden or result.status == "pending":
        return []
    return kind_of(exercise).notes(exercise, result, _Writer(_names(labels), text, reveal_key))


def _names(labels: Mapping[str, str] | Iterable[Label]) -> Mapping[str, str]:
    return labels if isinstance(labels, Mapping) else {label.id: label.name for label in labels}


class _Writer:
    def __init__(self, names: Mapping[str, str], text: str | None, reveal: bool) -> None:
        self.names = names
        self.text = text
        self.reveal = reveal

    def exercise(self, exercise: AnyExercise, result: Grade, *, apart: bool = False) -> list[str]:
        if exercise.key_hidden or result.status == "pending":
            return self.hidden(result)
        kind = kind_of(exercise)
        apart = apart and bool(kind.notes(exercise, result, self))
        lines = [self.headline(result), ""]
        if not apart:
            lines += kind.feedback(exercise, result, self)
        if result.hint_cost > 0:
            cost = translate("Feedback", "The hints you opened cost {points}.")
            lines += ["", cost.format(points=points(result.hint_cost))]
        if result.override is not None and result.override.comment:
            said = translate("Feedback", "Your teacher: {comment}")
            lines += ["", said.format(comment=result.override.comment)]
        if self.reveal and exercise.explanation and not apart:
            lines += ["", exercise.explanation]
        return lines

    def hidden(self, result: Grade) -> list[str]:
        if result.override is None:
            return [translate("Feedback", SAVED)]
        lines = [
            translate("Feedback", "Your teacher gave this {score}.").format(score=_score(result))
        ]
        if result.override.comment:
            lines += ["", result.override.comment]
        return lines

    def headline(self, result: Grade) -> str:
        score = _score(result)
        if result.override is not None:
            return translate("Feedback", "**Your teacher scored this {score}.**").format(
                score=score
            )
        if awaits_teacher(result):
            return "**" + translate("Feedback", HANDED_IN) + "**"
        verdict = status_verdict(result.status, final=self.reveal)
        if result.status == "needs_review":
            headline = translate(
                "Feedback", "**{verdict}: {score}.** Your teacher will confirm it."
            )
        else:
            headline = translate("Feedback", "**{verdict}: {score}.**")
        return headline.format(verdict=verdict, score=score)

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
            words = getattr(span, "quote", "") or translate(
                "Feedback", "characters {start}–{end}"
            ).format(start=span.start, end=span.end)
        return f"“{_escape(shortened(' '.join(words.split())))}”"


def shortened(words: str, limit: int = QUOTE_LIMIT) -> str:
    """``words`` cut in the middle when longer than ``limit``: where a passage begins
    and where it ends both show ("The arbitrary nature … of a cyber threat")."""
    if len(words) <= limit:
        return words
    head = words[: limit * 5 // 9].rsplit(" ", 1)[0].rstrip(" ,;:")
    tail = words[-(limit * 4 // 9) :]
    tail = tail.split(" ", 1)[1] if " " in tail else tail
    return f"{head} … {tail.lstrip()}"


def _escape(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links or HTML of its own."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _score(result: Grade) -> str:
    return points_of(result.points, result.possible)
