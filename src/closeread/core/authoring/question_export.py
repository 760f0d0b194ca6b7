"""What every quiz exporter returns, and how it says what a format could not keep.

An exporter (``closeread pack export-questions --format ...``, registered in
:mod:`closeread.core.authoring.formats`) writes a pack's choice, short-answer, matching
and writing exercises to a quiz format. Each exercise it leaves out, and each setting
the format has no place for (points, hints, a rubric, ...), is one line of ``notes``:
``lesson-id/exercise-id: skipped: ...`` or ``lesson-id/exercise-id: warning: ...``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from closeread.core.pack.model import AnyExercise

# What every exporter writes: the exercise's identity and the text students read.
WRITTEN = frozenset({"id", "kind", "title", "prompt", "explanation", "key_hidden"})
_NAMES = {
    "points": "its points",
    "attempts": "its attempts",
    "counts": "which attempt counts",
    "hints": "its hints",
    "show_marks_from": "the marks it shows from another exercise",
    "card": "its source card",
    "shuffle": "its option order",
    "left_title": "the left column's title",
    "right_title": "the right column's title",
    "rubric": "its rubric",
    "model_answer": "its model answer",
    "auto_score": "auto_score",
    "words": "its word guide",
    "criteria": "its rubric",
    "exemplars": "its exemplars",
}


@dataclass(frozen=True)
class QuestionExport:
    text: str  # the file's contents
    exported: tuple[str, ...]  # "lesson-id/exercise-id" of each exercise written, in order
    notes: tuple[str, ...]  # what was left out, one line each


def not_kept(exercise: AnyExercise, kept: Iterable[str] = ()) -> list[str]:
    """The settings of ``exercise`` that differ from their defaults and that a format
    cannot write (besides ``WRITTEN`` and ``kept``), in words: ["its points", ...]."""
    keep = WRITTEN | set(kept)
    lost: list[str] = []
    for field in dataclasses.fields(exercise):
        if field.name in keep or not field.init:
            continue
        value = getattr(exercise, field.name)
        if field.default is not dataclasses.MISSING:
            default = field.default
        elif field.default_factory is not dataclasses.MISSING:
            default = field.default_factory()
        else:
            default = None
        if value != default and value not in ((), "", None):
            name = _NAMES.get(field.name, field.name)
            if name not in lost:
                lost.append(name)
    return lost
