"""Building a writing task from its checked TOML, with the rules its schema cannot say.

The schema has vouched for the shape (at least one criterion, four level descriptors
each, a word guide of two whole numbers above 0). Here: the criteria's weights add up
to 100, the guide's least is not above its most, criterion names differ (the teacher
scores them by name), and a guide the answer's length cap cannot hold, or exemplars a
student could read before a second attempt, are reported.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from closeread.core.pack.model import Exemplar, WritingCriterion, WritingExercise

if TYPE_CHECKING:
    from closeread.core.pack.exercises import ExerciseBuilder, Where

# An answer is at most 20,000 characters (closeread.core.kinds.base.MAX_TEXT); English
# prose runs to about 6 characters a word with its space, so this many words fit with room.
MOST_WORDS = 2_500


def build_writing(
    builder: ExerciseBuilder, entry: dict[str, Any], where: Where, common: dict[str, Any]
) -> WritingExercise:
    criteria = tuple(
        WritingCriterion(item["name"], item["weight"] / 100, tuple(item["levels"]))
        for item in entry["criteria"]
    )
    total = math.fsum(item.weight for item in criteria)
    if abs(total - 1) > 0.005:
        builder.error(
            f"the criteria's weights add up to {total * 100:g}%, not 100%", *where, "criteria"
        )
    names = [item.name for item in criteria]
    for index, name in enumerate(names):
        if name in names[:index]:
            builder.error(f'two criteria are named "{name}"', *where, "criteria", index, "name")
    words = None
    if "words" in entry:
        least, most = entry["words"]
        words = (int(least), int(most))
        if least > most:
            builder.error(
                f"the word guide asks for at least {least} words but at most {most}: "
                "write it as [least, most]",
                *where,
                "words",
            )
        elif most > MOST_WORDS:
            builder.warning(
                f"an answer holds at most 20,000 characters (about {MOST_WORDS:,} words); "
                f"a guide of up to {most:,} words may not fit",
                *where,
                "words",
            )
    exemplars = tuple(
        Exemplar(item["level"], item["text"], item.get("commentary", ""))
        for item in entry.get("exemplars", ())
    )
    if exemplars and common["attempts"] != 1:
        builder.warning(
            "students see the exemplars once they hand in; with more than one attempt "
            'they can rewrite theirs after reading them (write "attempts = 1")',
            *where,
            "exemplars",
        )
    return WritingExercise(**common, words=words, criteria=criteria, exemplars=exemplars)
