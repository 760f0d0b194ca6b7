"""What an exercise kind is: the operations every kind provides, and the pieces kinds share.

Every place that treats exercises of different kinds differently (checking an answer,
scoring it, the feedback, item analysis, the HTML report, re-scoring, the review queue,
the assessment edition) asks the exercise's :class:`Kind` instead of testing its class.
A kind is one module of this room (``mark``, ``choice``, ...) holding one instance of
a :class:`Kind` subclass; :mod:`closeread.core.kinds.registry` lists them. The defaults
here suit a kind with no key spans, no parts and no written text for the teacher.

The generic entry points that call these operations stay where they were, in the room
above: :mod:`closeread.core.grading.answers`, ``grade`` and ``feedback``. What they hand
down (a checker, the scoring context, a feedback writer) is described here as a
Protocol, so that a kind (an analogy) can recurse into its parts through them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeGuard

from closeread.core.grading.result import Grade, Status, status_of
from closeread.core.grading.spans import SpanLike, TokenizedText
from closeread.core.pack.model import AnyExercise, KeySpan
from closeread.core.pack.rendering import TooLong, markdown_to_html, without_images

MAX_MARKS = 2_000  # far more than a student marks by hand, few enough to score at once
MAX_TEXT = 20_000  # characters of a written answer (a 400-word response is about 2,400)
ASSESSMENT_COMMON = (
    "id", "step", "kind", "title", "prompt", "points", "attempts", "counts", "hints",
    "show_marks_from", "card",
)  # fmt: skip

HIDDEN_KEY = "not in this copy of the pack"  # the HTML report's key of a hidden key

Answer = dict[str, Any]
PartAnalyser = Callable[[AnyExercise, list[Grade]], object]  # item analysis of one part


class AnswerError(ValueError):
    """An answer that does not fit its exercise: wrong shape, out of range, too big."""


class Checks(Protocol):
    """What :func:`~closeread.core.grading.answers.validate_answer` hands a kind."""

    text_length: int | None
    where: str

    def fail(self, message: str) -> AnswerError: ...
    def items(self, value: object, name: str, limit: int) -> Sequence[Any]: ...
    def index(self, value: object, size: int, what: str) -> int: ...
    def part(self, exercise: AnyExercise, data: object, where: str) -> None: ...


@dataclass(frozen=True)
class Scoring:
    """What :func:`~closeread.core.grading.grade.grade` hands a kind's :meth:`Kind.grade`."""

    text: str | TokenizedText | None  # the article's text, for marks
    hints_used: int | Mapping[str, int]
    # the whole rule (hint costs, the unanswered rule), for an analogy's parts
    grade_part: Callable[[AnyExercise, Mapping[str, Any], int | Mapping[str, int]], Grade]


class Writer(Protocol):
    """What :func:`~closeread.core.grading.feedback.render_feedback` hands a kind."""

    reveal: bool  # False while attempts remain: point at what is wrong, keep the key
    text: str | None  # the article's text, when the feedback may quote it

    def label(self, label_id: str) -> str: ...
    def quote(self, span: SpanLike) -> str: ...
    def exercise(self, exercise: AnyExercise, result: Grade) -> list[str]: ...


class Kind:
    """One exercise kind. Subclass it once per kind; see docs/adding-a-kind.md."""

    name: str = ""  # the ``kind`` of the pack's TOML and of ``Exercise.kind``
    field: str = ""  # the one field of its raw answer ("marks", "selected", ...)
    can_be_part = True  # may be a part of an analogy
    pending_when_hidden = True  # the assessment edition leaves it to the teacher's copy
    # Whether a ``needs_review`` answer's points count until the teacher decides (a short
    # answer's rubric score); False: it has no score until then (a writing task).
    provisional = True
    scored_by_levels = False  # the teacher scores it criterion by criterion (a writing task)
    report_answer = False  # the HTML report writes out the answer and the key
    assessment_fields: tuple[str, ...] = ()  # kept in the assessment edition, beside the common

    # -- answers -------------------------------------------------------------------------

    def empty_answer(self, exercise: Any) -> Answer:
        """The answer of a student who has done nothing yet."""
        return {self.field: []}

    def is_empty(self, exercise: Any, data: Mapping[str, Any]) -> bool:
        """Whether a valid answer says nothing."""
        return not data[self.field]

    def blanks(self, exercise: Any, data: Mapping[str, Any]) -> int:
        """How many items a valid answer leaves blank: 1 for an empty answer (unless
        giving nothing is right), else 0; a kind of many items counts them."""
        return int(self.is_empty(exercise, data) and not self.nothing_to_find(exercise))

    def check(self, exercise: Any, value: object, checks: Checks) -> None:
        """Raise ``checks.fail(...)`` unless ``value`` (the answer's field) fits."""
        raise NotImplementedError

    # -- scoring -------------------------------------------------------------------------

    def points_possible(self, exercise: Any) -> float:
        return float(exercise.points)

    def grade(self, exercise: Any, answer: Mapping[str, Any], scoring: Scoring) -> Grade:
        """The grade of a valid answer, before hint costs and the unanswered rule."""
        raise NotImplementedError

    def nothing_to_find(self, exercise: Any) -> bool:
        """Whether giving nothing is the right answer (then an empty answer is scored)."""
        return False

    def feedback(self, exercise: Any, result: Grade, writer: Writer) -> list[str]:
        """The lines of feedback between the headline and the hints' cost."""
        return []

    def notes(self, exercise: Any, result: Grade, writer: Writer) -> list[Any]:
        """The same feedback as a list of places in the article to go through, one note
        per mark (:class:`~closeread.core.kinds.mark_notes.SpanNote`); [] for a kind
        whose answers are not in the article."""
        return []

    # -- the teacher's side --------------------------------------------------------------

    def analyse(self, exercise: Any, graded: Sequence[Grade], part: PartAnalyser) -> dict:
        """Item analysis: the fields of ``ExerciseAnalysis`` this kind fills in."""
        return {}

    def needs_review(self, exercise: Any) -> bool:
        """Whether answers to it can ever need the teacher."""
        return False

    def written(self, exercise: Any, answer: Any, rules: Grade) -> tuple[WrittenAnswer, ...]:
        """The texts the teacher reads in the review queue."""
        return ()

    def answer_html(self, exercise: Any, answer: Any) -> str:
        return ""

    def shown_answer_html(self, exercise: Any, answer: Any, pack_id: str, student: str) -> str:
        """The answer as ``student`` (a ``student_key``) saw it; choices differ per student."""
        return self.answer_html(exercise, answer)

    def key_html(self, exercise: Any, labels: Mapping[str, tuple[str, str]]) -> str:
        return ""

    def full_key_html(self, exercise: Any, labels: Mapping[str, tuple[str, str]]) -> str:
        """The whole key, for the teacher notes: no article beside it, nothing shortened.
        What the grade report shows (:meth:`key_html`) unless a kind has more to say."""
        return self.key_html(exercise, labels)

    def marks(self, exercise: Any, answer: Any) -> list[tuple[int, int, str]]:
        """The marks a (saved, unchecked) answer puts on the article."""
        return []

    def key_spans(self, exercise: Any) -> tuple[KeySpan, ...]:
        """The key's spans, as reports underline them in the article."""
        return ()

    def uses_article(self, exercise: Any) -> bool:
        """Whether its answers point into the article's text (marks)."""
        return False

    def marking(self, exercise: Any, path: str) -> list[tuple[str, Any]]:
        """The marking exercises it is or holds, each with its path under ``path``
        (``lesson/exercise``, ``lesson/analogy/part``): what the span rule scores."""
        return []

    def signature(self, exercise: Any) -> tuple:
        """What answers index into: when it changes, old answers cannot be re-scored."""
        return (exercise.kind,)

    # -- the assessment edition ----------------------------------------------------------

    def assessment_entry(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        """The exercise's TOML table as the assessment edition writes it (no key)."""
        kept = (*ASSESSMENT_COMMON, *self.assessment_fields)
        return {key: value for key, value in entry.items() if key in kept}

    def from_assessment(self, exercise: Any, answer: Mapping[str, Any]) -> dict[str, Any]:
        """An answer given on the assessment edition, as positions in the full pack."""
        return dict(answer)


def word_count(text: str) -> int:
    """Words as every counter counts them (the student's, the teacher's): runs of non-space."""
    return len(text.split())


class TextKind(Kind):
    """A kind whose answer is one text the student writes: ``{"text": "..."}``, at most
    :data:`MAX_TEXT` characters (a short answer, a writing task)."""

    field = "text"

    def empty_answer(self, exercise: Any) -> Answer:
        return {"text": ""}

    def is_empty(self, exercise: Any, data: Mapping[str, Any]) -> bool:
        return not data["text"].strip()

    def check(self, exercise: Any, value: object, checks: Checks) -> None:
        if not isinstance(value, str):
            raise checks.fail(f"'text' should be text, got {describe(value)}")
        if len(value) > MAX_TEXT:
            raise checks.fail(f"the answer is {len(value)} characters long, more than {MAX_TEXT}")


@dataclass(frozen=True)
class WrittenAnswer:
    """One text to read: a short answer, or one short part of an analogy."""

    title: str  # the exercise's or the part's title
    text: str
    model_answer: str
    criteria: tuple[Any, ...]  # the rubric's verdict on this text (CriterionOutcome)
    flags: tuple[str, ...] = ()  # why the rules held back (Grade.flags)


# -- pieces the kinds share --------------------------------------------------------------


def scored(exercise: Any, fraction: float, status: Status | None = None, **details: Any) -> Grade:
    """A grade worth ``fraction`` of the points, held to [0, 1]."""
    raw = exercise.points * min(max(fraction, 0.0), 1.0)
    status = status or status_of(raw, exercise.points)
    return Grade(exercise.id, exercise.kind, status, raw, exercise.points, raw, **details)


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def preview(value: object, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def describe(value: object) -> str:
    """What a value from an answer is, in words ("a list of 3", "text", ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return f"the number {preview(value)}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)}"
    return type(value).__name__


def inline(markdown: str) -> str:
    """A pack's Markdown snippet on one line (options, match items, titles)."""
    return " ".join(markdown.split())


_CLOSERS = "\"'”’)]*_"


def sentence(text: str) -> str:
    """``text`` ending in a full stop, unless it already ends a sentence (a closing
    quote or bracket may follow its stop): no ``consultation.".`` in feedback."""
    text = text.rstrip()
    return text if text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…") else f"{text}."


def said(text: str, comment: str) -> str:
    """``text`` and a ``comment`` on it as one sentence, "text — comment", or ``text``
    as a sentence when there is no comment (no ``effort.":``)."""
    return f"{text.rstrip()} — {comment}" if comment else sentence(text)


def html_text(text: object) -> str:
    return html.escape(str(text), quote=True)


def key_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table of a full key (HTML cells, already escaped); its head repeats on each page."""
    top = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="key"><thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>'


def prose_html(markdown: str) -> str:
    """A pack's Markdown (an explanation, a model answer) as sanitised HTML, no pictures."""
    try:
        return without_images(markdown_to_html(markdown))
    except TooLong:
        return f"<p>{html_text(markdown)}</p>"
