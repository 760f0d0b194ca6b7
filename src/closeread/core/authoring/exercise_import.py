"""Adding exercises made from another format to a pack folder, all of them or none.

An importer (Moodle XML, W3C annotations) turns what it read into :class:`Draft`
exercises; :func:`add_exercises` then

1. finds the lesson file they go to: the one named (a path inside the pack, made and
   listed in ``pack.toml`` when new) or the pack's last;
2. gives each draft an id of its own, made from its name;
3. checks every draft by the checker's own rules (the lesson schema and
   :class:`~closeread.core.pack.exercises.ExerciseBuilder`), in memory;
4. only when no draft has an error, writes the pictures, the lesson file and ``pack.toml``.

So a file with a mistake adds nothing: :class:`ImportRefused` lists every problem, each
with the place in the imported file and the question's name.
"""

from __future__ import annotations

import posixpath
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit

from closeread.core.authoring.lesson_writer import LessonDocument
from closeread.core.authoring.pack_images import ImageFolderError, PackImages
from closeread.core.files.problems import ProblemList
from closeread.core.pack.exercises import ExerciseBuilder
from closeread.core.pack.ids import slugify, unique_id
from closeread.core.pack.model import Article, Label
from closeread.core.toml.edit import TomlDocument, TomlEditError
from closeread.core.toml.read import TomlFile, validate

_NO_ARTICLE = Article(markdown="", text="", blocks=())
LINE = 88  # a list of texts longer than this is written one text a line


class ImportRefused(Exception):
    """Nothing was added; ``lines`` say why, one problem each."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


@dataclass
class Draft:
    """One exercise to add: its kind, title and keys (besides id, kind and title)."""

    kind: str
    title: str
    fields: dict[str, Any]
    name: str  # the question's name, for messages and the id
    where: str  # "FILE:LINE", where it was read
    comment: str = ""  # written just below its [[exercises]] header
    exercise_id: str = ""  # the id to give it; "" to make one from its name


@dataclass(frozen=True)
class Added:
    lesson_file: str  # relative to the pack
    ids: tuple[str, ...]
    created: bool  # a new lesson file, now listed in pack.toml
    images: tuple[str, ...] = field(default=())


def add_exercises(
    pack_dir: str | Path,
    drafts: Sequence[Draft],
    *,
    lesson: str | None = None,
    new_lesson_title: str = "Imported questions",
    images: PackImages | None = None,
    labels: tuple[Label, ...] = (),
    article: Article | None = None,
) -> Added:
    """Add ``drafts`` to a lesson of the pack folder ``pack_dir`` (see the module's doc).
    ``labels`` and ``article`` are the pack's, for checking marking exercises."""
    root = Path(pack_dir)
    pack_toml, listed = pack_lessons(root)
    relative = lesson_path(root, lesson) if lesson else listed[-1] if listed else None
    if relative is None:
        raise ImportRefused([f"{root / 'pack.toml'}: error: the pack lists no lesson file"])
    path = root / relative
    created = not path.exists()
    try:
        if created:
            base = slugify(Path(relative).stem) or "imported"
            lesson_id = unique_id(base, lesson_ids(root, listed))
            document = LessonDocument.create(path, lesson_id, new_lesson_title)
        else:
            document = LessonDocument.open(path)
    except TomlEditError as error:
        raise ImportRefused([f"error: {error}"]) from error
    taken = set(document.exercise_ids())
    for draft in drafts:
        base = draft.exercise_id or slugify(draft.name, max_words=6) or "question"
        draft.exercise_id = unique_id(base, taken)
        taken.add(draft.exercise_id)
    problems = check_drafts(drafts, labels=labels, article=article)
    if problems:
        raise ImportRefused(problems)
    if not drafts:
        return Added(relative, (), False)
    try:
        written = tuple(images.write()) if images is not None else ()
        for draft in drafts:
            document.add_exercise(
                draft.kind,
                draft.exercise_id,
                draft.title,
                fields=_laid_out(draft.fields),
                comment=draft.comment,
            )
        document.save()
        if relative not in listed:
            pack_toml.doc["lessons"].append(relative)
            pack_toml.save()
    except (TomlEditError, ImageFolderError) as error:
        raise ImportRefused([f"error: {error}"]) from error
    return Added(relative, tuple(d.exercise_id for d in drafts), created, written)


def check_drafts(
    drafts: Sequence[Draft], *, labels: tuple[Label, ...] = (), article: Article | None = None
) -> list[str]:
    """Each draft's errors by the checker's rules, as "FILE:LINE: error: ..." lines."""
    lines = []
    for draft in drafts:
        entry = {"id": draft.exercise_id or "staged", "kind": draft.kind, "title": draft.title}
        data = {"id": "staged", "title": "staged", "exercises": [entry | draft.fields]}
        toml = TomlFile(draft.where, data, "")
        problems = ProblemList()
        if validate(toml, "lesson.schema.json", problems):
            builder = ExerciseBuilder(
                toml, article or _NO_ARTICLE, labels, {}, 0.5, "full", problems
            )
            builder.lesson()
        lines += [
            f'{draft.where}: error: "{draft.name}": {problem.message}'
            for problem in problems
            if problem.severity == "error"
        ]
    return lines


def _laid_out(value: Any) -> Any:
    """``value`` with each long list of texts written one text a line, as a person would."""
    if isinstance(value, dict):
        return {key: _laid_out(inner) for key, inner in value.items()}
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return [_laid_out(item) for item in value]
    texts = isinstance(value, list) and all(isinstance(item, str) for item in value)
    if texts and len(value) > 1 and sum(len(item) + 4 for item in value) > LINE:
        array = tomlkit.array()
        for item in value:
            array.append(item)
        return array.multiline(True)
    return value


def pack_lessons(root: Path) -> tuple[TomlDocument, list[str]]:
    """``pack.toml``, open for editing, and the lesson files it lists."""
    path = root / "pack.toml"
    if not path.is_file():
        raise ImportRefused([f"{path}: error: no such file: is {root} a pack folder?"])
    try:
        pack_toml = TomlDocument.open(path)
    except TomlEditError as error:
        raise ImportRefused([f"error: {error}; run closeread check on the pack"]) from error
    lessons = pack_toml.doc.get("lessons")
    if not isinstance(lessons, list) or not all(isinstance(item, str) for item in lessons):
        raise ImportRefused([f'{path}: error: "lessons" must be a list of lesson files'])
    return pack_toml, [str(item) for item in lessons]


def lesson_path(root: Path, lesson: str) -> str:
    """``lesson`` as the pack names files: relative to the pack, with "/"."""
    given = Path(lesson)
    if given.is_absolute():
        try:
            given = given.resolve().relative_to(root.resolve())
        except ValueError as error:
            message = f"error: the lesson file {lesson} is not inside the pack {root}"
            raise ImportRefused([message]) from error
    relative = posixpath.normpath(given.as_posix().replace("\\", "/"))
    if relative.startswith("../") or relative == ".." or not relative.endswith(".toml"):
        message = f'error: the lesson file must be a ".toml" file inside the pack: {lesson}'
        raise ImportRefused([message])
    return relative


def lesson_ids(root: Path, listed: list[str]) -> set[str]:
    ids = set()
    for relative in listed:
        try:
            ids.add(str(tomllib.loads((root / relative).read_text(encoding="utf-8"))["id"]))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError):
            continue  # the checker reports it; any id will do here
    return ids
