"""The one list of exercise kinds: ``KINDS``, from the ``kind`` a pack writes to its Kind.

Everything that needs to know which kinds exist reads :data:`KINDS` (the JSON schema's
enum and the UI's registry are held to it by tests); everything that treats kinds
differently asks :func:`kind_of`. Adding a kind: docs/adding-a-kind.md.
"""

from __future__ import annotations

from closeread.core.grading.result import Grade
from closeread.core.kinds.analogy import ANALOGY
from closeread.core.kinds.base import Kind
from closeread.core.kinds.choice import CHOICE
from closeread.core.kinds.mark import MARK
from closeread.core.kinds.match import MATCH
from closeread.core.kinds.short import SHORT
from closeread.core.kinds.writing import WRITING
from closeread.core.pack.model import AnyExercise

KINDS: dict[str, Kind] = {
    kind.name: kind for kind in (MARK, CHOICE, SHORT, MATCH, ANALOGY, WRITING)
}
PART_KINDS = tuple(name for name, kind in KINDS.items() if kind.can_be_part)


def kind_of(exercise: AnyExercise) -> Kind:
    """The kind of ``exercise`` (TypeError for anything that is not an exercise)."""
    kind = KINDS.get(getattr(exercise, "kind", None) or "")
    if kind is None:
        raise TypeError(f"not an exercise: {exercise!r}")
    return kind


def awaits_teacher(result: Grade) -> bool:
    """Whether ``result`` has no score until the teacher gives one: the key is not in this
    copy (``pending``), or its kind is never scored by the rules (a writing task's
    ``needs_review``, unlike a short answer's, carries no provisional points)."""
    if result.override is not None:
        return False
    if result.status == "pending":
        return True
    kind = KINDS.get(result.kind)
    return result.status == "needs_review" and kind is not None and not kind.provisional
