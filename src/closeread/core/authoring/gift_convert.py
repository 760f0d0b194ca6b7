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

from closeread.core.authoring import question_rules as rules
from closeread.core.authoring.gift import GiftAnswer, GiftQuestion, GiftText
from closeread.core.authoring.markup import to_markdown, to_plain
from closeread.core.authoring.question_import import NewExercise
from closeread.core.authoring.quiz_format import QuizNote

_SKIPPED = {"numeric": "numeric question", "description": "text with no answers"}
_REASONS = {
    "numeric": "CloseRead has no numeric exercise",
    "description": "a Moodle description, not a question",
}


def convert(question: GiftQuestion) -> tuple[NewExercise | None, list[QuizNote]]:
    """The exercise made from ``question`` (None when it is skipped or wrong), and notes
    on what could not be kept; a note of severity "error" means nothing may be imported."""
    notes: list[QuizNote] = []
    title = _title(question)
    if question.kind in _SKIPPED:
        message = f'{_SKIPPED[question.kind]} "{title}": {_REASONS[question.kind]}'
        return None, [QuizNote(question.line, "skipped", message)]
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
            rules.option(rules.TRUE_FALSE[0], 100 if truth else 0, right if truth else wrong),
            rules.option(rules.TRUE_FALSE[1], 0 if truth else 100, wrong if truth else right),
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
        fields["criteria"] = [rules.DEFAULT_CRITERION]
        notes.append(QuizNote(question.line, "note", rules.essay_note(title)))
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
    if question.blank:  # the parser wrote the blank in the text, before it was converted
        prompt = prompt.replace(rules.BLANK, rules.blank(question.text.markup))
    return prompt


def _title(question: GiftQuestion) -> str:
    """The title, or the start of the text as a reader sees it ("**Bold**" is "Bold")."""
    return question.title or rules.title_from(_plain(question.text))


def _in_range(answer: GiftAnswer, question: GiftQuestion, notes: list[QuizNote]) -> bool:
    error = rules.out_of_range(_plain(answer.text), answer.weight)
    if error:
        notes.append(QuizNote(question.line, "error", error))
    return not error


def _options(question: GiftQuestion, notes: list[QuizNote]) -> list[dict[str, Any]]:
    answers = [(_markdown(a.text), a.weight, _markdown(a.feedback)) for a in question.answers]
    options, warnings, errors = rules.choice_options(answers)
    notes += [QuizNote(question.line, "warning", warning) for warning in warnings]
    notes += [QuizNote(question.line, "error", error) for error in errors]
    return options


def _accepted(question: GiftQuestion, notes: list[QuizNote]) -> list[str]:
    # Moodle compares a short answer as written: its format tag goes, its words stay.
    answers = [
        (answer.text.text, answer.weight, bool(answer.feedback.text))
        for answer in question.answers
        if _in_range(answer, question, notes)
    ]
    accepted, warnings = rules.short_answers(answers)
    notes += [QuizNote(question.line, "warning", warning) for warning in warnings]
    return accepted


def _pairs(question: GiftQuestion, notes: list[QuizNote]) -> dict[str, Any]:
    items = [(_plain(a.text), " ".join(a.match.split())) for a in question.answers]
    fields, errors = rules.matching(items)
    notes += [QuizNote(question.line, "error", error) for error in errors]
    return fields
