"""The way through a pack: each lesson's intro, then its exercises, lesson after lesson.

A :class:`Place` is where the student is: a lesson and an exercise, or the lesson's
intro (``exercise_id`` ``None``). Pure Python, so the order is easy to test.
"""

from __future__ import annotations

import msgspec

from closeread.core.pack.model import Pack


class Place(msgspec.Struct, frozen=True):
    """Where the student is in a pack: a lesson's introduction or an exercise."""

    lesson_id: str
    exercise_id: str | None = None  # None: the lesson's intro

    @property
    def is_intro(self) -> bool:
        return self.exercise_id is None


def places(pack: Pack) -> list[Place]:
    """Every place in reading order."""
    found: list[Place] = []
    for lesson in pack.lessons:
        found.append(Place(lesson.id))
        found.extend(Place(lesson.id, exercise.id) for exercise in lesson.exercises)
    return found


def first_place(pack: Pack) -> Place | None:
    return Place(pack.lessons[0].id) if pack.lessons else None


def valid_place(pack: Pack, lesson_id: str | None, exercise_id: str | None) -> Place | None:
    """The place named, if the pack still has it; its lesson's intro if only the lesson is left."""
    if not lesson_id:
        return None
    try:
        lesson = pack.lesson(lesson_id)
    except KeyError:
        return None
    if exercise_id and any(exercise.id == exercise_id for exercise in lesson.exercises):
        return Place(lesson_id, exercise_id)
    return Place(lesson_id)


def step(pack: Pack, place: Place, delta: int) -> Place | None:
    """The place ``delta`` steps on (-1: previous, +1: next), or None past either end."""
    order = places(pack)
    try:
        index = order.index(place) + delta
    except ValueError:
        return None
    return order[index] if 0 <= index < len(order) else None


def step_lesson(pack: Pack, place: Place, delta: int) -> Place | None:
    """The intro of the lesson ``delta`` lessons on, or None past either end.

    Going back from inside a lesson goes to the start of that lesson first.
    """
    ids = [lesson.id for lesson in pack.lessons]
    if place.lesson_id not in ids:
        return None
    if delta < 0 and not place.is_intro:
        return Place(place.lesson_id)
    index = ids.index(place.lesson_id) + delta
    return Place(ids[index]) if 0 <= index < len(ids) else None


def position(pack: Pack, place: Place) -> tuple[int, int]:
    """(number of the exercise in its lesson, 1-based; 0 for the intro), and the count."""
    lesson = pack.lesson(place.lesson_id)
    ids = [exercise.id for exercise in lesson.exercises]
    number = ids.index(place.exercise_id) + 1 if place.exercise_id in ids else 0
    return number, len(ids)


def opening(pack: Pack, place: Place) -> int | None:
    """Where the article opens for ``place``: the paragraph of the passage its exercise is
    about (:mod:`closeread.core.kinds.passage`); None: where the student was."""
    if place.exercise_id is None:
        return None
    from closeread.core.kinds.passage import opening as passage_opening  # (loads the kinds)

    lesson = pack.lesson(place.lesson_id)
    return passage_opening(pack, lesson, lesson.exercise(place.exercise_id))
