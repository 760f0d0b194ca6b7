"""Writing a pack's questions in another program's format: the table of formats.

``closeread pack export-questions PACK --format NAME`` offers the names of
:data:`EXPORTERS`, and nothing else does: a format is added here, once. Each exporter
takes a loaded pack and returns the file's bytes, how many exercises it holds, and a
note for each exercise or part of one it could not keep ("LESSON/EXERCISE: skipped:
..." or "LESSON/EXERCISE: warning: ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from closeread.core.pack.model import Pack


@dataclass(frozen=True)
class QuestionExport:
    data: bytes  # the file, ready to write
    count: int  # exercises written as questions
    notes: tuple[str, ...]  # what was skipped or left out, one line each
    extension: str  # the usual file extension of the format: ".xml"


class ExportRefused(ValueError):
    """The pack cannot be exported at all (``str()`` says why)."""


def _moodle_xml(pack: Pack) -> QuestionExport:
    from closeread.core.authoring.moodle_export import export_moodle_xml

    return export_moodle_xml(pack)


# name -> exporter; the command line's --format choices, in this order
EXPORTERS: dict[str, Callable[[Pack], QuestionExport]] = {"moodle-xml": _moodle_xml}


def export_questions(pack: Pack, format_name: str) -> QuestionExport:
    if pack.edition != "full":
        raise ExportRefused(
            f"{pack.root} is an assessment edition: it has no answers to export; export "
            "the full pack"
        )
    return EXPORTERS[format_name](pack)
