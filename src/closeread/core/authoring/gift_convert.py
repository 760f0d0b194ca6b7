"""What each GIFT question becomes in CloseRead: an exercise, or a note saying why not.

- multiple choice and multiple answers: a ``choice`` exercise (``multiple = true`` for
  multiple answers); GIFT's percentages are the options' weights;
- true/false: a choice between "True" and "False" (shuffled as every choice is: with
  ``shuffle = false`` the checker would rightly warn that most right answers of a bank
  of true/false questions stand in one place);
- short answer: a ``short`` exercise accepting the answers worth 100%;
- matching: a ``match`` exercise; ``= -> item`` adds a right-hand item that matches
  nothing;
- missing word (text after the answers): the choice or short answer it is, with
  ``_____`` where the answers stood;
- essay: a ``writing`` task, answered once. An essay has no rubric and a writing task
  needs one, so it gets one criterion (``DEFAULT_CRITERION``) for the teacher to rewrite;
- numeric and description (text with no answers): skipped, with the line and the reason.

Weights outside -100% to 100%, fewer than two options or pairs, and half a pair are
errors (Moodle refuses them too). What CloseRead cannot keep (partial credit and
feedback on short answers, Moodle's ``*`` wildcard) is left out with a warning.
"""

from __future__ import annotations

from typing import Any

from closeread.core.authoring.gift import BLANK, GiftAnswer, GiftNote, GiftQuestion, GiftText
from closeread.core.authoring.markup import to_markdown, to_plain
from closeread.core.authoring.question_import import DEFAULT_CRITERION, NewExercise

TITLE_LENGTH = 60
_SKIPPED = {"numeric": "numeric question", "description": "text with no answers"}
_REASONS = {
    "numeric": "CloseRead has no numeric exercise",
    "description": "a Moodle description, not a question",
}


def convert(question: GiftQuestion) -> tuple[NewExercise | None, list[GiftNote]]:
    """The exercise made from ``question`` (None when it is skipped or wrong), and notes
    on what could not be kept; a note of severity "error" means nothing may be imported."""
    notes: list[GiftNote] = []
    title = _title(question)
    if question.kind in _SKIPPED:
        message = f'{_SKIPPED[question.kind]} "{title}": {_REASONS[question.kind]}'
        return None, [GiftNote(question.line, "skipped", message)]
    fields: dict[str, Any] = {"prompt": _prompt(question)}
    if question.kind in {"choice", "multiple"}:
        kind = "choice"
        if question.kind == "multiple":
            fields["multiple"] = True
        fields["options"] = _options(question, notes)
    elif question.kind == "truefalse":
        kind = "choice"
        right, wrong = _markdown(question.right_feedback), _markdown(question.wrong_feedback)
        truth = question.truth
        fields["options"] = [
            _option("True", 100 if truth else 0, right if truth else wrong),
            _option("False", 0 if truth else 100, wrong if truth else right),
        ]
    elif question.kind == "short":
        kind = "short"
        fields["accept"] = _accepted(question, notes)
    elif question.kind == "match":
        kind = "match"
        fields.update(_pairs(question, notes))
    else:  # an essay
        kind = "writing"
        fields["attempts"] = 1
        fields["criteria"] = [DEFAULT_CRITERION]
        notes.append(
            GiftNote(
                question.line,
                "note",
                f'the essay "{title}" becomes a writing task with one criterion, '
                f'"{DEFAULT_CRITERION["name"]}": write its rubric before handing it out',
            )
        )
    if question.general_feedback.text:
        fields["explanation"] = _markdown(question.general_feedback)
    if any(note.severity == "error" for note in notes):
        return None, notes
    fields = {key: value for key, value in fields.items() if value not in ("", [])}
    wanted = question.idnumber
    return NewExercise(question.line, kind, title, fields, wanted_id=wanted), notes


def _markdown(text: GiftText) -> str:
    return to_markdown(text.text, text.markup)


def _plain(text: GiftText) -> str:
    return to_plain(text.text, text.markup)


def _prompt(question: GiftQuestion) -> str:
    prompt = _markdown(question.text)
    if question.blank and question.text.markup == "markdown":
        prompt = prompt.replace(BLANK, "\\_" * len(BLANK))  # a blank, not emphasis or a rule
    return prompt


def _title(question: GiftQuestion) -> str:
    """The title, or the start of the text as a reader sees it ("**Bold**" is "Bold")."""
    if question.title:
        return question.title
    text = _plain(question.text)
    if not text:
        return "Question"
    if len(text) <= TITLE_LENGTH:
        return text
    return text[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _weight(weight: float) -> float | int:
    return int(weight) if weight == int(weight) else round(weight, 5)


def _in_range(answer: GiftAnswer, question: GiftQuestion, notes: list[GiftNote]) -> bool:
    if -100 <= answer.weight <= 100:
        return True
    notes.append(
        GiftNote(
            question.line,
            "error",
            f'the answer "{_plain(answer.text)}" is worth {answer.weight:g}%: a weight runs '
            "from -100% to 100% (Moodle refuses it too)",
        )
    )
    return False


def _option(text: str, weight: float | int, feedback: str) -> dict[str, Any]:
    option: dict[str, Any] = {"text": text}
    if weight:
        option["weight"] = weight
    if feedback:
        option["feedback"] = feedback
    return option


def _options(question: GiftQuestion, notes: list[GiftNote]) -> list[dict[str, Any]]:
    options = []
    for answer in question.answers:
        text = _markdown(answer.text)
        if not text:  # Moodle leaves out an answer with no text
            notes.append(GiftNote(question.line, "warning", "an answer with no text is left out"))
            continue
        if _in_range(answer, question, notes):
            options.append(_option(text, _weight(answer.weight), _markdown(answer.feedback)))
    if len(options) < 2 and not any(note.severity == "error" for note in notes):
        notes.append(
            GiftNote(question.line, "error", "a multiple choice needs two answers with text")
        )
    return options


def _accepted(question: GiftQuestion, notes: list[GiftNote]) -> list[str]:
    accepted: list[str] = []
    for answer in question.answers:
        # Moodle compares a short answer as written: its format tag goes, its words stay.
        text = " ".join(answer.text.text.split())
        shown = f'"{text}"'
        if not _in_range(answer, question, notes):
            continue
        if answer.weight != 100:
            notes.append(
                GiftNote(
                    question.line,
                    "warning",
                    f"the answer {shown} is worth {_weight(answer.weight)}%: CloseRead accepts "
                    "whole answers for full points only, so it is left out (such answers go "
                    "to the teacher for review)",
                )
            )
        elif text == "*":
            notes.append(
                GiftNote(
                    question.line,
                    "warning",
                    'the answer "*" (any answer, in Moodle) is left out: answers CloseRead '
                    "does not accept go to the teacher for review",
                )
            )
        elif text and text not in accepted:
            if "*" in text:
                notes.append(
                    GiftNote(
                        question.line,
                        "warning",
                        f'"*" in {shown} stands for any text in Moodle; CloseRead accepts '
                        "the answer only as written",
                    )
                )
            accepted.append(text)
        if answer.feedback.text:
            notes.append(
                GiftNote(question.line, "warning", f"the feedback for {shown} is left out")
            )
    return accepted


def _pairs(question: GiftQuestion, notes: list[GiftNote]) -> dict[str, Any]:
    pairs, distractors = [], []
    for answer in question.answers:
        left, right = _plain(answer.text), " ".join(answer.match.split())
        if left and not right:
            message = f'the pair "{left}" has nothing after "->"'
            notes.append(GiftNote(question.line, "error", message))
        elif left:
            pairs.append({"left": left, "right": right})
        elif right:
            distractors.append(right)
    if len(pairs) < 2 and not any(note.severity == "error" for note in notes):
        notes.append(
            GiftNote(
                question.line,
                "error",
                f"a matching question needs two pairs with text on both sides; it has {len(pairs)}",
            )
        )
    return {"distractors": distractors, "pairs": pairs}
