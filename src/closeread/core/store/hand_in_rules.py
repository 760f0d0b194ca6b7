"""The rules that make attempt limits hold across every file a student hands in.

A results file is made honestly by whatever profile the student uses, and nothing
stops a student from making several profiles under the same name, each with a fresh
allowance of attempts, and handing in one file from each. So the teacher's import
does not trust a file's own count: it recognises the student behind every file
(:func:`same_student`) and counts their attempts at each exercise over everything
already saved and everything the file brings (:func:`keep_within_limits`).

The order rule: of all a student's attempts at an exercise, the earliest (by
``submitted_at``) are the ones that count, up to the limit. Attempts already saved
are never displaced: an attempt that arrives later but was submitted earlier is
refused, not swapped in, so grades the teacher has seen never change behind their
back. Within one import of several files, the files are weighed together, so the
order in which the teacher picked them does not matter.

No database here: the store calls these inside the import's transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from closeread.core.records import plain

Group = tuple[str, str]  # (lesson id, exercise id)


class Identity(NamedTuple):
    """An attempt as the import knows it: the same in any file that brings it."""

    lesson: str
    exercise: str
    submitted_at: str
    answer: str  # the answer's canonical JSON

    @property
    def group(self) -> Group:
        return (self.lesson, self.exercise)


class StudentRow(NamedTuple):
    id: int
    name: str
    class_name: str | None
    student_number: str | None


def same_student(
    students: Iterable[StudentRow], name: str, class_name: str | None, number: str | None
) -> int | None:
    """The profile a hand-in belongs to, or ``None`` for a new one.

    With a school id: the profile with that id (compared with :func:`plain`), the one
    whose name and class also match if several share it. A school id names one
    student, so a file typed under another name or class still counts against the
    same allowance (the review queue shows the difference). Without one: the profile
    with the same name and class, preferring one without an id; one with an id only
    if it is the only profile of that name in that class. Different ids, or different
    names or classes without an id, are different students.
    """
    wanted = (plain(name), plain(class_name))
    rows = sorted(students, key=lambda row: row.id)
    if plain(number):
        same_id = [row for row in rows if plain(row.student_number) == plain(number)]
        for row in same_id:
            if (plain(row.name), plain(row.class_name)) == wanted:
                return row.id
        return same_id[0].id if same_id else None
    same_name = [row for row in rows if (plain(row.name), plain(row.class_name)) == wanted]
    for row in same_name:
        if not plain(row.student_number):
            return row.id
    return same_name[0].id if len(same_name) == 1 else None


def instant(text: str) -> datetime:
    """A stored time as a point in time (a time without a zone is taken as UTC)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def keep_within_limits(
    fresh: Sequence[Identity],
    used: Mapping[Group, int],
    limits: Mapping[Group, int],
    pending: Iterable[Identity] = (),
) -> tuple[list[bool], Counter[Group]]:
    """Which of ``fresh`` (a file's new attempts) fit their exercise's limit.

    ``used`` counts the attempts saved already for this student (they keep their
    places); ``limits`` gives each exercise's allowance (missing or 0: no limit);
    ``pending`` are attempts from files later in the same import, which take a place
    before this file's if they were submitted earlier. Returns whether each fresh
    attempt is kept, and how many were refused per exercise.
    """
    wanted = Counter(attempt.group for attempt in fresh if limits.get(attempt.group))
    later: list[Identity] = []
    if pending:
        later = [attempt for attempt in set(pending) - set(fresh) if attempt.group in wanted]
    extra = Counter(attempt.group for attempt in later)
    kept = [True] * len(fresh)
    refused: Counter[Group] = Counter()
    queues: dict[Group, list[tuple[datetime, int, int]]] = {
        group: []
        for group, count in wanted.items()
        if used.get(group, 0) + count + extra[group] > limits[group]
    }  # only the exercises where not everything fits need sorting
    if not queues:
        return kept, refused
    for index, attempt in enumerate(fresh):
        if attempt.group in queues:
            queues[attempt.group].append((instant(attempt.submitted_at), 0, index))
    for attempt in later:
        if attempt.group in queues:
            queues[attempt.group].append((instant(attempt.submitted_at), 1, -1))
    for group, queue in queues.items():
        places = max(0, limits[group] - used.get(group, 0))
        queue.sort()  # by time; at the same time this file's first
        for rank, (_, is_later, index) in enumerate(queue):
            if not is_later and rank >= places:
                kept[index] = False
                refused[group] += 1
    return kept, refused
