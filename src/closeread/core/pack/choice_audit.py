"""Validity warnings for choice items: points a student could earn without reading.

``closeread check`` (and the editor) warn, with the file and line, about two patterns
a test-wise student learns to exploit:

- a single-answer item whose right option (the highest weight) is the longest by a
  margin a reader notices (:data:`LONGER_BY_CHARS` characters and
  :data:`LONGER_BY_SHARE` of the next longest): "pick the longest" finds it without
  reading a word of the article. A character or two is no cue, and "Yes" against
  "No" is not a pattern, so those pass;
- among the pack's *unshuffled* single-answer items (``shuffle = false``), more than
  40% with the right option in the same position ("always pick the first"). Shuffled
  items are shown in an order of each student's own, so their positions give nothing
  away; with fewer than five unshuffled items a pattern cannot be told from chance.

They are warnings, not errors: a pack may have its reasons. Items of the assessment
edition carry no weights, so nothing here applies to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from closeread.core.pack.model import ChoiceExercise

LONGER_BY_CHARS = 10  # the right option this much longer than every other one warns,
LONGER_BY_SHARE = 0.1  # and this share longer too (long options differ more by chance)
POSITION_SHARE = 0.4  # more than this share of unshuffled items right in one place warns
POSITION_MIN_ITEMS = 5  # fewer unshuffled single-answer items: no pattern to speak of

Warn = Callable[..., None]  # (message, *where): the builder's warning


@dataclass(frozen=True)
class Placed:
    """An unshuffled single-answer item, where it was written, and where its answer is."""

    exercise: ChoiceExercise
    shown_path: str  # the lesson file, as problems name it
    position: tuple[int, int]  # (line, column) of the item's right option there
    right: int  # the index of its right option


def visible_length(text: str) -> int:
    """An option's length as a student sees it, near enough: spaces run together."""
    return len(" ".join(text.split()))


def right_index(exercise: ChoiceExercise) -> int:
    """The first option with the highest weight: the single-answer item's right one."""
    weights = [option.weight for option in exercise.options]
    return weights.index(max(weights))


def check_longest_right(exercise: ChoiceExercise, warn: Warn, *where: str | int) -> None:
    """Warn when a single-answer item's right option is the longest by a clear margin."""
    if exercise.multiple or exercise.key_hidden or len(exercise.options) < 2:
        return
    right = right_index(exercise)
    lengths = [visible_length(option.text) for option in exercise.options]
    others = max(length for index, length in enumerate(lengths) if index != right)
    if lengths[right] >= max(others + LONGER_BY_CHARS, others * (1 + LONGER_BY_SHARE)):
        warn(
            f"the right option is the longest ({lengths[right]} characters, the next "
            f"{others}): a student can pick it without reading. Make a wrong option as "
            "long, or the right one shorter",
            *where,
            "options",
            right,
        )


def unshuffled_single(exercise: ChoiceExercise) -> bool:
    """Whether the item counts towards the position check."""
    return not (exercise.shuffle or exercise.multiple or exercise.key_hidden)


def position_warning(items: Sequence[Placed]) -> tuple[Placed, str] | None:
    """The item to report and the message, when one position holds too many answers."""
    if len(items) < POSITION_MIN_ITEMS:
        return None
    counts = Counter(item.right for item in items)
    right, count = max(counts.items(), key=lambda pair: (pair[1], -pair[0]))
    if count <= POSITION_SHARE * len(items):
        return None
    same = [item for item in items if item.right == right]
    names = ", ".join(f'"{item.exercise.id}"' for item in same[:6])
    names += ", …" if len(same) > 6 else ""
    message = (
        f"{count} of the pack's {len(items)} unshuffled single-answer items "
        f"({count / len(items):.0%}) have their right answer as option {right + 1}: {names}. "
        "Always picking that option scores well; leave them shuffled (the default) "
        "or spread the right answers out"
    )
    return same[0], message
