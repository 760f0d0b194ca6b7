"""Reading Moodle's GIFT quiz format: questions, their answers, and where they stand.

GIFT (https://docs.moodle.org/en/GIFT_format) writes one question per paragraph::

    // a comment line
    ::Title:: [markdown] Question text {=right ~wrong#feedback ~%50%half ####general feedback}

This parser follows Moodle's own reader (``qformat_gift``) in deciding a question's type:
an empty answer block is an essay, one starting with ``#`` numeric, one with ``~`` a
multiple choice (multiple answers when no answer starts with ``=``), ``=a -> b`` pairs a
matching question, ``T``/``TRUE``/``F``/``FALSE`` a true/false question, anything else a
short answer; text after the answer block makes it a missing-word question. Every
question keeps the line it starts on, so the questions a caller cannot use are reported
where they are. (The PyPI package ``pygiftparser`` keeps no line numbers and has not
been released since 2017, so CloseRead reads GIFT itself.)

Texts are returned with escapes resolved (``\\~ \\= \\# \\{ \\} \\: \\\\`` and ``\\n``)
but in their own format (``markup``): converting them is the importer's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from closeread.core.pack.markdowntext import html_to_text

Kind = Literal[
    "choice", "multiple", "truefalse", "short", "match", "numeric", "essay", "missing-word",
    "description",
]  # fmt: skip
Severity = Literal["skipped", "warning", "error"]

# Escaped characters are swapped for private-use characters while the text is split on
# the unescaped ones, then swapped back (Moodle's reader does the same with "&&058;").
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003"}
_ESCAPES |= {"\\{": "\ue004", "\\}": "\ue005", "\\:": "\ue006", "\\n": "\n"}
_RESTORE = str.maketrans({v: k[1] for k, v in _ESCAPES.items() if v != "\n"})
_ESCAPE = re.compile(r"\\[\\~=#{}:n]")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%\s*(-?\d+(?:\.\d*)?|-?\.\d+)\s*%")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


@dataclass(frozen=True)
class GiftAnswer:
    text: str
    correct: bool  # written with "=" (True) or "~"
    weight: float | None = None  # the "%50%" percentage, when written
    feedback: str = ""
    match: str = ""  # the right-hand side of a matching pair, "a -> b"


@dataclass(frozen=True)
class GiftQuestion:
    line: int  # the line the question starts on, counting from 1
    kind: Kind
    title: str  # plain text; "" when the question has none
    text: str  # the question text, in its markup
    markup: str = "moodle"  # "moodle" (GIFT's default), "html", "plain" or "markdown"
    answers: tuple[GiftAnswer, ...] = ()
    truth: bool = False  # the right answer of a true/false question
    wrong_feedback: str = ""  # true/false: shown for the wrong answer ...
    right_feedback: str = ""  # ... and for the right one
    general_feedback: str = ""

    @property
    def name(self) -> str:
        """The title, or the first words of the text when there is no title."""
        if self.title:
            return self.title
        text = html_to_text(self.text) if self.markup in {"html", "moodle"} else self.text
        words = " ".join(text.split())
        return words if len(words) <= 40 else words[:39].rstrip() + "…"


@dataclass(frozen=True)
class GiftNote:
    line: int
    severity: Severity
    message: str


@dataclass(frozen=True)
class GiftFile:
    questions: tuple[GiftQuestion, ...]
    notes: tuple[GiftNote, ...]  # categories skipped and questions that could not be read


def parse_gift(text: str) -> GiftFile:
    """Every question of a GIFT file, and a note for each thing that is not one."""
    questions: list[GiftQuestion] = []
    notes: list[GiftNote] = []
    for lines in _blocks(text.removeprefix("\ufeff")):
        if lines[0][1].lstrip().startswith("$CATEGORY:"):
            category = lines[0][1].split(":", 1)[1].strip()
            message = f'category "{category}" (CloseRead has no question categories)'
            notes.append(GiftNote(lines[0][0], "skipped", message))
            lines = lines[1:]
            if not lines:
                continue
        block = "\n".join(line for _, line in lines)
        block = _ESCAPE.sub(lambda m: _ESCAPES[m.group()], block)
        question = _question(lines[0][0], block, notes)
        if question is not None:
            questions.append(question)
    return GiftFile(tuple(questions), tuple(notes))


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """The questions' lines, each with its number: blank lines end a question, comment
    lines are left out."""
    blocks: list[list[tuple[int, str]]] = []
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("//"):
            continue
        if line.strip():
            lines.append((number, line))
        elif lines:
            blocks.append(lines)
            lines = []
    if lines:
        blocks.append(lines)
    return blocks


def _restore(text: str) -> str:
    return text.translate(_RESTORE).strip()


def _question(line: int, block: str, notes: list[GiftNote]) -> GiftQuestion | None:
    rest = block.strip()
    title = ""
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            notes.append(GiftNote(line, "error", 'the title is not closed: "::" is missing'))
            return None
        title, rest = " ".join(_restore(rest[2:end]).split()), rest[end + 2 :].lstrip()
    markup = "moodle"
    found = _FORMAT.match(rest)
    if found:
        markup, rest = found.group(1).lower(), rest[found.end() :]
    opening = rest.find("{")
    if opening < 0:
        return GiftQuestion(line, "description", title, _restore(rest), markup)
    closing = rest.find("}", opening)
    if closing < 0:
        notes.append(GiftNote(line, "error", 'the answers are not closed: "}" is missing'))
        return None
    head, answers, tail = rest[:opening], rest[opening + 1 : closing], rest[closing + 1 :]
    text = _restore(head)
    if tail.strip():
        return GiftQuestion(line, "missing-word", title, text + " _____ " + _restore(tail), markup)
    answers, _, general = answers.partition("####")
    common: dict[str, Any] = {"line": line, "title": title, "text": text, "markup": markup}
    common["general_feedback"] = _restore(general)
    answers = answers.strip()
    if not answers:
        return GiftQuestion(kind="essay", **common)
    if answers.startswith("#"):
        return GiftQuestion(kind="numeric", **common)
    if "~" in answers:
        kind: Kind = "choice" if "=" in answers else "multiple"
        return _with_answers(kind, answers, common, notes)
    if "=" in answers and "->" in answers:
        return _with_answers("match", answers, common, notes)
    word, _, feedback = answers.partition("#")
    if word.strip().upper() in _TRUE_FALSE:
        wrong, _, right = feedback.partition("#")
        return GiftQuestion(
            kind="truefalse",
            truth=_TRUE_FALSE[word.strip().upper()],
            wrong_feedback=_restore(wrong),
            right_feedback=_restore(right),
            **common,
        )
    return _with_answers("short", answers, common, notes)


def _with_answers(
    kind: Kind, answers: str, common: dict[str, Any], notes: list[GiftNote]
) -> GiftQuestion | None:
    pieces = re.split(r"(?=[=~])", answers)
    if pieces[0].strip():
        notes.append(
            GiftNote(
                common["line"],
                "error",
                f'an answer must start with "=" or "~": "{_restore(pieces[0])}"',
            )
        )
        return None
    parsed = []
    for piece in pieces[1:]:
        marker, body = piece[0], piece[1:]
        weight = None
        found = _WEIGHT.match(body)
        if found:
            weight, body = float(found.group(1)), body[found.end() :]
        body, _, feedback = body.partition("#")
        match = ""
        if kind == "match":
            body, arrow, match = body.partition("->")
            if not arrow:
                notes.append(
                    GiftNote(common["line"], "error", f'a pair has no "->": "{_restore(body)}"')
                )
                return None
        parsed.append(
            GiftAnswer(_restore(body), marker == "=", weight, _restore(feedback), _restore(match))
        )
    return GiftQuestion(kind=kind, answers=tuple(parsed), **common)
