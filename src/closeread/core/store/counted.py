"""The attempt that counts for every student and exercise of a pack, read whole.

Reports and item analysis grade each counted attempt again with the pack's key. Deciding
which attempt counts needs only each attempt's number and effective score
(``store.reports.attempt_scores``); only the counted ones are then read whole, with their
answers (``store.reports.attempts_by_id``).
"""

from __future__ import annotations

from typing import Any

from closeread.core.counting import counted_attempt
from closeread.core.pack.model import Pack
from closeread.core.records import Attempt

Counted = dict[int, dict[tuple[str, str], tuple[int, Attempt]]]


def counted_attempts(store: Any, pack: Pack, class_name: str | None = None) -> Counted:
    """Per student (of one class, if given) and exercise: how many attempts were made,
    and the one that counts, read whole (answer, detail) only for those."""
    wanted = {student.id for student in store.roster.list_students(class_name)}
    rules = {
        (lesson.id, exercise.id): (exercise.counts, exercise.attempts)
        for lesson in pack.lessons
        for exercise in lesson.exercises
    }
    grouped: dict[tuple[int, str, str], list] = {}
    for row in store.reports.attempt_scores(pack.id):
        if row.student_id in wanted and (row.lesson_id, row.exercise_id) in rules:
            grouped.setdefault((row.student_id, row.lesson_id, row.exercise_id), []).append(row)
    chosen = {}
    for place, rows in grouped.items():
        attempt = counted_attempt(rows, *rules[place[1:]])
        assert attempt is not None  # a group is never empty
        chosen[place] = (len(rows), attempt.id)
    full = {
        attempt.id: attempt
        for attempt in store.reports.attempts_by_id([c for _, c in chosen.values()])
    }
    result: Counted = {}
    for (student_id, lesson_id, exercise_id), (made, attempt_id) in chosen.items():
        result.setdefault(student_id, {})[(lesson_id, exercise_id)] = (made, full[attempt_id])
    return result
