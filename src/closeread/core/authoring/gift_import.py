"""Adding the questions of a Moodle GIFT file to a pack, as exercises of a lesson file.

Each question CloseRead has an exercise for becomes one, appended to the lesson file with
tomlkit (the file's comments and layout stay as they were): multiple choice and multiple
answers become ``choice`` exercises (GIFT's percentages are CloseRead's weights), true/false
a choice between "True" and "False", short answer ``short``, matching ``match``. Numeric,
essay and missing-word questions, and texts with no answers, are listed as skipped with
their line numbers. A GIFT file with a syntax error adds nothing.

Texts in Markdown fields are converted from the question's format: ``[markdown]`` is kept,
``[html]`` and Moodle's default format lose every tag but paragraphs, lists and emphasis,
``[plain]`` is escaped so that it shows as written.
"""

from __future__ import annotations

import posixpath
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from closeread.core.authoring.gift import GiftQuestion, parse_gift
from closeread.core.authoring.lesson_writer import LessonDocument
from closeread.core.pack.ids import slugify, unique_id
from closeread.core.pack.markdowntext import html_to_markdown, html_to_text, plain_to_markdown
from closeread.core.toml.edit import TomlDocument, TomlEditError

MAX_GIFT_BYTES = 16 * 1024 * 1024
_SKIPPED = {
    "numeric": "numeric question",
    "essay": "essay question",
    "missing-word": "missing-word question",
    "description": "text with no answers",
}


class GiftImportError(Exception):
    """Nothing was imported; ``lines`` say why, one problem each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class GiftImport:
    lesson_file: str  # the lesson file written, relative to the pack
    added: tuple[str, ...]  # the ids of the exercises added
    notes: tuple[str, ...]  # "FILE:LINE: skipped: ..." and "FILE:LINE: warning: ..." lines
    created: bool  # a new lesson file, now listed in pack.toml


def import_gift(
    gift_path: str | Path, pack_dir: str | Path, *, lesson: str | None = None
) -> GiftImport:
    """Append the questions of ``gift_path`` to a lesson of the pack folder ``pack_dir``:
    ``lesson`` (a path inside the pack, created and listed when new), else its last."""
    shown = str(gift_path)
    parsed = parse_gift(_read_gift(Path(gift_path)))
    errors = [
        f"{shown}:{n.line}: error: {n.message}" for n in parsed.notes if n.severity == "error"
    ]
    if errors:
        raise GiftImportError(errors)
    notes = [f"{shown}:{n.line}: {n.severity}: {n.message}" for n in parsed.notes]
    root = Path(pack_dir)
    pack_toml, listed = _pack_lessons(root)
    relative = _lesson_path(root, lesson) if lesson else listed[-1] if listed else None
    if relative is None:
        raise GiftImportError([f"{root / 'pack.toml'}: error: the pack lists no lesson file"])
    path = root / relative
    created = not path.exists()
    try:
        if created:
            base = slugify(Path(relative).stem) or "imported"
            lesson_id = unique_id(base, _lesson_ids(root, listed))
            title = f"Questions from {Path(gift_path).name}"
            document = LessonDocument.create(path, lesson_id, title)
        else:
            document = LessonDocument.open(path)
    except TomlEditError as error:
        raise GiftImportError([f"error: {error}"]) from error
    taken = set(document.exercise_ids())
    added = []
    for question in parsed.questions:
        if question.kind in _SKIPPED:
            skipped = f'{_SKIPPED[question.kind]} "{question.name}"'
            notes.append(f"{shown}:{question.line}: skipped: {skipped}")
            continue
        fields, warnings = exercise_fields(question)
        notes += [f"{shown}:{question.line}: warning: {warning}" for warning in warnings]
        exercise_id = unique_id(slugify(question.name, max_words=6) or "question", taken)
        taken.add(exercise_id)
        kind = "choice" if question.kind in {"multiple", "truefalse"} else question.kind
        comment = f"Imported from {Path(gift_path).name}, line {question.line}"
        document.add_exercise(kind, exercise_id, _title(question), fields=fields, comment=comment)
        added.append(exercise_id)
    if added:
        _save(document)
        if relative not in listed:
            pack_toml.doc["lessons"].append(relative)
            _save(pack_toml)
    return GiftImport(relative, tuple(added), tuple(notes), created and bool(added))


def exercise_fields(question: GiftQuestion) -> tuple[dict[str, Any], list[str]]:
    """The keys of the exercise made from ``question`` (besides id, kind and title), and
    warnings about what could not be kept."""
    markdown = _converter(question.markup, markdown=True)
    plain = _converter(question.markup, markdown=False)
    fields: dict[str, Any] = {"prompt": markdown(question.text)}
    warnings: list[str] = []
    if question.kind in {"choice", "multiple"}:
        if question.kind == "multiple":
            fields["multiple"] = True
        fields["options"] = [
            _option(
                markdown(answer.text),
                _weight(answer.weight, 100 if answer.correct else 0),
                markdown(answer.feedback),
            )
            for answer in question.answers
        ]
    elif question.kind == "truefalse":
        right, wrong = markdown(question.right_feedback), markdown(question.wrong_feedback)
        fields["options"] = [
            _option("True", 100, right) if question.truth else _option("True", 0, wrong),
            _option("False", 0, wrong) if question.truth else _option("False", 100, right),
        ]
    elif question.kind == "short":
        accepted = []
        for answer in question.answers:
            weight = _weight(answer.weight, 100)
            if weight != 100:
                warnings.append(
                    f'the answer "{plain(answer.text)}" is worth {weight}%: CloseRead accepts '
                    "whole answers for full points only, so it is left out (such answers go "
                    "to the teacher for review)"
                )
            else:
                accepted.append(plain(answer.text))
            if answer.feedback:
                warnings.append(f'the feedback for "{plain(answer.text)}" is left out')
        fields["accept"] = [answer for answer in accepted if answer]
    elif question.kind == "match":
        pairs = [a for a in question.answers if plain(a.text)]
        distractors = [plain(a.match) for a in question.answers if not plain(a.text)]
        if distractors:
            fields["distractors"] = distractors
        fields["pairs"] = [{"left": plain(a.text), "right": plain(a.match)} for a in pairs]
    if question.general_feedback:
        fields["explanation"] = markdown(question.general_feedback)
    return {key: value for key, value in fields.items() if value != ""}, warnings


def _option(text: str, weight: float | int, feedback: str) -> dict[str, Any]:
    option: dict[str, Any] = {"text": text}
    if weight:
        option["weight"] = weight
    if feedback:
        option["feedback"] = feedback
    return option


def _weight(weight: float | None, default: int) -> float | int:
    if weight is None:
        return default
    return int(weight) if weight == int(weight) else round(weight, 5)


def _converter(markup: str, *, markdown: bool) -> Callable[[str], str]:
    """How a text in ``markup`` becomes Markdown (or plain text, for titles, accepted
    answers and matching items)."""

    def convert(text: str) -> str:
        if markup == "markdown":
            return text.strip() if markdown else " ".join(text.split())
        if markup == "plain":
            return plain_to_markdown(text) if markdown else " ".join(text.split())
        if markup == "moodle":  # Moodle's own format: HTML in which line breaks count
            text = text.replace("\n", "<br>")
        return html_to_markdown(text) if markdown else " ".join(html_to_text(text).split())

    return convert


def _title(question: GiftQuestion) -> str:
    if question.title:
        return question.title
    text = " ".join(_converter(question.markup, markdown=False)(question.text).split())
    if not text:
        return "Question"
    return text if len(text) <= 60 else text[:59].rsplit(" ", 1)[0] + "…"


def _read_gift(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_GIFT_BYTES + 1)
    except OSError as error:
        raise GiftImportError([f"{path}: error: cannot read the file: {error.strerror}"]) from error
    if len(raw) > MAX_GIFT_BYTES:
        raise GiftImportError([f"{path}: error: the file is larger than {MAX_GIFT_BYTES:,} bytes"])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise GiftImportError(
            [f"{path}:{line}: error: the file is not UTF-8 text; save it as UTF-8 and try again"]
        ) from error


def _pack_lessons(root: Path) -> tuple[TomlDocument, list[str]]:
    path = root / "pack.toml"
    if not path.is_file():
        raise GiftImportError([f"{path}: error: no such file: is {root} a pack folder?"])
    try:
        pack_toml = TomlDocument.open(path)
    except TomlEditError as error:
        raise GiftImportError([f"error: {error}; run closeread check on the pack"]) from error
    lessons = pack_toml.doc.get("lessons")
    if not isinstance(lessons, list) or not all(isinstance(item, str) for item in lessons):
        raise GiftImportError([f'{path}: error: "lessons" must be a list of lesson files'])
    return pack_toml, [str(item) for item in lessons]


def _lesson_path(root: Path, lesson: str) -> str:
    """``lesson`` as the pack names files: relative to the pack, with "/"."""
    given = Path(lesson)
    if given.is_absolute():
        try:
            given = given.resolve().relative_to(root.resolve())
        except ValueError as error:
            message = f"error: the lesson file {lesson} is not inside the pack {root}"
            raise GiftImportError([message]) from error
    relative = posixpath.normpath(given.as_posix().replace("\\", "/"))
    if relative.startswith("../") or relative == ".." or not relative.endswith(".toml"):
        message = f'error: the lesson file must be a ".toml" file inside the pack: {lesson}'
        raise GiftImportError([message])
    return relative


def _lesson_ids(root: Path, listed: list[str]) -> set[str]:
    ids = set()
    for relative in listed:
        try:
            ids.add(str(tomllib.loads((root / relative).read_text(encoding="utf-8"))["id"]))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError):
            continue  # the checker reports it; any id will do here
    return ids


def _save(document: TomlDocument) -> None:
    try:
        document.save()
    except TomlEditError as error:
        raise GiftImportError([f"error: {error}"]) from error
