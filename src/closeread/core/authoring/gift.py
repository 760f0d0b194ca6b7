"""Reading Moodle's GIFT quiz format the way Moodle reads it, keeping each question's line.

GIFT (https://docs.moodle.org/en/GIFT_format) writes one question per paragraph::

    // a comment line; "[id:victim]" in one names the question
    ::Title:: [markdown] Question text {=right ~wrong#feedback ~%50%half ####general feedback}

The reference is Moodle's own reader, ``qformat_gift::readquestion`` in
``question/format/gift/format.php``, and its tests (``giftformat_test.php``). Step by
step, as there:

- escapes (``\\~ \\= \\# \\{ \\} \\: \\\\`` and ``\\n``) are set aside before anything is
  split, and put back in each piece of text;
- a title runs from a leading ``::`` to the next ``::``; without that second ``::``
  the question has no title, and its text starts after the first ``::``;
- the answers are what lies between the first ``{`` and the first ``}``; text after
  the ``}`` makes the answers a blank (``_____``) in the question text;
- general feedback follows the *last* ``####`` of the answers;
- every piece of text (question, answer, feedback, the left side of a pair) may start
  with a format tag, ``[html]``, ``[moodle]``, ``[plain]`` or ``[markdown]``, written in
  lower case; answers and feedback without one take the question's format;
- the type: no braces, a description; empty braces, an essay; a leading ``#``,
  numeric; any ``~``, multiple choice (multiple answers when there is no ``=``); ``=``
  with ``->``, matching; exactly ``T``, ``TRUE``, ``F`` or ``FALSE`` (in capitals),
  true/false; anything else, a short answer, whose first answer needs no ``=``.

What Moodle refuses (a brace never closed, a multiple choice with one answer, a pair
with no ``->``) is an error here too. One deliberate difference: Moodle reads a
``$CATEGORY:`` line and any question written on the lines right after it as one category
name, losing the question; this reader takes the question too.

Texts are returned with escapes resolved, each with its own format (``GiftText.markup``);
converting them is the importer's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from closeread.core.authoring.markup import MARKUPS, Markup
from closeread.core.authoring.question_rules import BLANK
from closeread.core.authoring.quiz_format import QuizNote

Kind = Literal[
    "choice", "multiple", "truefalse", "short", "match", "numeric", "essay", "description",
]  # fmt: skip

# Escaped characters are swapped for private-use characters while the text is split on
# the unescaped ones, then swapped back (Moodle's reader does the same with "&&058;").
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003"}
_ESCAPES |= {"\\{": "\ue004", "\\}": "\ue005", "\\:": "\ue006", "\\n": "\n"}
_RESTORE = str.maketrans({v: k[1] for k, v in _ESCAPES.items() if v != "\n"})
_ESCAPE = re.compile(r"\\[\\~=#{}:n]")
_WEIGHT = re.compile(r"^%(-?(?:\d+(?:\.\d*)?|\.\d+))%")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_ID_COMMENT = re.compile(r"\[id:((?:\\.|[^\]\\])+)\]")


@dataclass(frozen=True)
class GiftText:
    text: str  # escapes resolved, format tag removed, trimmed
    markup: Markup = "moodle"


@dataclass(frozen=True)
class GiftAnswer:
    text: GiftText
    weight: float  # percent, as Moodle reads it: "=" is 100, "~" 0, "%50%" 50
    feedback: GiftText = GiftText("")
    match: str = ""  # the right-hand side of a matching pair, plain text


@dataclass(frozen=True)
class GiftQuestion:
    line: int  # the line the question starts on, counting from 1
    kind: Kind
    title: str  # as written between the "::"; "" when the question has none
    text: GiftText  # with BLANK where the answers stood, for a missing-word question
    answers: tuple[GiftAnswer, ...] = ()
    truth: bool = False  # the right answer of a true/false question
    wrong_feedback: GiftText = GiftText("")  # true/false: shown for the wrong answer ...
    right_feedback: GiftText = GiftText("")  # ... and for the right one
    general_feedback: GiftText = GiftText("")
    blank: bool = False  # a missing-word question: text came after the answers
    idnumber: str = ""  # "[id:...]" in the question's comment lines, as Moodle reads it


@dataclass(frozen=True)
class GiftFile:
    questions: tuple[GiftQuestion, ...]
    notes: tuple[QuizNote, ...]  # categories skipped, questions read with a doubt, errors


@dataclass
class _Block:
    line: int
    text: str  # escapes set aside
    comments: list[str] = field(default_factory=list)


def parse_gift(text: str) -> GiftFile:
    """Every question of a GIFT file, and a note for each thing that is not one."""
    questions: list[GiftQuestion] = []
    notes: list[QuizNote] = []
    for block in _blocks(text.removeprefix("\ufeff")):
        question = _question(block, notes)
        if question is not None:
            questions.append(question)
    return GiftFile(tuple(questions), tuple(notes))


def _blocks(text: str) -> list[_Block]:
    """The questions: blank lines end one; comment lines are kept aside (Moodle reads an
    idnumber in them); a ``$CATEGORY:`` line is a block of its own."""
    blocks: list[_Block] = []
    lines: list[tuple[int, str]] = []
    comments: list[str] = []

    def close() -> None:
        if lines:
            joined = "\n".join(line for _, line in lines)
            blocks.append(_Block(lines[0][0], _ESCAPE.sub(_set_aside, joined), comments[:]))
        lines.clear()
        comments.clear()

    # Lines end at "\n" or "\r" only, as in Moodle (str.splitlines() would also end one
    # at a form feed or a Unicode line separator, and shift every line number after it).
    lines_of_text = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines_of_text, start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            comments.append(stripped)
        elif not stripped:
            close()
        elif stripped.startswith("$CATEGORY:") and not lines:
            lines.append((number, stripped))
            close()
        else:
            lines.append((number, line))
    close()
    return blocks


def _set_aside(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


def _restore(text: str) -> str:
    return text.translate(_RESTORE).strip()


def _with_format(text: str, default: Markup = "moodle") -> GiftText:
    """A piece of text and its format: a leading tag names it, else ``default``."""
    text = text.strip()
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end] if end > 0 else ""
        if name in MARKUPS:
            return GiftText(_restore(text[end + 1 :]), name)
    return GiftText(_restore(text), default)


def _question(block: _Block, notes: list[QuizNote]) -> GiftQuestion | None:
    line, rest = block.line, block.text.strip()
    if rest.startswith("$CATEGORY:"):
        category = _restore(rest[len("$CATEGORY:") :])
        message = f'category "{category}" (CloseRead has no question categories)'
        notes.append(QuizNote(line, "skipped", message))
        return None
    title = ""
    if rest.startswith("::"):
        rest = rest[2:]
        end = rest.find("::")
        if end < 0:
            notes.append(
                QuizNote(
                    line,
                    "warning",
                    'the title is not closed ("::" is missing): the question is read '
                    "without a title, as Moodle reads it",
                )
            )
        else:
            title, rest = " ".join(_restore(rest[:end]).split()), rest[end + 2 :].strip()
    idnumber = ""
    for comment in block.comments:
        found = _ID_COMMENT.search(comment)
        if found:
            idnumber = found.group(1).replace("\\]", "]").replace("\\\\", "\\").strip()
    opening, closing = rest.find("{"), rest.find("}")
    question = GiftQuestion(line, "description", title, _with_format(rest), idnumber=idnumber)
    if opening < 0 and closing < 0:
        return question
    if closing < 0:
        notes.append(QuizNote(line, "error", 'the answers are not closed: "}" is missing'))
        return None
    if opening < 0 or closing < opening:
        notes.append(QuizNote(line, "error", 'a "}" comes before any "{"'))
        return None
    answers = rest[opening + 1 : closing].strip()
    blank = not rest.endswith("}")
    text = _with_format(rest[:opening] + (BLANK if blank else "") + rest[closing + 1 :])
    gf_at = answers.rfind("####")
    general = GiftText("", text.markup)
    if gf_at >= 0:
        general = _with_format(answers[gf_at + 4 :], text.markup)
        answers = answers[:gf_at].strip()
    question = replace(question, text=text, general_feedback=general, blank=blank)
    return _typed(question, answers, notes)


def _typed(question: GiftQuestion, answers: str, notes: list[QuizNote]) -> GiftQuestion | None:
    """The question with its type and answers, as ``readquestion`` decides them."""
    markup = question.text.markup
    if not answers:
        return replace(question, kind="essay")
    if answers.startswith("#"):
        return replace(question, kind="numeric")
    if "~" in answers:
        kind: Kind = "choice" if "=" in answers else "multiple"
        return _choice(replace(question, kind=kind), answers, notes)
    if "=" in answers and "->" in answers:
        return _pairs(question, answers, notes)
    word = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers
    if word in _TRUE_FALSE:
        bits = [*answers.split("#", 2), "", ""]
        return replace(
            question,
            kind="truefalse",
            truth=_TRUE_FALSE[word],
            wrong_feedback=_with_format(bits[1], markup),
            right_feedback=_with_format(bits[2], markup),
        )
    return _short(question, answers)


def _pieces(answers: str, separator: str) -> list[str]:
    """Moodle's split: on ``separator``, the first piece dropped when it is empty."""
    pieces = [piece.strip() for piece in answers.split(separator)]
    return pieces[1:] if pieces and not pieces[0] else pieces


def _with_feedback(answer: str, markup: Markup) -> tuple[GiftText, GiftText]:
    text, _, feedback = answer.partition("#")
    return _with_format(text, markup), _with_format(feedback, markup)


def _choice(question: GiftQuestion, answers: str, notes: list[QuizNote]) -> GiftQuestion | None:
    markup = question.text.markup
    pieces = _pieces(answers.replace("=", "~="), "~")
    if len(pieces) < 2:
        notes.append(QuizNote(question.line, "error", "a multiple choice needs two answers"))
        return None
    if not answers.startswith(("~", "=")):
        shown = _restore(pieces[0].split("#", 1)[0])
        notes.append(
            QuizNote(
                question.line,
                "warning",
                f'the answer "{shown}" starts with neither "=" nor "~": it is read as a '
                "wrong answer, as Moodle reads it",
            )
        )
    parsed = []
    for piece in pieces:
        weight = 0.0
        if piece.startswith("="):
            weight, piece = 100.0, piece[1:]
            if _WEIGHT.match(piece):
                notes.append(
                    QuizNote(
                        question.line,
                        "warning",
                        f'"={_restore(piece.split("#", 1)[0])}": Moodle reads "=" as 100% and '
                        'keeps a percentage after it as text; write "~%...%" for a share',
                    )
                )
        else:
            found = _WEIGHT.match(piece)
            if found:
                weight, piece = float(found.group(1)), piece[found.end() :]
        text, feedback = _with_feedback(piece, markup)
        parsed.append(GiftAnswer(text, weight, feedback))
    return replace(question, answers=tuple(parsed))


def _pairs(question: GiftQuestion, answers: str, notes: list[QuizNote]) -> GiftQuestion | None:
    pieces = _pieces(answers, "=")
    if len(pieces) < 2:
        notes.append(QuizNote(question.line, "error", "a matching question needs two pairs"))
        return None
    parsed = []
    for piece in pieces:
        left, arrow, right = piece.partition("->")
        if not arrow:
            message = f'a pair has no "->": "{_restore(piece)}"'
            notes.append(QuizNote(question.line, "error", message))
            return None
        # Moodle reads no feedback here: a "#" on either side is text ("C#").
        text = _with_format(left, question.text.markup)
        parsed.append(GiftAnswer(text, 100.0, match=_restore(right)))
    return replace(question, kind="match", answers=tuple(parsed))


def _short(question: GiftQuestion, answers: str) -> GiftQuestion:
    parsed = []
    for piece in _pieces(answers, "="):
        weight = 100.0
        found = _WEIGHT.match(piece)
        if found:
            weight, piece = float(found.group(1)), piece[found.end() :]
        text, feedback = _with_feedback(piece, question.text.markup)
        parsed.append(GiftAnswer(text, weight, feedback))
    return replace(question, kind="short", answers=tuple(parsed))
