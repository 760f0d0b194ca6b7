"""A marking exercise's key, or a student's marks, as W3C Web Annotations (JSON-LD).

Other annotation tools read the W3C Web Annotation Data Model
(https://www.w3.org/TR/annotation-model/), so this is how CloseRead's passages leave it.
The profile (docs/annotations.md has an example):

- the file is an ``AnnotationCollection`` whose ``first`` page holds every annotation;
- each key span or mark is an ``Annotation`` with ``motivation`` "tagging", its label's
  id as a ``TextualBody`` with ``purpose`` "tagging" (a key span's explanation, when it
  has one, as a second body with ``purpose`` "commenting", in Markdown);
- its ``target`` is the article (``source``: ``urn:closeread:pack:ID:VERSION:article``)
  with two selectors for the same passage: a ``TextQuoteSelector`` (the exact words and
  up to :data:`CONTEXT` characters before and after them, fewer at the text's ends) and a
  ``TextPositionSelector`` (start and end, end exclusive). Both count in the article's
  canonical text (``Pack.article.text``) in Unicode code points, as the model asks;
- a student's marks have that student as ``creator`` and the time of the attempt as
  ``created``: the attempt that counts (:mod:`closeread.core.counting`).

Reading annotations back in as a key is :mod:`closeread.core.authoring.annotation_import`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from closeread.core.counting import counted_attempt
from closeread.core.kinds.registry import kind_of
from closeread.core.library.installed import known_packs
from closeread.core.pack.model import Lesson, MarkExercise, Pack
from closeread.core.records import Student

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector


class AnnotationError(ValueError):
    """What cannot be exported or imported; ``str()`` says why in a teacher's words."""


@dataclass(frozen=True)
class MarkTarget:
    """A marking exercise named as ``LESSON/EXERCISE`` (or ``LESSON/ANALOGY/PART``)."""

    lesson: Lesson
    exercise: MarkExercise
    top_id: str  # the exercise the progress database files the answer under
    part_id: str = ""  # the part of an analogy, or ""

    @property
    def ref(self) -> str:
        return "/".join(filter(None, (self.lesson.id, self.top_id, self.part_id)))


def find_mark_exercise(pack: Pack, ref: str) -> MarkTarget:
    """The marking exercise ``ref`` names in ``pack``, or ``AnnotationError`` saying what
    there is."""
    pieces = ref.strip("/").split("/")
    if len(pieces) not in {2, 3}:
        raise AnnotationError(
            f'"{ref}" names no exercise: write LESSON/EXERCISE (or LESSON/ANALOGY/PART), '
            "with the ids of the lesson file"
        )
    try:
        lesson = pack.lesson(pieces[0])
    except KeyError:
        ids = ", ".join(lesson.id for lesson in pack.lessons)
        raise AnnotationError(
            f'the pack has no lesson "{pieces[0]}" (its lessons: {ids})'
        ) from None
    marks = mark_exercises(lesson)
    target = next((t for t in marks if t.ref == "/".join(pieces)), None)
    if target is None:
        listed = ", ".join(t.ref for t in marks) or "none"
        raise AnnotationError(
            f'the lesson "{lesson.id}" has no marking exercise "{"/".join(pieces[1:])}" '
            f"(its marking exercises: {listed})"
        )
    return target


def mark_exercises(lesson: Lesson) -> list[MarkTarget]:
    """Every marking exercise of ``lesson``, the marking parts of its analogies included."""
    found = []
    for exercise in lesson.exercises:
        for path, marking in kind_of(exercise).marking(exercise, exercise.id):
            top, _, part = path.partition("/")
            found.append(MarkTarget(lesson, marking, top, part))
    return found


def key_collection(pack: Pack, target: MarkTarget) -> dict[str, Any]:
    """The key of ``target`` as an annotation collection."""
    if target.exercise.key_hidden:
        raise AnnotationError(f"{pack.root} is an assessment edition: it holds no key")
    base = f"{_source(pack).removesuffix(':article')}:{target.ref}:key"
    items = [
        _annotation(
            f"{base}:{span.id}",
            pack.article.text,
            span.start,
            span.end,
            span.label,
            _source(pack),
            explanation=span.explanation,
        )
        for span in target.exercise.key
    ]
    authors = [{"type": "Person", "name": name} for name in pack.authors]
    extra = {"creator": authors} if authors else {}
    return _collection(base, f"{target.exercise.title}: the key", items, extra)


def marks_collection(
    pack: Pack,
    target: MarkTarget,
    text: str,
    marks: Sequence[Sequence[Any]],
    student: Student,
    created: str,
) -> dict[str, Any]:
    """``student``'s ``marks`` ([start, end, label] in ``text``, the article of the copy
    they worked on) as an annotation collection."""
    who = student.student_number or str(student.id)
    base = f"{_source(pack).removesuffix(':article')}:{target.ref}:student:{quote(who, safe='')}"
    creator = {"type": "Person", "name": student.name}
    items = []
    for number, (start, end, label) in enumerate(marks, start=1):
        item = _annotation(f"{base}:mark:{number}", text, start, end, label, _source(pack))
        items.append(item | {"creator": creator, "created": created})
    return _collection(base, f"{target.exercise.title}: marks by {student.name}", items, {})


def student_marks(
    store: Any, pack: Pack, target: MarkTarget, student: Student
) -> tuple[str, list[list[Any]], str]:
    """The article text, marks and time of the attempt that counts for ``student``; the
    text is the article of the copy of the pack the attempt was made with."""
    attempts = store.work.list_attempts(
        student_id=student.id, pack_id=pack.id, lesson_id=target.lesson.id,
        exercise_id=target.top_id,
    )  # fmt: skip
    top = target.lesson.exercise(target.top_id)
    attempt = counted_attempt(attempts, top.counts, top.attempts)
    if attempt is None:
        raise AnnotationError(f"{student.name} has no checked answer to {target.ref}")
    answer = attempt.answer
    if target.part_id:
        answer = answer.get("parts", {}).get(target.part_id, {})
    marks = [list(mark) for mark in answer.get("marks", ())]
    text = pack.article.text
    if attempt.content_hash != pack.content_hash:
        copies = [
            copy for copy in known_packs(store, store.data_dir).packs
            if copy.id == pack.id and copy.content_hash == attempt.content_hash
        ]  # fmt: skip
        if not copies:
            raise AnnotationError(
                f"{student.name}'s answer was made with another copy of the pack "
                f"({attempt.pack_version}, content hash {attempt.content_hash[:12]}…), which "
                "is not installed here: export from that copy"
            )
        text = copies[0].article.text
    marks = [mark for mark in marks if 0 <= mark[0] < mark[1] <= len(text)]
    return text, marks, attempt.submitted_at


def _source(pack: Pack) -> str:
    return f"urn:closeread:pack:{quote(pack.id, safe='')}:{quote(pack.version, safe='')}:article"


def _annotation(
    annotation_id: str,
    text: str,
    start: int,
    end: int,
    label: str,
    source: str,
    *,
    explanation: str = "",
) -> dict[str, Any]:
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": label}]
    if explanation:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": explanation,
                "format": "text/markdown",
            }
        )
    quote_selector = {
        "type": "TextQuoteSelector",
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT) : start],
        "suffix": text[end : end + CONTEXT],
    }
    position = {"type": "TextPositionSelector", "start": start, "end": end}
    return {
        "id": annotation_id,
        "type": "Annotation",
        "motivation": "tagging",
        "body": body,
        "target": {"source": source, "selector": [quote_selector, position]},
    }


def _collection(
    collection_id: str, label: str, items: list[dict[str, Any]], extra: dict[str, Any]
) -> dict[str, Any]:
    import closeread

    return {
        "@context": W3C_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        **extra,
        "generator": {"type": "Software", "name": f"CloseRead {closeread.__version__}"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
