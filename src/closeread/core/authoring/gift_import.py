"""Adding the questions of a Moodle GIFT file to a pack, as exercises of a lesson file.

The file is read (UTF-8, at most ``MAX_GIFT_BYTES``), recognised (a Moodle XML file or
anything else that is clearly not GIFT is refused, with the command that reads it:
:func:`closeread.core.authoring.quiz_format.wrong_format`), parsed as Moodle parses it
(:mod:`closeread.core.authoring.gift`), and each question is made an exercise
(:mod:`closeread.core.authoring.gift_convert`). Every question is converted and checked
before anything is written (:mod:`closeread.core.authoring.question_import`): a file
with a mistake adds nothing, and lists every mistake with its line.
"""

from __future__ import annotations

from pathlib import Path

from closeread.core.authoring.gift import parse_gift
from closeread.core.authoring.gift_convert import convert
from closeread.core.authoring.question_import import (
    NewExercise,
    QuestionImportError,
    QuizImport,
    add_exercises,
    read_quiz,
)
from closeread.core.authoring.quiz_format import wrong_format

MAX_GIFT_BYTES = 16 * 1024 * 1024
GiftImportError = QuestionImportError


def import_gift(
    gift_path: str | Path, pack_dir: str | Path, *, lesson: str | None = None
) -> QuizImport:
    """Append the questions of ``gift_path`` to a lesson of the pack folder ``pack_dir``:
    ``lesson`` (a path inside the pack, created and listed when new), else its last."""
    shown = str(gift_path)
    text = _read_gift(Path(gift_path), pack_dir)
    refused = wrong_format(text, shown, "gift", pack_dir)
    if refused:
        raise GiftImportError([refused])
    parsed = parse_gift(text)
    notes = list(parsed.notes)
    exercises: list[NewExercise] = []
    for question in parsed.questions:
        exercise, found = convert(question)
        notes += found
        if exercise is not None:
            exercises.append(exercise)
    notes.sort(key=lambda note: note.line)
    errors = [f"{shown}:{n.line}: error: {n.message}" for n in notes if n.severity == "error"]
    if errors:
        raise GiftImportError(errors)
    added = add_exercises(exercises, pack_dir, source=gift_path, lesson=lesson)
    lines = [f"{shown}:{note.line}: {note.severity}: {note.message}" for note in notes]
    return QuizImport.of(added, lines)


def _read_gift(path: Path, pack_dir: str | Path) -> str:
    raw = read_quiz(path, "gift", pack_dir, MAX_GIFT_BYTES)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise GiftImportError(
            [f"{path}:{line}: error: the file is not UTF-8 text; save it as UTF-8 and try again"]
        ) from error
