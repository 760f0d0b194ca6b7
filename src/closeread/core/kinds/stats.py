"""What item analysis counts per kind: key spans, options, pairs, rubric criteria, levels.

Plain data a kind's ``analyse`` fills in; :mod:`closeread.core.classwork.item_analysis`
gathers it into an ``ExerciseAnalysis`` per exercise (and re-exports these classes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeySpanStat:
    key_id: str
    label: str
    quote: str
    missed: int  # students whose marks paired with nothing here
    found: int  # hit or nearly (the right passage, the right label)
    wrong_label: int  # the right passage under another label


@dataclass(frozen=True)
class OptionStat:
    index: int
    text: str
    weight: float
    picked: int
    wrong: bool


@dataclass(frozen=True)
class PairStat:
    left: str
    right: str  # the right answer
    wrong: int  # students who matched it to something else, or to nothing
    most_chosen_wrong: str = ""  # the wrong item chosen most often


@dataclass(frozen=True)
class CriterionStat:
    name: str
    unmet: int


@dataclass(frozen=True)
class LevelStat:
    """A writing task's criterion: how many decided answers the teacher put at each level."""

    name: str
    counts: tuple[int, ...]  # answers at level 0, 1, 2, 3

    @property
    def decided(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        """The mean level over the decided answers (None when none is decided)."""
        if not self.decided:
            return None
        return sum(level * count for level, count in enumerate(self.counts)) / self.decided
