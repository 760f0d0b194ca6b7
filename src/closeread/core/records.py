"""The records the progress store hands back, and how attempts add up to a score.

Scores are fractions of an exercise's points, 0 to 1. An attempt's *effective* score
is the teacher's override when there is one, else its newest derived score, else
``None`` (not scored yet: an assessment edition waiting for the teacher). Which
attempt counts, and what a lesson's score means, is :mod:`closeread.core.counting`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

import msgspec
from msgspec import field

from closeread.core.counting import counted_score, lesson_fraction


class PackIdentity(Protocol):
    """What names a pack in saved work; :class:`closeread.core.pack.model.Pack` is one."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def content_hash(self) -> str: ...


class PackRef(msgspec.Struct, frozen=True):
    """A pack's identity without the pack: what a results file names."""

    id: str
    version: str
    content_hash: str


def student_label(name: str, class_name: str | None, student_number: str | None) -> str:
    """How CloseRead names a student: "Ana Lima (7B, s-001)", or the name alone."""
    extra = [part for part in (class_name, student_number) if part]
    return f"{name} ({', '.join(extra)})" if extra else name


class Student(msgspec.Struct, frozen=True):
    """A student's profile in the progress database."""

    id: int
    name: str
    class_name: str | None = None
    student_number: str | None = None
    created_at: str = ""

    @property
    def label(self) -> str:
        """How the window names the student: "Ana Lima (7B, s-001)"."""
        return student_label(self.name, self.class_name, self.student_number)


class InstalledPack(msgspec.Struct, frozen=True):
    """A pack copied into the data folder's library, and where."""

    pack_id: str
    version: str
    content_hash: str
    location: str
    title: str = ""
    installed_at: str = ""


class ScoreRecord(msgspec.Struct, frozen=True):
    """One derived score of an attempt; a re-score adds another, the newest is current."""

    id: int
    attempt_id: int
    score: float
    detail: Mapping[str, Any] | None
    scoring_version: str
    pack_version: str
    content_hash: str
    scored_at: str


class Override(msgspec.Struct, frozen=True):
    """A teacher's score for an attempt; ``score`` ``None`` withdraws an earlier one."""

    attempt_id: int
    score: float | None
    comment: str
    created_at: str
    # Whether the teacher made it (its signature checks out under the teacher's key);
    # None when no key was at hand to check (teacher mode closed).
    authentic: bool | None = None
    levels: tuple[int, ...] | None = None  # a writing task's level per criterion


class Attempt(msgspec.Struct, frozen=True):
    """A checked answer, with its newest score and the teacher's override if any."""

    id: int
    student_id: int
    pack_id: str
    pack_version: str
    content_hash: str
    lesson_id: str
    exercise_id: str
    attempt_no: int
    answer: Mapping[str, Any]
    hints_used: int
    started_at: str | None
    submitted_at: str
    source: str  # "app" or "import:<file hash>"
    score: float | None = None  # the newest derived score
    detail: Mapping[str, Any] | None = None  # what the newest scoring explained
    scoring_version: str | None = None
    override_score: float | None = None
    override_comment: str | None = None
    override_levels: tuple[int, ...] | None = None  # a writing task's, with the override

    @property
    def effective_score(self) -> float | None:
        return self.override_score if self.override_score is not None else self.score

    @property
    def overridden(self) -> bool:
        return self.override_score is not None


class NewAttempt(NamedTuple):
    """An attempt to save, as a results file carries it (for ``store.hand_ins.record_import``;
    a named tuple: a hand-in makes tens of thousands)."""

    lesson_id: str
    exercise_id: str
    answer: Mapping[str, Any]
    attempt_no: int
    submitted_at: str
    started_at: str | None = None
    hints_used: int = 0
    score: float | None = None  # as scored by the importing CloseRead, never by the file
    detail: Mapping[str, Any] | None = None
    # ``answer`` as canonical JSON (store.database.to_json), when the importer has it
    # already; saved and compared in place of ``answer``, so never anything else
    answer_json: str | None = None


class Draft(msgspec.Struct, frozen=True):
    """An answer being written, kept before it is checked."""

    student_id: int
    pack_id: str
    lesson_id: str
    exercise_id: str
    answer: Mapping[str, Any]
    started_at: str | None
    saved_at: str


class ReaderState(msgspec.Struct, frozen=True):
    """Where a student was in a pack: the open lesson and exercise, the article's scroll."""

    student_id: int
    pack_id: str
    lesson_id: str | None
    exercise_id: str | None
    scroll: float
    saved_at: str


ExerciseKey = tuple[str, str]  # (lesson id, exercise id)


class Progress(msgspec.Struct, frozen=True):
    """One student's saved work on one pack."""

    student_id: int
    pack_id: str
    attempts: Mapping[ExerciseKey, tuple[Attempt, ...]] = field(default_factory=dict)
    drafts: Mapping[ExerciseKey, Draft] = field(default_factory=dict)
    reader: ReaderState | None = None

    def attempts_for(self, lesson_id: str, exercise_id: str) -> tuple[Attempt, ...]:
        """The attempts at one exercise, in the order they were made."""
        return self.attempts.get((lesson_id, exercise_id), ())

    def draft_for(self, lesson_id: str, exercise_id: str) -> Draft | None:
        return self.drafts.get((lesson_id, exercise_id))

    def counted_score(
        self, lesson_id: str, exercise_id: str, counts: str, allowed: int = 0
    ) -> float | None:
        """The score that counts for one exercise (see :mod:`closeread.core.counting`)."""
        return counted_score(self.attempts_for(lesson_id, exercise_id), counts, allowed)


class LessonSummary(msgspec.Struct, frozen=True):
    """One row of the class summary: a student's result on one lesson."""

    student_id: int
    student_name: str
    class_name: str | None
    student_number: str | None
    lesson_id: str
    points: float  # earned, after overrides
    max_points: float
    exercises_done: int  # exercises with at least one attempt
    exercises_total: int
    pending: int  # exercises whose counted attempt has no score yet

    @property
    def score(self) -> float:
        """Fraction of the lesson's points earned, 0 to 1."""
        return lesson_fraction(self.points, self.max_points)


# What the summary query adds up per student and lesson:
# (student id, lesson id, points earned, exercises done, exercises pending).
LessonTotals = tuple[int, str, float, int, int]


def lesson_rows(
    pack: Any, students: Sequence[Student], totals: Iterable[LessonTotals]
) -> list[LessonSummary]:
    """One row per student × lesson of ``pack``; a lesson not started scores 0."""
    by_key = {
        (student_id, lesson_id): (earned, done, pending)
        for student_id, lesson_id, earned, done, pending in totals
    }
    lessons = [
        (lesson.id, sum(e.points for e in lesson.exercises), len(lesson.exercises))
        for lesson in pack.lessons
    ]
    rows: list[LessonSummary] = []
    for student in students:
        for lesson_id, max_points, exercise_count in lessons:
            earned, done, pending = by_key.get((student.id, lesson_id), (0.0, 0, 0))
            rows.append(
                LessonSummary(
                    student_id=student.id,
                    student_name=student.name,
                    class_name=student.class_name,
                    student_number=student.student_number,
                    lesson_id=lesson_id,
                    points=earned,
                    max_points=max_points,
                    exercises_done=done,
                    exercises_total=exercise_count,
                    pending=pending,
                )
            )
    return rows


def plain(text: str | None) -> str:
    """A name, class or school id as compared: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def file_key(name: str, class_name: str | None, number: str | None) -> tuple[str, ...]:
    """Who a student is on any copy of CloseRead that holds their work: the school id
    when there is one, else the name and class (see :func:`plain`). The teacher's
    import groups hand-ins by it, and the order of a student's choices follows it."""
    return ("id", plain(number)) if plain(number) else ("name", plain(name), plain(class_name))
