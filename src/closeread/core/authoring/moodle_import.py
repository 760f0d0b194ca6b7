"""Adding the questions of a Moodle XML file to a pack, as exercises of a lesson file.

Each question CloseRead has an exercise for becomes one (the table is in
docs/authoring.md): multiple choice and true/false become ``choice`` exercises (Moodle's
fractions are CloseRead's weights), short answer ``short``, matching ``match``, essay the
writing task, and a "select missing words" or "drag and drop into text" question with one
gap a ``choice`` with the gap shown as a blank. The rest (numerical, calculated, cloze,
descriptions, ...) are listed as skipped with their line and the reason. Pictures the file
carries become pack files under ``images/``. Everything is checked first: a file with a
mistake adds nothing (:mod:`closeread.core.authoring.exercise_import`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from closeread.core.authoring.exercise_import import Draft, ImportRefused, add_exercises
from closeread.core.authoring.moodle_rubric import DEFAULT_CRITERION, read_rubric
from closeread.core.authoring.moodle_text import MoodleTexts
from closeread.core.authoring.moodle_xml import MoodleQuestion, MoodleText, parse_moodle_xml
from closeread.core.authoring.pack_images import PackImages
from closeread.core.authoring.safe_xml import XmlRefused, read_limited
from closeread.core.pack.ids import is_id

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
_WILDCARD = re.compile(r"(?<!\\)\*")  # Moodle's short answer: "*" matches anything, "\*" is "*"
BLANK = "_____"


@dataclass(frozen=True)
class MoodleImport:
    lesson_file: str  # relative to the pack
    added: tuple[str, ...]  # the ids of the exercises added
    notes: tuple[str, ...]  # "FILE:LINE: skipped: ..." and "FILE:LINE: warning: ..." lines
    created: bool  # a new lesson file, now listed in pack.toml
    images: tuple[str, ...] = ()  # pictures written, relative to the pack


def import_moodle_xml(
    xml_path: str | Path, pack_dir: str | Path, *, lesson: str | None = None
) -> MoodleImport:
    """Append the questions of ``xml_path`` to a lesson of the pack folder ``pack_dir``:
    ``lesson`` (a path inside the pack, created and listed when new), else its last."""
    shown = str(xml_path)
    try:
        quiz = parse_moodle_xml(read_limited(Path(xml_path)))
    except XmlRefused as error:
        where = f"{shown}:{error.line}" if error.line else shown
        raise ImportRefused([f"{where}: error: {error}"]) from error
    errors = [f"{shown}:{n.line}: error: {n.message}" for n in quiz.notes if n.severity == "error"]
    if errors:
        raise ImportRefused(errors)
    notes = [f"{shown}:{n.line}: {n.severity}: {n.message}" for n in quiz.notes]
    texts = MoodleTexts(PackImages(Path(pack_dir)))
    drafts = []
    for question in quiz.questions:
        at = f"{shown}:{question.line}"
        texts.warnings = []
        made = _draft(question, texts)
        if isinstance(made, str):
            notes.append(f'{at}: skipped: {made} "{question.name}"')
            continue
        made.where = at
        made.comment = f"Imported from {Path(xml_path).name}, line {question.line}" + (
            "\n" + made.comment if made.comment else ""
        )
        notes += [f"{at}: warning: {warning}" for warning in texts.warnings]
        drafts.append(made)
    added = add_exercises(
        pack_dir,
        drafts,
        lesson=lesson,
        new_lesson_title=f"Questions from {Path(xml_path).name}",
        images=texts.images,
    )
    return MoodleImport(
        added.lesson_file, added.ids, tuple(notes), added.created and bool(drafts), added.images
    )


def _draft(question: MoodleQuestion, texts: MoodleTexts) -> Draft | str:
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
            common["points"] = _number(question.default_grade)
        else:
            texts.warnings.append(f"a default mark of {question.default_grade:g} is left out")
    common |= fields
    explanation = texts.markdown(question.general_feedback)
    if explanation:
        common["explanation"] = explanation
    hints = [texts.markdown(hint) for hint in question.hints]
    if any(hints):
        common["hints"] = [{"text": hint} for hint in hints if hint]
    _combined_feedback(question, texts)
    title = question.name or texts.plain(question.text)[:60] or "Question"
    fields = {key: value for key, value in common.items() if value not in ("", [], None)}
    draft = Draft(kind, title, fields, question.name or title, "", comment)
    if is_id(question.idnumber):
        draft.exercise_id = question.idnumber
    return draft


Built = tuple[str, dict[str, Any], str] | str  # (kind, fields, comment) or why it is skipped


def _choice(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    fields: dict[str, Any] = {}
    if not question.single:
        fields["multiple"] = True
    if not question.shuffle:
        fields["shuffle"] = False
    fields["options"] = [
        _option(texts.markdown(a.text), a.fraction, texts.markdown(a.feedback))
        for a in question.answers
    ]
    return "choice", fields, ""


def _true_false(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    by_text = {a.text.text.strip().lower(): a for a in question.answers}
    if set(by_text) != {"true", "false"}:
        if len(question.answers) != 2:
            return "true/false question without one true and one false answer:"
        texts.warnings.append('the answers are not named "true" and "false": read as true, false')
        by_text = dict(zip(("true", "false"), question.answers, strict=True))
    options = [
        _option(
            word, by_text[word.lower()].fraction, texts.markdown(by_text[word.lower()].feedback)
        )
        for word in ("True", "False")
    ]
    return "choice", {"options": options}, ""


def _short(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    accepted = []
    for answer in question.answers:
        words = texts.plain(answer.text)
        if answer.fraction != 100:
            texts.warnings.append(
                f'the answer "{words}" is worth {answer.fraction:g}%: CloseRead accepts whole '
                "answers for full points only, so it is left out (such answers go to the "
                "teacher for review)"
            )
        elif _WILDCARD.search(words):
            texts.warnings.append(
                f'the answer "{words}" has a wildcard "*", which CloseRead does not read: '
                "left out (CloseRead compares whole answers)"
            )
        elif words:
            accepted.append(words.replace("\\*", "*"))  # "\*" is a star, not a wildcard
        if texts.plain(answer.feedback):
            texts.warnings.append(f'the feedback for "{words}" is left out')
    if question.case_sensitive:
        texts.warnings.append("answers must match in case in Moodle; CloseRead ignores case")
    return "short", {"accept": accepted}, ""


def _match(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    pairs, distractors = [], []
    for item, answer in question.subquestions:
        left = texts.plain(item)
        if left:
            pairs.append({"left": left, "right": answer})
        elif answer:
            distractors.append(answer)
    rights = [pair["right"] for pair in pairs]
    repeated = sorted({right for right in rights if rights.count(right) > 1})
    if repeated:
        return (
            f'matching question whose items share an answer ("{repeated[0]}"; CloseRead pairs '
            "each answer with one item):"
        )
    fields: dict[str, Any] = {"pairs": pairs}
    if distractors:
        fields["distractors"] = distractors
    return "match", fields, ""


def _writing(question: MoodleQuestion, texts: MoodleTexts) -> Built:
    fields: dict[str, Any] = {"attempts": 1}
    least, most = question.words
    if most:
        fields["words"] = [least or 1, most]
    elif least:
        texts.warnings.append(f"a least of {least} words with no most is left out")
    criteria = read_rubric(question.grader_info.text)
    fields["criteria"] = criteria or [DEFAULT_CRITERION]
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
    options = [
        _option(text, 100 if number == right else 0, "")
        for number, (text, of_group) in enumerate(question.choices, start=1)
        if of_group == group
    ]
    text = question.text
    prompt = texts.markdown(MoodleText(_GAP.sub(BLANK, text.text), text.format, text.files))
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


def _option(text: str, weight: float, feedback: str) -> dict[str, Any]:
    option: dict[str, Any] = {"text": text}
    if weight:
        option["weight"] = _number(weight)
    if feedback:
        option["feedback"] = feedback
    return option


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 5)


def _combined_feedback(question: MoodleQuestion, texts: MoodleTexts) -> None:
    for text in question.combined_feedback:
        words = texts.plain(text)
        if words and words not in _MOODLE_DEFAULT_FEEDBACK:
            texts.warnings.append(f'the feedback "{words[:60]}" for a whole answer is left out')
