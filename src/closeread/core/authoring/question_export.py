"""Writing a pack's questions in another program's format: the table of formats.

``closeread pack export-questions PACK --format NAME`` offers the names of
:data:`EXPORTERS`, and nothing else does: a format is added here, once. Each exporter
takes a loaded pack and returns the file's bytes, how many exercises it holds, and a
note for each exercise or part of one it could not keep ("LESSON/EXERCISE: skipped:
..." or "LESSON/EXERCISE: warning: ..."). :func:`not_kept` names the settings of an
exercise a format has no place for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import msgspec

from closeread.core.pack.model import AnyExercise, Pack


@dataclass(frozen=True)
class QuestionExport:
    data: bytes  # the file, ready to write
    count: int  # exercises written as questions
    notes: tuple[str, ...]  # what was skipped or left out, one line each
    extension: str  # the usual file extension of the format: ".gift", ".xml"


class ExportRefused(ValueError):
    """The pack cannot be exported at all (``str()`` says why)."""


def _gift(pack: Pack) -> QuestionExport:
    from closeread.core.authoring.gift_export import export_gift

    return export_gift(pack)


def _moodle_xml(pack: Pack) -> QuestionExport:
    from closeread.core.authoring.moodle_export import export_moodle_xml

    return export_moodle_xml(pack)


# name -> exporter; the command line's --format choices, in this order
EXPORTERS: dict[str, Callable[[Pack], QuestionExport]] = {
    "gift": _gift,
    "moodle-xml": _moodle_xml,
}


def export_questions(pack: Pack, format_name: str) -> QuestionExport:
    if pack.edition != "full":
        raise ExportRefused(
            f"{pack.root} is an assessment edition: it has no answers to export; export "
            "the full pack"
        )
    return EXPORTERS[format_name](pack)


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


def not_kept(exercise: AnyExercise, kept: Iterable[str] = ()) -> list[str]:
    """The settings of ``exercise`` that differ from their defaults and that a format
    cannot write (besides ``WRITTEN`` and ``kept``), in words: ["its points", ...].
    Of the hints and pairs a format keeps, their costs and explanations are named. A
    writing task answered once keeps its attempts: each format writes it as an essay,
    which is answered once."""
    keep = set(WRITTEN) | set(kept)
    if exercise.kind == "writing" and exercise.attempts == 1:
        keep.add("attempts")
    lost = _fields_lost(exercise, keep)
    if "hints" in keep and any(hint.cost for hint in exercise.hints):
        lost.append("the hints' costs")
    pairs = getattr(exercise, "pairs", ()) if "pairs" in keep else ()
    if any(pair.explanation for pair in pairs):
        lost.append("the pairs' explanations")
    return lost


def _fields_lost(exercise: AnyExercise, keep: set[str]) -> list[str]:
    lost: list[str] = []
    for field in msgspec.structs.fields(exercise):
        if field.name in keep:
            continue
        value = getattr(exercise, field.name)
        if field.default is not msgspec.NODEFAULT:
            default = field.default
        elif field.default_factory is not msgspec.NODEFAULT:
            default = field.default_factory()
        else:
            default = None
        if value != default and value not in ((), "", None):
            name = _NAMES.get(field.name, field.name)
            if name not in lost:
                lost.append(name)
    return lost
