"""Writing a pack's questions as a Moodle GIFT file, the way Moodle's own exporter does.

Each lesson starts a ``$CATEGORY:`` (``$course$/PACK-ID/LESSON-ID``), and each exercise
is one question, with its id in a comment as Moodle reads one (``// [id:pick]``),
its title, and its text in ``[markdown]`` (CloseRead's format; answers and feedback
inherit it). Text is escaped as Moodle's ``repchar`` escapes it (``\\ # = ~ { } :`` and
line breaks as ``\\n``), so every question is one line plus one line per answer.

- choice: ``=`` for an option worth 100% of a single choice, ``~`` for 0%, ``~%50%``
  for a share; a multiple choice writes every option with ``~`` (GIFT's sign of multiple
  answers is that no answer starts with ``=``). A single choice between "True" and
  "False" is GIFT's true/false, ``{TRUE#wrong feedback#right feedback}``;
- short answer: its accepted answers, ``{=one =other}``, with a star written ``\\*`` (not
  Moodle's wildcard); one with none would read as an essay, so it is skipped;
- matching: ``=left -> right``, a distractor ``= -> item``;
- writing: an essay, ``{}``;
- marking and analogy exercises have no GIFT form and are skipped.

Whatever GIFT has no place for (points, hints, a rubric, ...) is listed in the notes.
Importing the file again (:mod:`closeread.core.authoring.gift_import`) gives back the
same exercises, less those settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from closeread.core.authoring.question_export import QuestionExport, not_kept
from closeread.core.authoring.question_rules import (
    DEFAULT_CRITERION,
    is_true_false,
    moodle_answer,
)
from closeread.core.pack.markdowntext import escape_markdown
from closeread.core.pack.model import (
    AnyExercise,
    ChoiceExercise,
    MatchExercise,
    Pack,
    ShortAnswerExercise,
    WritingCriterion,
    WritingExercise,
)

_REPCHAR = str.maketrans(
    {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"}
)


class _Unwritable(ValueError):
    """An exercise GIFT cannot hold; the message says why."""


def export_gift(pack: Pack) -> QuestionExport:
    """The GIFT file of ``pack``'s choice, short-answer, matching and writing exercises."""
    blocks = [f"// {pack.title} ({pack.id} {pack.version}), written by CloseRead"]
    count = 0
    notes: list[str] = []
    for lesson in pack.lessons:
        category = f"$CATEGORY: $course$/{pack.id}/{lesson.id}"
        for exercise in lesson.exercises:
            name = f"{lesson.id}/{exercise.id}"
            try:
                question = _question(exercise)
            except _Unwritable as error:
                notes.append(f"{name}: skipped: {error}")
                continue
            if category:
                blocks.append(category)
                category = ""
            blocks.append(question)
            count += 1
            lost = _lost(exercise)
            if lost:
                notes.append(f"{name}: warning: GIFT has no place for {', '.join(lost)}")
    data = ("\n\n".join(blocks) + "\n").encode("utf-8")
    return QuestionExport(data, count, tuple(notes), ".gift")


def escape(text: str) -> str:
    """``text`` as GIFT writes it: its special characters escaped, on one line."""
    return text.replace("\r", "").translate(_REPCHAR).replace("\n", "\\n")


def _question(exercise: AnyExercise) -> str:
    if exercise.kind not in _WRITERS:
        what = "an analogy" if exercise.kind == "analogy" else "a marking exercise"
        raise _Unwritable(f"{what} has no GIFT form")
    answers = _WRITERS[exercise.kind](exercise)
    head = f"// [id:{exercise.id}]\n::{escape(exercise.title)}::[markdown]{escape(exercise.prompt)}"
    general = f"####{escape(exercise.explanation)}" if exercise.explanation else ""
    if isinstance(answers, str):  # true/false: on one line, as Moodle writes it
        return f"{head}{{{answers}{general}}}"
    if not answers:
        return f"{head}{{{general}}}"
    lines = [f"\t{answer}" for answer in answers]
    if general:
        lines.append(f"\t{general}")
    return head + "{\n" + "\n".join(lines) + "\n}"


def _number(percent: float) -> str:
    rounded = round(percent, 5)
    return str(int(rounded)) if rounded == int(rounded) else repr(rounded)


def _choice(exercise: ChoiceExercise) -> list[str] | str:
    if is_true_false(exercise):
        right, wrong = sorted(exercise.options, key=lambda option: -option.weight)
        answer = "TRUE" if right.text == "True" else "FALSE"
        if wrong.feedback or right.feedback:
            answer += f"#{escape(wrong.feedback)}"
        if right.feedback:
            answer += f"#{escape(right.feedback)}"
        return answer
    answers: list[str] = []
    tilde = any(option.weight != 1 for option in exercise.options) or exercise.multiple
    for option in exercise.options:
        percent = option.weight * 100
        if not exercise.multiple and percent == 100 and (tilde or not answers):
            marker = "="
        elif percent == 0:
            marker = "~"
        else:
            marker = f"~%{_number(percent)}%"
        feedback = f"#{escape(option.feedback)}" if option.feedback else ""
        answers.append(f"{marker}{escape(option.text)}{feedback}")
    return answers


def _short(exercise: ShortAnswerExercise) -> list[str]:
    if not exercise.accepted:
        raise _Unwritable(
            "a short answer that accepts no answer has no GIFT form (empty braces are an essay)"
        )
    if any("->" in answer for answer in exercise.accepted):
        raise _Unwritable('an accepted answer holds "->", which GIFT reads as a matching pair')
    return [f"={escape(moodle_answer(answer))}" for answer in exercise.accepted]


def _pairs(exercise: MatchExercise) -> list[str]:
    answers = []
    for pair in exercise.pairs:
        if "->" in pair.left:
            raise _Unwritable(f'the left item "{pair.left}" holds "->", which GIFT cannot write')
        # The left side is in the question's format, Markdown; the right is plain text.
        answers.append(f"={escape(escape_markdown(pair.left))} -> {escape(pair.right)}")
    answers += [f"= -> {escape(item)}" for item in exercise.distractors]
    return answers


def _essay(exercise: WritingExercise) -> list[str]:
    return []


# What each kind writes between the braces: answer lines, or one line (true/false).
_WRITERS: dict[str, Callable[[Any], list[str] | str]] = {
    "choice": _choice,
    "short": _short,
    "match": _pairs,
    "writing": _essay,
}


def _lost(exercise: AnyExercise) -> list[str]:
    kept = {"options", "multiple", "accepted", "pairs", "distractors"}
    if exercise.kind == "choice" and is_true_false(cast(ChoiceExercise, exercise)):
        kept.add("shuffle")  # Moodle shows True, then False
    if exercise.kind == "writing":
        criteria = cast(WritingExercise, exercise).criteria
        if [_criterion(item) for item in criteria] == [DEFAULT_CRITERION]:
            kept.add("criteria")  # the one an essay gets on import
    return not_kept(exercise, kept)


def _criterion(item: WritingCriterion) -> dict[str, Any]:
    """A criterion as a lesson file writes it, to compare with ``DEFAULT_CRITERION``."""
    weight = round(item.weight * 100, 5)
    written = int(weight) if weight == int(weight) else weight
    return {"name": item.name, "weight": written, "levels": list(item.levels)}
