"""A pack's choice, short-answer, matching and writing exercises as a Moodle XML file.

Written the way Moodle's own reader (``qformat_xml``) reads it, so that *Question bank ▸
Import ▸ Moodle XML format* takes the file as it is: one category per lesson
(``$course$/top/PACK TITLE/LESSON TITLE``), then each exercise as a question:

- ``choice``: ``truefalse`` when its options are *True* and *False* (one right), else
  ``multichoice`` (single or multiple, shuffled or not), weights as fractions;
- ``short``: ``shortanswer``, each accepted answer worth 100%, case ignored;
- ``match``: ``matching``, distractors as answers with no item;
- ``writing``: ``essay`` with the word guide as Moodle's word limits and the rubric, as a
  table, in the information for graders (:mod:`closeread.core.authoring.moodle_rubric`).

Prompts, options, feedback, explanations and hints are written in Moodle's Markdown
format, so Moodle shows them as CloseRead does; their pictures travel inside the file
(``<file encoding="base64">``, named ``@@PLUGINFILE@@/images/NAME``). The exercise's id is
the question's ID number. Marking exercises and analogies have no Moodle question type and
are skipped; what a question cannot hold (hint costs, rubrics of short answers, titles of
matching columns, ...) is left out, with a note naming it
(:func:`~closeread.core.authoring.question_export.not_kept`).
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ElementTree
from posixpath import basename, dirname
from typing import cast

from closeread.core.authoring.moodle_rubric import rubric_html
from closeread.core.authoring.question_export import QuestionExport, not_kept
from closeread.core.authoring.question_rules import is_true_false, moodle_answer
from closeread.core.pack.images import image_references, read_image
from closeread.core.pack.model import (
    AnyExercise,
    ChoiceExercise,
    MatchExercise,
    Pack,
    ShortAnswerExercise,
    WritingExercise,
)
from closeread.core.pack.source import PackSource, PackSourceError, open_source

# The percentages Moodle accepts for an answer (question_bank::fraction_options_full).
MOODLE_GRADES = (
    *(100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20),
    *(16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0),
)
_NEAR = 0.01  # a weight this close to one of Moodle's is written as Moodle's


def export_moodle_xml(pack: Pack) -> QuestionExport:
    writer = _Writer(pack)
    for lesson in pack.lessons:
        category = ElementTree.SubElement(writer.quiz, "question", type="category")
        path = f"$course$/top/{_category(pack.title)}/{_category(lesson.title)}"
        _text(ElementTree.SubElement(category, "category"), path)
        for exercise in lesson.exercises:
            writer.exercise(f"{lesson.id}/{exercise.id}", exercise)
    ElementTree.indent(writer.quiz, space="  ")
    body = ElementTree.tostring(writer.quiz, encoding="unicode", short_empty_elements=False)
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()
    return QuestionExport(data, writer.count, tuple(writer.notes), ".xml")


class _Writer:
    def __init__(self, pack: Pack) -> None:
        self.quiz = ElementTree.Element("quiz")
        self.notes: list[str] = []
        self.count = 0
        self.place = ""
        try:
            self.source: PackSource | None = open_source(pack.root)
        except PackSourceError:
            self.source = None

    def note(self, severity: str, message: str) -> None:
        self.notes.append(f"{self.place}: {severity}: {message}")

    def exercise(self, place: str, exercise: AnyExercise) -> None:
        self.place = place
        kind = _QUESTION_TYPES.get(exercise.kind)
        if kind is None:
            what = "a marking exercise" if exercise.kind == "mark" else "an analogy"
            self.note("skipped", f"{what} has no Moodle question type")
            return
        if exercise.kind == "short" and not cast(ShortAnswerExercise, exercise).accepted:
            self.note(
                "skipped",
                "a short answer with no accepted answers (Moodle's short answer needs one; "
                "CloseRead sends every answer to the teacher)",
            )
            return
        if exercise.kind == "choice" and _true_false(cast(ChoiceExercise, exercise)):
            kind = "truefalse"  # Moodle shows it True, then False: an unshuffled one is not
        question = ElementTree.SubElement(self.quiz, "question", type=kind)
        _text(ElementTree.SubElement(question, "name"), exercise.title)
        self.markdown(question, "questiontext", exercise.prompt)
        self.markdown(question, "generalfeedback", exercise.explanation)
        ElementTree.SubElement(question, "defaultgrade").text = f"{exercise.points:g}"
        ElementTree.SubElement(question, "penalty").text = "0.3333333"
        ElementTree.SubElement(question, "hidden").text = "0"
        ElementTree.SubElement(question, "idnumber").text = exercise.id
        getattr(self, "write_" + kind)(question, exercise)
        for hint in exercise.hints:
            self.markdown(question, "hint", hint.text)
        lost = not_kept(exercise, _KEPT)
        if lost:
            self.note("warning", f"Moodle XML has no place for {', '.join(lost)}")
        self.count += 1

    # --- the types ----------------------------------------------------------------------

    def write_truefalse(self, question: ElementTree.Element, exercise: ChoiceExercise) -> None:
        for option in exercise.options:
            self.answer(question, option.text.lower(), option.weight, option.feedback, "plain")

    def write_multichoice(self, question: ElementTree.Element, exercise: ChoiceExercise) -> None:
        _flag(question, "single", not exercise.multiple)
        _flag(question, "shuffleanswers", exercise.shuffle)
        ElementTree.SubElement(question, "answernumbering").text = "abc"
        positive = sum(option.weight for option in exercise.options if option.weight > 0)
        if exercise.multiple and abs(positive - 1) > 1e-6:
            self.note(
                "warning",
                f"the right options add up to {positive * 100:g}%: Moodle refuses a "
                "multiple-answer question whose positive weights do not add up to 100%",
            )
        for option in exercise.options:
            self.answer(question, option.text, option.weight, option.feedback, "markdown")

    def write_shortanswer(
        self, question: ElementTree.Element, exercise: ShortAnswerExercise
    ) -> None:
        ElementTree.SubElement(question, "usecase").text = "0"
        for accepted in exercise.accepted:
            self.answer(question, moodle_answer(accepted), 1.0, "", "plain")

    def write_matching(self, question: ElementTree.Element, exercise: MatchExercise) -> None:
        _flag(question, "shuffleanswers", True)
        items = [(pair.left, pair.right) for pair in exercise.pairs]
        for left, right in items + [("", extra) for extra in exercise.distractors]:
            sub = ElementTree.SubElement(question, "subquestion", format="plain_text")
            _text(sub, left)
            _text(ElementTree.SubElement(sub, "answer"), right)

    def write_essay(self, question: ElementTree.Element, exercise: WritingExercise) -> None:
        fixed = {"responseformat": "editor", "responserequired": "1", "responsefieldlines": "15"}
        fixed |= {"attachments": "0", "attachmentsrequired": "0"}
        for tag, value in fixed.items():
            ElementTree.SubElement(question, tag).text = value
        least, most = exercise.words or ("", "")
        ElementTree.SubElement(question, "minwordlimit").text = str(least)
        ElementTree.SubElement(question, "maxwordlimit").text = str(most)
        grader = ElementTree.SubElement(question, "graderinfo", format="html")
        _text(grader, rubric_html(exercise.criteria))
        _text(ElementTree.SubElement(question, "responsetemplate", format="html"), "")

    # --- pieces -------------------------------------------------------------------------

    def answer(
        self, question: ElementTree.Element, text: str, weight: float, feedback: str, form: str
    ) -> None:
        answer = ElementTree.SubElement(question, "answer", fraction=self.fraction(weight))
        if form == "markdown":
            answer.set("format", "markdown")
            self.with_files(answer, text)
        else:
            answer.set("format", "plain_text")
            _text(answer, text)
        self.markdown(answer, "feedback", feedback)

    def fraction(self, weight: float) -> str:
        percent = weight * 100
        for grade in MOODLE_GRADES:
            for signed in (grade, -grade):
                if abs(percent - signed) < _NEAR:
                    return f"{signed:g}" if signed == int(signed) else f"{signed:.5f}".rstrip("0")
        self.note(
            "warning",
            f"the weight {percent:g}% is not one Moodle accepts (it takes 100, 90, 83.33333, "
            "80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, "
            "12.5, 11.11111, 10, 5 and 0, or those below 0); Moodle refuses it unless told "
            "to round to the nearest",
        )
        return f"{round(percent, 5):g}"

    def markdown(self, parent: ElementTree.Element, tag: str, text: str) -> None:
        element = ElementTree.SubElement(parent, tag, format="markdown")
        self.with_files(element, text)

    def with_files(self, element: ElementTree.Element, text: str) -> None:
        """``text`` in ``element``, its pictures rewritten to files the element carries."""
        files: dict[str, bytes] = {}
        for reference in dict.fromkeys(image_references(text)):
            read = read_image(self.source, reference)
            if not read.ok or read.data is None:
                self.note("warning", f'the picture "{reference}" is left out: {read.reason}')
                continue
            files[read.path] = read.data
            moodle = "@@PLUGINFILE@@/" + read.path.replace(" ", "%20")
            for before, after in (
                (f"]({reference}", f"]({moodle}"),
                (f"]: {reference}", f"]: {moodle}"),
            ):
                text = text.replace(before, after)
        _text(element, text)
        for path, data in files.items():
            folder = "/" + dirname(path) + "/" if dirname(path) else "/"
            file = ElementTree.SubElement(
                element, "file", name=basename(path), path=folder, encoding="base64"
            )
            file.text = base64.b64encode(data).decode("ascii")


# What a Moodle question holds besides the exercise's text (question_export.WRITTEN).
_KEPT = {"options", "multiple", "shuffle", "accepted", "pairs", "distractors", "points"}
_KEPT |= {"hints", "words", "criteria"}
_QUESTION_TYPES = {
    "choice": "multichoice",
    "short": "shortanswer",
    "match": "matching",
    "writing": "essay",
}


def _true_false(exercise: ChoiceExercise) -> bool:
    return is_true_false(exercise) and exercise.shuffle


def _text(parent: ElementTree.Element, value: str) -> None:
    ElementTree.SubElement(parent, "text").text = value


def _flag(parent: ElementTree.Element, tag: str, value: bool) -> None:
    ElementTree.SubElement(parent, tag).text = "true" if value else "false"


def _category(title: str) -> str:
    """A title as one step of a category path: Moodle splits paths at "/"."""
    return " ".join(title.replace("/", "//").split())
