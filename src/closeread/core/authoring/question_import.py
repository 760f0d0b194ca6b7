"""Adding exercises made from another quiz format to a pack: checked first, then written
all at once, or not at all.

The quiz importers (GIFT, Moodle XML) make exercises of the questions they read, each
with the line of the file it came from (``NewExercise``), and the pictures those carry
(:class:`~closeread.core.authoring.pack_images.PackImages`), and hand them here:

1. each gets an id: the one its file gives it when that is a free id, else one made
   from its title, kept apart from the ids the lesson has;
2. the checker's own rules run on them (:mod:`closeread.core.authoring.exercise_check`),
   with the pack's labels and article when the importer has them: with any error
   nothing is written, and each error names the line of the quiz file;
3. the pictures are written as files of the pack, then the exercises are appended to
   the lesson file as text, one ``[[exercises]]`` table each with a comment naming
   where it came from (:func:`closeread.core.toml.write.array_table`). What the file
   held stays byte for byte; the whole is read back with ``tomllib`` and its size
   checked before anything is written. Building each table with tomlkit instead made
   importing thousands of questions take minutes.

The lesson is the one named (a path inside the pack, made and listed in ``pack.toml``
when new), else the pack's last.
"""

from __future__ import annotations

import hashlib
import posixpath
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from closeread.core.authoring.exercise_check import exercise_errors
from closeread.core.authoring.pack_images import PackImages
from closeread.core.authoring.quiz_format import wrong_format
from closeread.core.files.atomic import write_atomic
from closeread.core.pack.ids import is_id, slugify, unique_id
from closeread.core.pack.model import Article, Label
from closeread.core.toml.edit import TomlDocument, TomlEditError, file_bytes, file_style
from closeread.core.toml.read import MAX_TOML_BYTES
from closeread.core.toml.write import array_table, dumps


class QuestionImportError(Exception):
    """Nothing was imported; ``lines`` say why, one problem each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class NewExercise:
    """An exercise made from a question, as a lesson file holds it."""

    line: int  # where the question starts in its file
    kind: str
    title: str
    fields: dict[str, Any] = field(default_factory=dict)  # besides id, kind and title
    wanted_id: str = ""  # the id the file gives it ("[id:...]"), used when free
    comment: str = ""  # more comment lines, after the one naming where it came from


@dataclass(frozen=True)
class Added:
    lesson_file: str  # the lesson file written, relative to the pack
    ids: tuple[str, ...]  # the ids of the exercises added, in order
    created: bool  # a new lesson file, now listed in pack.toml
    images: tuple[str, ...] = ()  # the pictures written, relative to the pack


@dataclass(frozen=True)
class QuizImport:
    """What an importer did: ``Added`` and its notes on the questions it read."""

    lesson_file: str  # the lesson file written, relative to the pack
    added: tuple[str, ...]  # the ids of the exercises added
    notes: tuple[str, ...]  # "FILE:LINE: skipped: ...", "... warning: ...", "... note: ..."
    created: bool  # a new lesson file, now listed in pack.toml
    images: tuple[str, ...] = ()  # the pictures written, relative to the pack

    @classmethod
    def of(cls, added: Added, notes: Sequence[str]) -> QuizImport:
        return cls(added.lesson_file, added.ids, tuple(notes), added.created, added.images)


def add_exercises(
    exercises: Sequence[NewExercise],
    pack_dir: str | Path,
    *,
    source: str | Path,
    lesson: str | None = None,
    images: PackImages | None = None,
    labels: tuple[Label, ...] = (),
    article: Article | None = None,
) -> Added:
    """Append ``exercises``, made from the quiz file ``source``, to a lesson of the pack
    folder ``pack_dir``, and write the pictures ``images`` planned for them;
    ``QuestionImportError`` (and nothing written) when any is wrong. ``labels`` and
    ``article`` are the pack's, for the rules of marking exercises."""
    root, shown = Path(pack_dir), str(source)
    pack_toml, listed = pack_lessons(root)
    relative = _lesson_path(root, lesson) if lesson else listed[-1] if listed else None
    if relative is None:
        raise QuestionImportError([f"{root / 'pack.toml'}: error: the pack lists no lesson file"])
    path = root / relative
    created = not path.exists()
    raw = b"" if created else _read_lesson(path)
    text, ids = _lesson_text(path, raw, root, listed, Path(source).name, created)
    taken = set(ids)
    entries = []
    for exercise in exercises:
        wanted = exercise.wanted_id if is_id(exercise.wanted_id) else slugify(exercise.wanted_id)
        if not wanted or wanted in taken:
            wanted = unique_id(slugify(exercise.title, max_words=6) or "question", taken)
        taken.add(wanted)
        entries.append({"id": wanted, "kind": exercise.kind, "title": exercise.title})
        entries[-1].update(exercise.fields)
    errors = [
        f"{shown}:{exercises[index].line if index >= 0 else 0}: error: {message}"
        for index, message in exercise_errors(entries, root, labels=labels, article=article)
    ]
    if errors:
        raise QuestionImportError(errors)
    if not entries:
        return Added(relative, (), False)
    name = Path(source).name
    pieces = [text if not text or text.endswith("\n") else text + "\n"]
    for exercise, entry in zip(exercises, entries, strict=True):
        comment = f"Imported from {name}, line {exercise.line}\n{exercise.comment}".strip()
        pieces.append("\n" + array_table("exercises", entry, comment=comment))
    new_text = "".join(pieces)
    bom, crlf = file_style(raw.decode("utf-8")) if raw else (False, False)
    data = file_bytes(new_text, bom=bom, crlf=crlf)
    _check_written(path, data, len(ids), len(entries))
    try:
        pictures = tuple(images.write()) if images is not None else ()
    except OSError as error:  # ImageFolderError: the images folder is a link, say
        raise QuestionImportError([f"error: {error}"]) from error
    _write(path, data, raw if not created else None)
    if relative not in listed:
        pack_toml.doc["lessons"].append(relative)
        try:
            pack_toml.save()
        except TomlEditError as error:
            raise QuestionImportError([f"error: {error}"]) from error
    return Added(relative, tuple(entry["id"] for entry in entries), created, pictures)


def read_quiz(path: str | Path, expected: str, pack_dir: str | Path, limit: int) -> bytes:
    """The bytes of the quiz file ``path``, refused (``QuestionImportError``) when it
    cannot be read, is larger than ``limit`` bytes, or starts as another format does
    (:func:`~closeread.core.authoring.quiz_format.wrong_format`, naming its command)."""
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        message = f"{path}: error: cannot read the file: {error.strerror or error}"
        raise QuestionImportError([message]) from error
    if len(raw) > limit:
        raise QuestionImportError([f"{path}: error: the file is larger than {limit:,} bytes"])
    refused = wrong_format(raw[:4096], str(path), expected, pack_dir)
    if refused:
        raise QuestionImportError([refused])
    return raw


def _lesson_text(
    path: Path, raw: bytes, root: Path, listed: list[str], name: str, created: bool
) -> tuple[str, list[str]]:
    """The lesson file's text (a new one's first lines) and the ids of its exercises."""
    if created:
        base = slugify(path.stem) or "imported"
        lesson_id = unique_id(base, _lesson_ids(root, listed))
        return dumps({"id": lesson_id, "title": f"Questions from {name}"}), []
    text = raw.decode("utf-8").removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise QuestionImportError(
            [f"{path}: error: TOML syntax: {error}; run closeread check on the pack"]
        ) from error
    exercises = data.get("exercises", [])
    if not isinstance(exercises, list):
        raise QuestionImportError([f'{path}: error: "exercises" is not a list of exercises'])
    return text, [
        str(entry.get("id", "")) if isinstance(entry, dict) else "" for entry in exercises
    ]


def _read_lesson(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise QuestionImportError(
            [f"{path}: error: cannot read the file: {error.strerror}"]
        ) from error
    if len(raw) > MAX_TOML_BYTES:
        raise QuestionImportError(
            [f"{path}: error: the file is larger than {MAX_TOML_BYTES:,} bytes"]
        )
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise QuestionImportError([f"{path}: error: the file is not valid UTF-8 text"]) from error
    return raw


def _check_written(path: Path, data: bytes, before: int, added: int) -> None:
    """The new file must fit the size limit and read as TOML with every exercise in it."""
    size = len(data)
    if size > MAX_TOML_BYTES:
        raise QuestionImportError(
            [
                f"{path}: error: with {added:,} more exercises the lesson file would be "
                f"{size:,} bytes, and a lesson file holds at most {MAX_TOML_BYTES:,}: import "
                "the questions into a lesson of their own (--lesson), or split the file"
            ]
        )
    try:
        written = tomllib.loads(data.decode("utf-8").removeprefix("\ufeff")).get("exercises")
        if not isinstance(written, list) or len(written) != before + added:
            raise tomllib.TOMLDecodeError("the exercises read back are not the ones written")
    except tomllib.TOMLDecodeError as error:
        raise QuestionImportError(
            [
                f"{path}: error: exercises cannot be added to this file as [[exercises]] "
                f"tables ({error}); write its exercises as [[exercises]] tables, or import "
                "into another lesson (--lesson)"
            ]
        ) from error


def _write(path: Path, data: bytes, before: bytes | None) -> None:
    try:
        if before is not None and _digest(path.read_bytes()) != _digest(before):
            raise QuestionImportError(
                [f"{path}: error: the file changed on disk while importing; import again"]
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError as error:
        message = f"{path}: error: cannot write the file: {error.strerror or error}"
        raise QuestionImportError([message]) from error


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack_lessons(root: Path) -> tuple[TomlDocument, list[str]]:
    """``pack.toml``, open for editing, and the lesson files it lists."""
    path = root / "pack.toml"
    if not path.is_file():
        raise QuestionImportError([f"{path}: error: no such file: is {root} a pack folder?"])
    try:
        pack_toml = TomlDocument.open(path)
    except TomlEditError as error:
        raise QuestionImportError([f"error: {error}; run closeread check on the pack"]) from error
    lessons = pack_toml.doc.get("lessons")
    if not isinstance(lessons, list) or not all(isinstance(item, str) for item in lessons):
        raise QuestionImportError([f'{path}: error: "lessons" must be a list of lesson files'])
    return pack_toml, [str(item) for item in lessons]


def _lesson_path(root: Path, lesson: str) -> str:
    """``lesson`` as the pack names files: relative to the pack, with "/"."""
    given = Path(lesson)
    if given.is_absolute():
        try:
            given = given.resolve().relative_to(root.resolve())
        except ValueError as error:
            message = f"error: the lesson file {lesson} is not inside the pack {root}"
            raise QuestionImportError([message]) from error
    relative = posixpath.normpath(given.as_posix().replace("\\", "/"))
    if relative.startswith("../") or relative == ".." or not relative.endswith(".toml"):
        message = f'error: the lesson file must be a ".toml" file inside the pack: {lesson}'
        raise QuestionImportError([message])
    return relative


def _lesson_ids(root: Path, listed: list[str]) -> set[str]:
    ids = set()
    for relative in listed:
        try:
            ids.add(str(tomllib.loads((root / relative).read_text(encoding="utf-8"))["id"]))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError):
            continue  # the checker reports it; any id will do here
    return ids
