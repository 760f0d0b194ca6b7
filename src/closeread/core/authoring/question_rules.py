"""What a Moodle question and a CloseRead exercise are to each other, whatever the file.

GIFT and Moodle XML are two ways of writing the same Moodle questions, so the rules that
turn a question into an exercise and back do not depend on the format, and live here:

- a choice's options: each with its text, its weight in percent as a lesson file
  writes it and its feedback; an answer with no text left out, a weight beyond -100% to
  100% an error, as are fewer than two options (:func:`choice_options`, :func:`option`);
- a matching question: pairs and distractors, at least two pairs (:func:`matching`);
- a short answer as Moodle compares it: ``*`` is a wildcard matching any text and
  ``\\*`` a star. CloseRead compares whole answers, so an answer with a wildcard, or
  worth less than 100%, is left out (such answers go to the teacher for review), and so
  is feedback on an answer (:func:`short_answers`); on the way out every star is written
  ``\\*`` (:func:`moodle_answer`);
- true/false: a single choice between "True" and "False", one of them right
  (:data:`TRUE_FALSE`, :func:`is_true_false`);
- a missing word: ``_____`` in the prompt where the answers stood (:data:`BLANK`,
  :func:`blank`);
- an essay: a writing task answered once, with one criterion for the teacher to rewrite
  when the question carries no rubric (:data:`DEFAULT_CRITERION`, :func:`essay_note`);
- a question with no title: the start of its text (:func:`title_from`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from closeread.core.authoring.markup import markdown_to_plain
from closeread.core.pack.model import ChoiceExercise

BLANK = "_____"  # where a missing-word question's answers stood, as Moodle writes it
TITLE_LENGTH = 60
TRUE_FALSE = ("True", "False")
DEFAULT_CRITERION: dict[str, Any] = {
    "name": "Response to the task",
    "weight": 100,
    "levels": [
        "No answer, or one that does not address the task.",
        "Addresses part of the task.",
        "Addresses the whole task.",
        "Addresses the whole task with precision and insight.",
    ],
}
_WILDCARD = re.compile(r"(?<!\\)\*")


def blank(markup: str) -> str:
    """``BLANK`` as text in ``markup`` writes it: in Markdown, escaped, so that it shows
    as underscores and not as emphasis or a rule."""
    return "\\_" * len(BLANK) if markup == "markdown" else BLANK


def percent(value: float) -> float | int:
    """A weight in percent as a lesson file writes it: 100, 33.33333."""
    return int(value) if value == int(value) else round(value, 5)


def out_of_range(text: str, weight: float) -> str:
    """The error for an answer worth more than 100% or less than -100%; "" for others."""
    if -100 <= weight <= 100:
        return ""
    return (
        f'the answer "{text}" is worth {weight:g}%: a weight runs from -100% to 100% '
        "(Moodle refuses it too)"
    )


def option(text: str, weight: float, feedback: str = "") -> dict[str, Any]:
    """A choice's option as a lesson file holds it; ``weight`` in percent."""
    made: dict[str, Any] = {"text": text}
    if weight:
        made["weight"] = percent(weight)
    if feedback:
        made["feedback"] = feedback
    return made


def choice_options(
    answers: Iterable[tuple[str, float, str]],
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """A choice's options from its answers, each (Markdown text, weight in percent,
    Markdown feedback); and the warnings and errors: as Moodle does, an answer with no
    text is left out, and a choice needs two answers."""
    options: list[dict[str, Any]] = []
    warnings: list[str] = []
    errors: list[str] = []
    for text, weight, feedback in answers:
        if not text:
            warnings.append("an answer with no text is left out")
        elif not -100 <= weight <= 100:
            errors.append(out_of_range(markdown_to_plain(text), weight))
        else:
            options.append(option(text, weight, feedback))
    if len(options) < 2 and not errors:
        errors.append("a multiple choice needs two answers with text")
    return options, warnings, errors


def matching(
    items: Iterable[tuple[str, str]],
) -> tuple[dict[str, list[Any]], list[str]]:
    """A matching exercise's pairs and distractors from (item, its match) in plain words,
    an answer with no item being a distractor; and the errors: an item needs a match,
    and a matching question two pairs."""
    pairs: list[dict[str, str]] = []
    distractors: list[str] = []
    errors: list[str] = []
    for left, right in items:
        if left and not right:
            errors.append(f'the item "{left}" has nothing to match it')
        elif left:
            pairs.append({"left": left, "right": right})
        elif right:
            distractors.append(right)
    if len(pairs) < 2 and not errors:
        count = len(pairs)
        errors.append(
            f"a matching question needs two pairs with text on both sides; it has {count}"
        )
    return {"pairs": pairs, "distractors": distractors}, errors


def short_answers(answers: Iterable[tuple[str, float, bool]]) -> tuple[list[str], list[str]]:
    """The answers a ``short`` exercise accepts, from a short-answer question's
    (text, weight in percent, has feedback) answers; and a warning for each thing left out."""
    accepted: list[str] = []
    warnings: list[str] = []
    for given, weight, feedback in answers:
        text = " ".join(given.split())
        if weight != 100:
            warnings.append(
                f'the answer "{text}" is worth {percent(weight)}%: CloseRead accepts whole '
                "answers for full points only, so it is left out (such answers go to the "
                "teacher for review)"
            )
        elif _WILDCARD.search(text):
            warnings.append(
                f'the answer "{text}" has Moodle\'s wildcard "*" (any text), which CloseRead '
                "does not read: left out (CloseRead compares whole answers)"
            )
        elif text and text.replace("\\*", "*") not in accepted:
            accepted.append(text.replace("\\*", "*"))
        if feedback:
            warnings.append(f'the feedback for "{text}" is left out')
    return accepted, warnings


def moodle_answer(accepted: str) -> str:
    """An accepted answer as Moodle's short answer reads it: a star is not a wildcard."""
    return accepted.replace("*", "\\*")


def is_true_false(exercise: ChoiceExercise) -> bool:
    """A single choice between "True" and "False" with one of them right."""
    texts = tuple(choice.text for choice in exercise.options)
    weights = sorted(choice.weight for choice in exercise.options)
    return texts == TRUE_FALSE and not exercise.multiple and weights == [0.0, 1.0]


def essay_note(title: str) -> str:
    return (
        f'the essay "{title}" becomes a writing task with one criterion, '
        f'"{DEFAULT_CRITERION["name"]}": write its rubric before handing it out'
    )


def title_from(text: str) -> str:
    """A title made of the start of a question's text, as a reader sees it."""
    if not text:
        return "Question"
    if len(text) <= TITLE_LENGTH:
        return text
    return text[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"
