"""Reading Moodle's XML question format into plain question objects, with their lines.

A Moodle XML file (https://docs.moodle.org/en/Moodle_XML_format) is a ``<quiz>`` of
``<question type="...">`` elements. Each text is an element with a ``format`` attribute
(``html``, ``moodle_auto_format``, ``plain_text``, ``markdown``, ``wiki_like``; each is
read as :mod:`closeread.core.authoring.markup` names it), its words in
a ``<text>`` child and its pictures in ``<file name=".." path="/" encoding="base64">``
children, which the text names as ``@@PLUGINFILE@@/name``. This module reads the types
CloseRead has a counterpart for as Moodle's own reader (``qformat_xml``) does: which
element holds what, the defaults when one is missing (a multiple choice is single and
unshuffled unless it says otherwise), fractions in percent. Every other type is kept as a
bare :class:`MoodleQuestion` with its type, for the importer to list as skipped.

The file is parsed by :mod:`closeread.core.authoring.safe_xml` (no DTDs, no entities, size
and depth limits). What is wrong in a question (no name, a fraction that is not a number,
a picture that is not base64) is a note of severity "error"; the importer then adds nothing.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

from closeread.core.authoring.markup import Markup
from closeread.core.authoring.quiz_format import QuizNote, Severity
from closeread.core.authoring.safe_xml import XmlRefused, XmlTree, parse_xml

# Moodle XML's names of the text formats, as :mod:`closeread.core.authoring.markup` names
# them. Moodle shows "wiki_like" text, a format it no longer has, as it was written.
MARKUPS: dict[str, Markup] = {
    "html": "html",
    "moodle_auto_format": "moodle",
    "plain_text": "plain",
    "markdown": "markdown",
    "wiki_like": "plain",
}


@dataclass(frozen=True)
class MoodleFile:
    path: str  # "/" or "/folder/", as Moodle writes it
    name: str
    data: bytes


@dataclass(frozen=True)
class MoodleText:
    text: str = ""
    markup: Markup = "html"
    files: tuple[MoodleFile, ...] = ()


@dataclass(frozen=True)
class MoodleAnswer:
    text: MoodleText
    fraction: float  # percent: 100 is right, 0 wrong, below 0 a penalty
    feedback: MoodleText = MoodleText()


@dataclass(frozen=True)
class MoodleQuestion:
    line: int
    type: str  # Moodle's type, "matching" for "match"
    name: str
    idnumber: str = ""  # Moodle's "ID number"; CloseRead writes the exercise's id there
    text: MoodleText = MoodleText()
    general_feedback: MoodleText = MoodleText()
    default_grade: float | None = None
    answers: tuple[MoodleAnswer, ...] = ()
    single: bool = True
    shuffle: bool = False
    case_sensitive: bool = False
    subquestions: tuple[tuple[MoodleText, str], ...] = ()  # matching: (item, its answer)
    choices: tuple[tuple[str, int], ...] = ()  # gapselect, ddwtos: (text, group)
    hints: tuple[MoodleText, ...] = ()
    combined_feedback: tuple[MoodleText, ...] = ()  # correct, partially correct, incorrect
    grader_info: MoodleText = MoodleText()
    response_template: str = ""
    attachments: int = 0
    words: tuple[int, int] = (0, 0)  # an essay's least and most, 0 for none


@dataclass(frozen=True)
class MoodleQuiz:
    questions: tuple[MoodleQuestion, ...]
    notes: tuple[QuizNote, ...] = ()


class NotMoodleXml(XmlRefused):
    """The file is not a Moodle XML quiz; the message says what it is instead."""


def parse_moodle_xml(raw: bytes) -> MoodleQuiz:
    """Every question of a Moodle XML file, and a note for each thing that is not one.

    Raises :class:`XmlRefused` (or :class:`NotMoodleXml`) when the file as a whole cannot
    be read: not XML, unsafe XML, or XML of some other kind."""
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"<":
        raise NotMoodleXml(
            "not a Moodle XML question file: it does not start with an XML element (<quiz>)"
        )
    tree = parse_xml(raw)
    if tree.root.tag != "quiz":
        raise NotMoodleXml(
            f"not a Moodle XML question file: its top element is <{tree.root.tag}>, not <quiz>",
            tree.line(tree.root),
        )
    reader = _Reader(tree)
    questions = []
    for element in tree.root:
        if element.tag != "question":
            reader.note(element, "skipped", f"<{element.tag}> is not a question")
            continue
        question = reader.question(element)
        if question is not None:
            questions.append(question)
    return MoodleQuiz(tuple(questions), tuple(reader.notes))


class _Reader:
    def __init__(self, tree: XmlTree) -> None:
        self.tree = tree
        self.notes: list[QuizNote] = []
        self.failed = False

    def note(self, element: Element, severity: Severity, message: str) -> None:
        self.notes.append(QuizNote(self.tree.line(element), severity, message))
        self.failed = self.failed or severity == "error"

    def question(self, element: Element) -> MoodleQuestion | None:
        kind = (element.get("type") or "").strip()
        if kind == "category":
            category = " ".join(_text_of(element.find("category")).split())
            message = f'category "{category}" (CloseRead has no question categories)'
            self.note(element, "skipped", message)
            return None
        self.failed = False
        name = " ".join(_text_of(element.find("name")).split())
        if not name:
            self.note(element, "error", f'a "{kind or "?"}" question has no <name>')
        kind = "matching" if kind == "match" else kind
        text = self.old_image(element, self.text(element.find("questiontext")))
        markup = text.markup
        common: dict[str, Any] = {
            "line": self.tree.line(element),
            "type": kind,
            "name": name,
            "idnumber": _child(element, "idnumber"),
            "text": text,
            "general_feedback": self.text(element.find("generalfeedback"), markup),
            "default_grade": self.number(element, "defaultgrade"),
            "hints": tuple(self.text(hint, markup) for hint in element.findall("hint")),
        }
        reader = getattr(self, "read_" + kind, None)
        extra = reader(element, markup) if reader is not None else {}
        return None if self.failed else MoodleQuestion(**common, **extra)

    # --- the types CloseRead has a counterpart for --------------------------------------

    def read_multichoice(self, element: Element, default: Markup) -> dict:
        return {
            "single": _flag(element, "single", default=True),
            "shuffle": _flag(element, "shuffleanswers", default=False),
            "answers": self.answers(element, default, rich=True),
            "combined_feedback": self.combined(element, default),
        }

    def read_truefalse(self, element: Element, default: Markup) -> dict:
        return {"answers": self.answers(element, default, rich=False)}

    def read_shortanswer(self, element: Element, default: Markup) -> dict:
        return {
            "case_sensitive": _flag(element, "usecase", default=False),
            "answers": self.answers(element, default, rich=False),
        }

    def read_matching(self, element: Element, default: Markup) -> dict:
        pairs = []
        for sub in element.findall("subquestion"):
            answer = " ".join(_text_of(sub.find("answer")).split())
            pairs.append((self.text(sub, default), answer))
        return {"subquestions": tuple(pairs), "combined_feedback": self.combined(element, default)}

    def read_essay(self, element: Element, default: Markup) -> dict:
        least = self.number(element, "minwordlimit")
        most = self.number(element, "maxwordlimit")
        return {
            "grader_info": self.text(element.find("graderinfo"), default),
            "response_template": _text_of(element.find("responsetemplate")).strip(),
            "attachments": int(self.number(element, "attachments") or 0),
            "words": (int(least or 0), int(most or 0)),
        }

    def read_gapselect(self, element: Element, default: Markup, tag: str = "selectoption") -> dict:
        choices = []
        for option in element.findall(tag):
            group = self.number(option, "group")
            choices.append((" ".join(_text_of(option).split()), int(group or 1)))
        return {
            "choices": tuple(choices),
            "shuffle": _flag(element, "shuffleanswers", default=True),
            "combined_feedback": self.combined(element, default),
        }

    def read_ddwtos(self, element: Element, default: Markup) -> dict:
        return self.read_gapselect(element, default, tag="dragbox")

    # --- pieces -----------------------------------------------------------------------

    def text(self, element: Element | None, default: Markup = "html") -> MoodleText:
        """A text element: its words, its format, and the pictures it carries."""
        if element is None:
            return MoodleText(markup=default)
        given = (element.get("format") or "").strip()
        # A format Moodle's reader does not know is HTML to it.
        markup = MARKUPS.get(given, "html") if given else default
        files = []
        for item in element.findall("file"):
            name = (item.get("name") or "").strip()
            if (item.get("encoding") or "base64") != "base64" or not name:
                self.note(item, "error", f'the file "{name}" is not a named base64 <file>')
                continue
            try:
                data = binascii.a2b_base64("".join((item.text or "").split()).encode("ascii"))
            except (binascii.Error, UnicodeEncodeError):
                self.note(item, "error", f'the file "{name}" is not valid base64')
                continue
            files.append(MoodleFile(item.get("path") or "/", name, data))
        return MoodleText(_text_of(element).strip(), markup, tuple(files))

    def old_image(self, element: Element, text: MoodleText) -> MoodleText:
        """Files from before Moodle 2 carry one picture in <image> and <image_base64>."""
        name = _child(element, "image").replace("/", "_").replace("\\", "_")
        encoded = _child(element, "image_base64")
        if not (name and encoded):
            return text
        try:
            data = binascii.a2b_base64("".join(encoded.split()).encode("ascii"))
        except (binascii.Error, UnicodeEncodeError):
            self.note(element, "error", f'the picture "{name}" is not valid base64')
            return text
        return MoodleText(
            f'{text.text} <img src="@@PLUGINFILE@@/{name}" alt="">',
            text.markup,
            (*text.files, MoodleFile("/", name, data)),
        )

    def answers(self, element: Element, default: Markup, *, rich: bool) -> tuple[MoodleAnswer, ...]:
        found = []
        for answer in element.findall("answer"):
            fraction = _float(answer.get("fraction") or "0")
            if fraction is None:
                self.note(
                    answer, "error", f'the fraction "{answer.get("fraction")}" is not a number'
                )
                continue
            text = (
                self.text(answer, default)
                if rich
                else MoodleText(_text_of(answer).strip(), "plain")
            )
            feedback = self.text(answer.find("feedback"), default)
            found.append(MoodleAnswer(text, fraction, feedback))
        return tuple(found)

    def combined(self, element: Element, default: Markup) -> tuple[MoodleText, ...]:
        names = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
        return tuple(self.text(element.find(name), default) for name in names)

    def number(self, element: Element, tag: str) -> float | None:
        value = _child(element, tag)
        if not value:
            return None
        number = _float(value)
        if number is None:
            self.note(element, "error", f'<{tag}> is "{value}", not a number')
        return number


def _text_of(element: Element | None) -> str:
    """The words of an element's ``<text>`` child (or its own words, as old files write)."""
    if element is None:
        return ""
    inner = element.find("text")
    return (inner.text or "") if inner is not None else (element.text or "")


def _child(element: Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _flag(element: Element, tag: str, *, default: bool) -> bool:
    """Moodle's yes/no: "false", "0" and "" are no; an absent element is the default."""
    if element.find(tag) is None:
        return default
    return _child(element, tag).lower() not in {"", "0", "false"}


def _float(value: str) -> float | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None
