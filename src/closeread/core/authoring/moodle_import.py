"""Adding the questions of a Moodle XML file to a pack, as exercises of a lesson file.

Each question CloseRead has an exercise for becomes one (the table is in
docs/authoring.md), by the rules GIFT's questions follow too
(:mod:`closeread.core.authoring.question_rules`): multiple choice and true/false become
``choice`` exercises (Moodle's fractions are CloseRead's weights), short answer
``short``, matching ``match``, essay the writing task, and a "select missing words" or
"drag and drop into text" question with one gap a ``choice`` with the gap shown as a
blank. The rest (numerical, calculated, cloze, descriptions, ...) are listed as skipped
with their line and the reason. A file of another format is refused with the command
that reads it (:mod:`closeread.core.authoring.quiz_format`). Pictures the file carries
become pack files under ``images/``. Everything is checked first, and written in one
go (:mod:`closeread.core.authoring.question_import`): a file with a mistake adds nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from closeread.core.authoring import question_rules as rules
from closeread.core.authoring.moodle_rubric import read_rubric
from closeread.core.authoring.moodle_text import MoodleTexts
from closeread.core.authoring.moodle_xml import MoodleQuestion, MoodleText, parse_moodle_xml
from closeread.core.authoring.pack_images import PackImages
from closeread.core.authoring.question_import import (
    NewExercise,
    QuestionImportError,
    QuizImport,
    add_exercises,
    read_quiz,
)
from closeread.core.authoring.safe_xml import MAX_XML_BYTES, XmlRefused

_SKIPPED = {
    "numerical": "numerical question",
    "calculated": "calculated question",
    "calculatedsimple": "calculated question",
    "calculatedmulti": "calculated multiple-choice question",
    "cloze": "embedded answers (cloze) question",
    "multianswer": "embedded answers (cloze) question",
    "description": "description (text with no question)",
    "randomsamatch": "random short-answer matching question",
    "ddimageortext": "drag and drop onto image question",
    "ddmarker": "drag and drop markers question",
}
_MOODLE_DEFAULT_FEEDBACK = {
    "Your answer is correct.",
    "Your answer is partially correct.",
    "Your answer is incorrect.",
}
_GAP = re.compile(r"\[\[(\d+)\]\]")


def import_moodle_xml(
    xml_path: str | Path, pack_dir: str | Path, *, lesson: str | None = None
) -> QuizImport:
    """Append the questions of ``xml_path`` to a lesson of the pack folder ``pack_dir``:
    ``lesson`` (a path inside the pack, created and listed when new), else its last."""
    shown = str(xml_path)
    raw = read_quiz(xml_path, "moodle-xml", pack_dir, MAX_XML_BYTES)
    try:
        quiz = parse_moodle_xml(raw)
    except XmlRefused as error:
        where = f"{shown}:{error.line}" if error.line else shown
        raise QuestionImportError([f"{where}: error: {error}"]) from error
    errors = [f"{shown}:{n.line}: error: {n.message}" for n in quiz.notes if n.severity == "error"]
    if errors:
        raise QuestionImportError(errors)
    notes = [(n.line, f"{n.severity}: {n.message}") for n in quiz.notes]
    texts = MoodleTexts(PackImages(Path(pack_dir)))
    exercises = []
    for question in quiz.questions:
        texts.warnings = []
        try:
            made = _exercise(question, texts)
        except _Wrong as wrong:
            notes += [(question.line, f"error: {message}") for message in wrong.messages]
            continue
        if isinstance(made, str):
            notes.append((question.line, f'skipped: {made} "{question.name}"'))
            continue
        notes += [(question.line, f"warning: {warning}") for warning in texts.warnings]
        if made.kind == "writing" and made.fields["criteria"] == [rules.DEFAULT_CRITERION]:
            notes.append((question.line, f"note: {rules.essay_note(made.title)}"))
        exercises.append(made)
    notes.sort(key=lambda note: note[0])
    problems = [f"{shown}:{line}: {note}" for line, note in notes if note.startswith("error:")]
    if problems:
        raise QuestionImportError(problems)
    added = add_exercises(exercises, pack_dir, source=xml_path, lesson=lesson, images=texts.images)
    return QuizImport.of(added, [f"{shown}:{line}: {note}" for line, note in notes])


class _Wrong(ValueError):
    """A question Moodle itself would refuse; ``messages`` say why."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _exercise(question: MoodleQuestion, texts: MoodleTexts) -> NewExercise | str:
    """The exercise ``question`` becomes, or why it is skipped."""
    if question.type in _SKIPPED:
        return _SKIPPED[question.type]
    build = _BUILDERS.get(question.type)
    if build is None:
        return f'question of the type "{question.type}", which CloseRead has no exercise for:'
    made = build(question, texts)
    if isinstance(made, str):
        return made
    kind, fields, comment = made
    common: dict[str, Any] = {"prompt": fields.pop("prompt", None) or texts.markdown(question.text)}
    if question.default_grade is not None and question.default_grade != 1:
        if question.default_grade > 0:
            common["points"] = rules.percent(question.default_grade)
        else:
            texts.warnings.append(f"a default mark of {question.default_grade:g} is left out")
    common |= fields
    common["explanation"] = texts.markdown(question.general_feedback)
    hints = [texts.markdown(hint) for hint in question.hints]
    common["hints"] = [{"text": hint} for hint in hints if hint]
    _combined_feedback(question, texts)
    title = question.name or rules.title_from(texts.plain(question.text))
    kept = {key: value for key, value in common.items() if value not in ("", [], None)}
    return NewExercise(question.line, kind, title, kept, question.idnumber, comment)


Built = tuple[str, dict[str, Any], str] | str  # (kind, fields, comment) or why it is skipped


def _choice(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    fields: dict[str, Any] = {}
    if not question.single:
        fields["multiple"] = True
    if not question.shuffle:
        fields["shuffle"] = False
    answers = [
        (texts.markdown(a.text), a.fraction, texts.markdown(a.feedback)) for a in question.answers
    ]
    fields["options"], warnings, errors = rules.choice_options(answers)
    texts.warnings += warnings
    if errors:
        raise _Wrong(errors)
    return "choice", fields, ""


def _true_false(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    by_text = {a.text.text.strip().lower(): a for a in question.answers}
    if set(by_text) != {"true", "false"}:
        if len(question.answers) != 2:
            return "true/false question without one true and one false answer:"
        texts.warnings.append('the answers are not named "true" and "false": read as true, false')
        by_text = dict(zip(("true", "false"), question.answers, strict=True))
    options = []
    for word in rules.TRUE_FALSE:
        answer = by_text[word.lower()]
        weight = _weight(word, answer.fraction)
        options.append(rules.option(word, weight, texts.markdown(answer.feedback)))
    return "choice", {"options": options}, ""


def _short(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    answers = []
    for answer in question.answers:
        words = texts.plain(answer.text)
        weight = _weight(words, answer.fraction)
        answers.append((words, weight, bool(texts.plain(answer.feedback))))
    accepted, warnings = rules.short_answers(answers)
    texts.warnings += warnings
    if question.case_sensitive:
        texts.warnings.append("answers must match in case in Moodle; CloseRead ignores case")
    return "short", {"accept": accepted}, ""


def _match(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    fields, errors = rules.matching(
        (texts.plain(item), answer) for item, answer in question.subquestions
    )
    if errors:
        raise _Wrong(errors)
    rights = [pair["right"] for pair in fields["pairs"]]
    repeated = sorted({right for right in rights if rights.count(right) > 1})
    if repeated:
        return (
            f'matching question whose items share an answer ("{repeated[0]}"; CloseRead pairs '
            "each answer with one item):"
        )
    return "match", fields, ""


def _writing(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    fields: dict[str, Any] = {"attempts": 1}
    least, most = question.words
    if most:
        fields["words"] = [least or 1, most]
    elif least:
        texts.warnings.append(f"a least of {least} words with no most is left out")
    criteria = read_rubric(question.grader_info.text)
    fields["criteria"] = criteria or [rules.DEFAULT_CRITERION]
    comment = ""
    if not criteria and question.grader_info.text:
        info = texts.plain(question.grader_info)
        comment = f"Information for graders, from Moodle: {info}"
        texts.warnings.append("the information for graders is kept as a comment in the lesson file")
    if question.response_template:
        texts.warnings.append("the response template is left out")
    if question.attachments:
        texts.warnings.append("attachments are left out: a writing task takes typed answers")
    return "writing", fields, comment


def _gap(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    gaps = sorted({int(number) for number in _GAP.findall(question.text.text)})
    if len(gaps) != 1:
        return (
            f"question with {len(gaps)} gaps (a CloseRead choice has one blank; make one "
            "question per gap):"
        )
    right = gaps[0]
    if not 1 <= right <= len(question.choices):
        return f"question whose gap [[{right}]] names no choice:"
    group = question.choices[right - 1][1]
    answers = [
        (texts.markdown(MoodleText(words, "plain")), 100 if number == right else 0, "")
        for number, (words, of_group) in enumerate(question.choices, start=1)
        if of_group == group
    ]
    options, warnings, errors = rules.choice_options(answers)
    texts.warnings += warnings
    if errors:
        raise _Wrong(errors)
    text = question.text
    gapped = _GAP.sub(lambda _: rules.blank(text.markup), text.text)
    prompt = texts.markdown(MoodleText(gapped, text.markup, text.files))
    fields: dict[str, Any] = {"prompt": prompt, "options": options}
    if not question.shuffle:
        fields["shuffle"] = False
    return "choice", fields, ""


_BUILDERS = {
    "multichoice": _choice,
    "truefalse": _true_false,
    "shortanswer": _short,
    "matching": _match,
    "essay": _writing,
    "gapselect": _gap,
    "ddwtos": _gap,
}


def _weight(text: str, fraction: float) -> float:
    error = rules.out_of_range(text, fraction)
    if error:
        raise _Wrong([error])
    return fraction


def _combined_feedback(question: MoodleQuestion, texts: MoodleTexts) -> None:
    for text in question.combined_feedback:
        words = texts.plain(text)
        if words and words not in _MOODLE_DEFAULT_FEEDBACK:
            texts.warnings.append(f'the feedback "{words[:60]}" for a whole answer is left out')
