"""Re-scoring: every saved attempt at a pack scored again with a (new) version's key.

After a teacher fixes a key and installs the pack's new version, the raw answers are
graded again (:mod:`closeread.core.grading.saved`). A score that changes gets a new score
row, so the history stays (``store.work.add_scores``); an unchanged one is not written
again, so re-scoring twice with the same key changes nothing. Teacher overrides are
left alone and still count instead of the derived score.

Raw answers point into the article by offset and at options and match items by
position, so a new version must keep those where they were. When the copy an attempt
was made with is still installed, this is checked exercise by exercise, and attempts
whose exercise moved under them (another article text for marks, other options or
items) are left as they were and listed. Attempts made with a copy that is not
installed any more are re-scored on trust, and counted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from closeread.core.grading.saved import (
    detail_of,
    exercise_map,
    hints_of,
    score_of,
    scoring_version,
    try_grade_saved,
)
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise, Pack
from closeread.core.records import Attempt

TOLERANCE = 1e-9


class RescoreError(ValueError):
    """Nothing was re-scored; ``str()`` says why."""


@dataclass(frozen=True)
class ScoreChange:
    attempt_id: int
    student_id: int
    student_name: str
    lesson_id: str
    exercise_id: str
    attempt_no: int
    old: float | None  # the derived score before, a fraction of the points
    new: float
    override: float | None  # the teacher's score, which still counts

    def __str__(self) -> str:
        old = "not scored" if self.old is None else _percent(self.old)
        kept = (
            f" (the teacher's {_percent(self.override)} still counts)"
            if self.override is not None
            else ""
        )
        return (
            f"{self.student_name}: {self.lesson_id}/{self.exercise_id} attempt "
            f"{self.attempt_no}: {old} → {_percent(self.new)}{kept}"
        )


@dataclass(frozen=True)
class Skipped:
    attempt_id: int
    lesson_id: str
    exercise_id: str
    reason: str


@dataclass(frozen=True)
class RescoreReport:
    pack_id: str
    version: str
    attempts: int  # attempts looked at
    changes: tuple[ScoreChange, ...]
    skipped: tuple[Skipped, ...]
    unverified: int  # attempts made with a copy of the pack that is not installed

    @property
    def unchanged(self) -> int:
        return self.attempts - len(self.changes) - len(self.skipped)


def rescore_pack(store, pack: Pack, *, installed: Sequence[Pack] = ()) -> RescoreReport:
    """Score every attempt at ``pack.id`` again with ``pack``'s key, saving what changed.

    ``installed`` are the other copies of the pack CloseRead has (other versions), to
    check that answers made with them still point at the same things.
    """
    if pack.edition != "full":
        raise RescoreError(
            f'"{pack.id}" {pack.version} is an assessment edition: it has no key to score with'
        )
    exercises = exercise_map(pack)
    copies = {copy.content_hash: copy for copy in installed if copy.id == pack.id}
    copies[pack.content_hash] = pack
    names = {student.id: student.name for student in store.roster.list_students()}
    changes: list[ScoreChange] = []
    skipped: list[Skipped] = []
    new_scores = []
    unverified = 0
    attempts = store.work.attempts_for_rescoring(pack.id)
    for attempt in attempts:
        found = exercises.get((attempt.lesson_id, attempt.exercise_id))
        if found is None:
            skipped.append(_skip(attempt, "the exercise is not in this version"))
            continue
        exercise = found[1]
        made_with = copies.get(attempt.content_hash)
        if made_with is None:
            unverified += 1
        else:
            moved = _moved(made_with, pack, attempt.lesson_id, exercise)
            if moved:
                skipped.append(_skip(attempt, moved))
                continue
        hints = hints_of(attempt.exercise_id, attempt.hints_used, attempt.detail)
        result = try_grade_saved(pack, exercise, attempt.answer, hints)
        if result is None:
            skipped.append(_skip(attempt, "the answer does not fit this version's exercise"))
            continue
        new = score_of(result)
        if new is None:
            continue  # only the teacher scores it (a writing task): no derived score to store
        if attempt.score is not None and abs(new - attempt.score) <= TOLERANCE:
            continue
        new_scores.append((attempt.id, new, detail_of(result, hints)))
        changes.append(
            ScoreChange(
                attempt.id,
                attempt.student_id,
                names.get(attempt.student_id, f"student {attempt.student_id}"),
                attempt.lesson_id,
                attempt.exercise_id,
                attempt.attempt_no,
                attempt.score,
                new,
                attempt.override_score,
            )
        )
    if new_scores:
        store.work.add_scores(new_scores, pack=pack, scoring_version=scoring_version())
    return RescoreReport(
        pack.id, pack.version, len(attempts), tuple(changes), tuple(skipped), unverified
    )


def _skip(attempt: Attempt, reason: str) -> Skipped:
    return Skipped(attempt.id, attempt.lesson_id, attempt.exercise_id, reason)


_MOVED: dict[tuple[str, str, str], str] = {}


def _moved(old: Pack, new: Pack, lesson_id: str, exercise: AnyExercise) -> str:
    """Why answers made with ``old`` cannot be scored by ``new``'s exercise ("" if they can)."""
    if old is new:
        return ""
    key = (old.content_hash, new.content_hash, f"{lesson_id}/{exercise.id}")
    if key not in _MOVED:
        _MOVED[key] = _compare(old, new, lesson_id, exercise)
    return _MOVED[key]


def _compare(old: Pack, new: Pack, lesson_id: str, exercise: AnyExercise) -> str:
    try:
        before = old.lesson(lesson_id).exercise(exercise.id)
    except KeyError:
        return ""  # the exercise is new: nothing was answered with the old copy
    if kind_of(before).signature(before) != kind_of(exercise).signature(exercise):
        return "its options, items or criteria changed between versions"
    uses_article = kind_of(exercise).uses_article(exercise)
    if uses_article and _digest(old.article.text) != _digest(new.article.text):
        return "the article's text changed between versions, so marks point elsewhere"
    return ""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"
