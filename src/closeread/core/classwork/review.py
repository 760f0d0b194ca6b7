"""The teacher's review queue: written answers the rules could not decide.

A short answer that matches no accepted answer and does not meet every rubric
criterion is graded ``needs_review`` (:mod:`closeread.core.grading.grade`), and so is an
analogy with such a part, and so is every writing task handed in (which only the
teacher scores, criterion by criterion: :mod:`closeread.core.kinds.writing`). Every
attempt of that kind is listed here, graded again with the pack's key, with the texts
to read and the rubric's verdict; an attempt the
teacher has overridden is *decided* (its override is what counts, and re-scoring
leaves it alone). Nothing here writes: the teacher's verdict is saved with
``Store.set_override``. No Qt here.

The queue also flags students whose hand-ins do not look like one student's
(:func:`hand_in_conflicts`): files from more than one profile or device, or under
different names. Such files are never merged silently, and never add attempts beyond
an exercise's limit (:mod:`closeread.core.store.hand_in_rules`), but the teacher should know.
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.grading.grade import Grade
from closeread.core.grading.saved import hints_of, try_grade_saved
from closeread.core.kinds.base import WrittenAnswer
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise, Lesson, Pack
from closeread.core.records import Attempt, Student, plain
from closeread.core.store.hand_ins import HandInFile, HandInStudent

MORE_THAN_ONE_PROFILE = (
    "hand-ins from more than one profile or device for this student (their attempts were "
    "counted together against each exercise's limit)"
)
DIFFERENT_NAMES = "hand-ins under different names, classes or school ids"


@dataclass(frozen=True)
class ReviewItem:
    attempt: Attempt
    student: Student
    lesson: Lesson
    exercise: AnyExercise
    rules: Grade  # what the rules found (no override)
    answers: tuple[WrittenAnswer, ...]

    @property
    def decided(self) -> bool:
        return self.attempt.override_score is not None


def needs_review_kinds(exercise: AnyExercise) -> bool:
    """Whether answers to ``exercise`` can ever need the teacher."""
    return kind_of(exercise).needs_review(exercise)


def review_queue(
    store, pack: Pack, class_name: str | None = None, *, include_decided: bool = True
) -> list[ReviewItem]:
    """Attempts at ``pack`` waiting for (or given) the teacher's verdict, in pack order,
    then by student and attempt. Only students of ``class_name`` when it is given."""
    students = {student.id: student for student in store.roster.list_students(class_name)}
    items: list[ReviewItem] = []
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            if not needs_review_kinds(exercise):
                continue
            attempts = store.work.list_attempts(
                pack_id=pack.id, lesson_id=lesson.id, exercise_id=exercise.id
            )
            found = []
            for attempt in attempts:
                student = students.get(attempt.student_id)
                if student is None or (attempt.overridden and not include_decided):
                    continue
                hints = hints_of(exercise.id, attempt.hints_used, attempt.detail)
                rules = try_grade_saved(pack, exercise, attempt.answer, hints)
                if rules is None or rules.status != "needs_review":
                    continue
                answers = _written(exercise, attempt.answer, rules)
                found.append(ReviewItem(attempt, student, lesson, exercise, rules, answers))
            found.sort(
                key=lambda item: (
                    item.student.name.casefold(),
                    item.student.id,
                    item.attempt.attempt_no,
                )
            )
            items += found
    return items


def _written(exercise: AnyExercise, answer, rules: Grade) -> tuple[WrittenAnswer, ...]:
    return kind_of(exercise).written(exercise, answer, rules)


@dataclass(frozen=True)
class HandInConflict:
    """A student whose hand-ins for a pack do not look like one student's."""

    student: Student
    files: tuple[HandInFile, ...]  # every file imported for them, oldest first
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def hand_in_conflicts(store, pack: Pack, class_name: str | None = None) -> list[HandInConflict]:
    """Students (of ``class_name`` when given) whose results files for ``pack`` came from
    more than one profile or device (the profiles the files name differ, or their
    attempt numbers collide, which one profile's never do), or name them differently;
    by name. One query for the pack's imports, one for its students."""
    students = {student.id: student for student in store.roster.list_students(class_name)}
    by_student: dict[int, list[HandInFile]] = {}
    for file in store.hand_ins.hand_in_files(pack.id):
        if file.student_id in students:
            by_student.setdefault(file.student_id, []).append(file)
    found = []
    for student_id, files in by_student.items():
        reasons = []
        if len({f.origin for f in files if f.origin}) > 1 or any(f.clash for f in files):
            reasons.append(MORE_THAN_ONE_PROFILE)
        if len({_stated(f.handed_in_as) for f in files if f.handed_in_as}) > 1:
            reasons.append(DIFFERENT_NAMES)
        if reasons:
            found.append(HandInConflict(students[student_id], tuple(files), tuple(reasons)))
    found.sort(key=lambda item: (item.student.name.casefold(), item.student.id))
    return found


def _stated(student: HandInStudent) -> tuple[str, str, str]:
    return plain(student.name), plain(student.class_name), plain(student.student_number)
