"""Writing W3C annotations into a pack as the key of a marking exercise.

``closeread pack import-annotations FILE --into DIR --exercise LESSON/EXERCISE``: the
annotations of FILE (read and anchored by :mod:`closeread.core.authoring.annotation_import`)
become the key of that exercise, in its lesson file. An exercise that does not exist yet
is made, a marking exercise with the labels the annotations use; one that exists must be
a marking exercise (or a marking part of an analogy, ``LESSON/ANALOGY/PART``) whose key is
empty, unless ``replace`` says to replace its key. Every annotation must anchor, or
nothing is written.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from closeread.core.authoring.annotation_import import (
    Anchored,
    anchor_all,
    read_annotations,
    read_file,
)
from closeread.core.authoring.annotations import AnnotationError
from closeread.core.authoring.lesson_writer import LessonDocument, LessonEditError
from closeread.core.authoring.question_import import QuestionImportError, pack_lessons
from closeread.core.pack.ids import is_id
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import Label, Pack

NEW_TITLE = "Mark the passages"
NEW_PROMPT = "Select the words, then press the number of their label."


@dataclass(frozen=True)
class KeyImport:
    lesson_file: str  # relative to the pack
    exercise: str  # "LESSON/EXERCISE" as given
    spans: tuple[str, ...]  # the ids of the key spans written
    created: bool  # the exercise is new
    replaced: int = 0  # key spans the new key took the place of
    duplicates: int = 0  # annotations of a passage and label given before, left out


def import_annotations(
    annotations_path: str | Path,
    pack_dir: str | Path,
    ref: str,
    *,
    replace: bool = False,
) -> KeyImport:
    """The annotations of ``annotations_path`` as the key of ``ref`` in ``pack_dir``;
    :class:`QuestionImportError` (nothing written) when any of them does not anchor."""
    shown = str(annotations_path)
    root = Path(pack_dir)
    try:
        annotations = read_annotations(read_file(Path(annotations_path)))
    except AnnotationError as error:
        raise QuestionImportError([f"{shown}: error: {error}"]) from error
    result = load_pack(root)
    if result.pack is None:
        lines = [str(problem) for problem in result.problems if problem.severity == "error"]
        raise QuestionImportError([*lines, f"error: {root} has errors: fix them first"])
    pack = result.pack
    lesson_id, _, exercise_ref = ref.strip("/").partition("/")
    if not lesson_id or not exercise_ref or exercise_ref.count("/") > 1:
        raise QuestionImportError(
            [f'error: "{ref}" names no exercise: write LESSON/EXERCISE with the lesson\'s id']
        )
    relative = _lesson_file(root, pack, lesson_id)
    try:
        document = LessonDocument.open(root / relative)
        exists = exercise_ref in _refs(document)
        labels = _labels(document, exercise_ref, pack) if exists else pack.labels
    except LessonEditError as error:
        raise QuestionImportError([f"error: {error}"]) from error
    if not exists and "/" in exercise_ref:
        raise QuestionImportError([f'error: the lesson "{lesson_id}" has no part "{exercise_ref}"'])
    if not exists and not is_id(exercise_ref):
        raise QuestionImportError(
            [f'error: "{exercise_ref}" is not a valid exercise id: use lower-case letters, '
             "digits, '-' and '_'"]
        )  # fmt: skip
    anchored, problems = anchor_all(annotations, pack.article.text, labels)
    if problems:
        raise QuestionImportError([f"{shown}: error: {problem}" for problem in problems])
    if not anchored:
        raise QuestionImportError([f"{shown}: error: the file holds no annotation"])
    existing = document.key_spans(exercise_ref) if exists else []
    if existing and not replace:
        raise QuestionImportError(
            [f'error: "{ref}" has a key of {len(existing)} spans already: give --replace to '
             "replace it with the annotations"]
        )  # fmt: skip
    try:
        spans, duplicates = _write(document, exercise_ref, exists, existing, anchored, pack)
        document.save()
    except LessonEditError as error:
        raise QuestionImportError([f"error: {error}"]) from error
    return KeyImport(relative, ref, tuple(spans), not exists, len(existing), duplicates)


def _write(
    document: LessonDocument,
    ref: str,
    exists: bool,
    existing: list[dict],
    anchored: list[Anchored],
    pack: Pack,
) -> tuple[list[str], int]:
    if exists:
        for span in existing:
            document.remove_key_span(ref, span["id"])
    else:
        used = {item.label for item in anchored}
        labels = [label.id for label in pack.labels if label.id in used]
        fields = {"prompt": NEW_PROMPT, "labels": labels}
        document.add_exercise("mark", ref, NEW_TITLE, fields=fields)
    seen: set[tuple[int, int, str]] = set()
    written: list[str] = []
    for item in anchored:
        if (item.start, item.end, item.label) in seen:
            continue
        seen.add((item.start, item.end, item.label))
        taken = {span["id"] for span in document.key_spans(ref)}
        wanted = item.span_id if item.span_id and item.span_id not in taken else None
        written.append(
            document.add_key_span(
                ref,
                item.start,
                item.end,
                item.label,
                item.explanation,
                pack.article.text,
                span_id=wanted,
            )
        )
    return written, len(anchored) - len(seen)


def _lesson_file(root: Path, pack: Pack, lesson_id: str) -> str:
    if lesson_id not in {lesson.id for lesson in pack.lessons}:
        listed = ", ".join(lesson.id for lesson in pack.lessons)
        raise QuestionImportError(
            [f'error: the pack has no lesson "{lesson_id}" (its lessons: {listed})']
        )
    _, files = pack_lessons(root)
    for relative in files:
        try:
            data = tomllib.loads((root / relative).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if data.get("id") == lesson_id:
            return relative
    raise QuestionImportError([f'error: no lesson file of the pack has the id "{lesson_id}"'])


def _refs(document: LessonDocument) -> set[str]:
    refs = set()
    for exercise in document.exercises():
        refs.add(str(exercise.get("id")))
        for part in exercise.get("parts", ()):
            refs.add(f"{exercise.get('id')}/{part.get('id')}")
    return refs


def _labels(document: LessonDocument, ref: str, pack: Pack) -> tuple[Label, ...]:
    table = document.exercise(ref)
    if table.get("kind") != "mark":
        raise LessonEditError(f'"{ref}" is a "{table.get("kind")}" exercise, not a marking one')
    allowed = table.get("labels")
    if allowed is None:
        return pack.labels
    return tuple(label for label in pack.labels if label.id in allowed)
