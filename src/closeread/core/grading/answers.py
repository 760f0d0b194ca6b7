"""The raw answer of each exercise kind: the JSON-ready dict the app saves, storage
keeps and results files carry, and its checks.

Each kind says what its answer looks like (:mod:`closeread.core.kinds`): ``{"marks":
[...]}``, ``{"selected": [...]}``, ``{"text": "..."}``, ``{"matches": [...]}``,
``{"parts": {...}}``. This module is the way in for everyone else: an empty answer,
whether an answer is empty, and :func:`validate_answer`.

Answers come back from results files that students hand in, so
:func:`validate_answer` trusts nothing: types, ranges, labels, sizes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from closeread.core.kinds.base import (
    MAX_MARKS,
    MAX_TEXT,
    Answer,
    AnswerError,
    describe,
    is_int,
    preview,
)
from closeread.core.kinds.mark import marks_of
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import AnyExercise

__all__ = [
    "MAX_MARKS",
    "MAX_TEXT",
    "Answer",
    "AnswerError",
    "empty_answer",
    "is_empty",
    "marks_of",
    "validate_answer",
]


def empty_answer(exercise: AnyExercise) -> Answer:
    """The answer of a student who has done nothing yet."""
    return kind_of(exercise).empty_answer(exercise)


def is_empty(exercise: AnyExercise, data: Mapping[str, Any]) -> bool:
    """Whether a valid answer says nothing (no marks, no choice, only spaces, ...)."""
    return kind_of(exercise).is_empty(exercise, data)


def blanks(exercise: AnyExercise, data: Mapping[str, Any]) -> int:
    """How many items a valid answer leaves blank (a matching item not matched, a part
    not answered): what a student may not mean to hand in yet."""
    return kind_of(exercise).blanks(exercise, data)


def validate_answer(exercise: AnyExercise, data: object, *, text_length: int | None = None) -> None:
    """Raise :class:`AnswerError` unless ``data`` is a well-formed answer to ``exercise``.

    ``text_length`` (the length of the article's text) lets marks be checked against the
    end of the article; without it only their order and signs are.
    """
    _Checker(exercise, text_length).check(data)


class _Checker:
    """The checks a kind uses (:class:`closeread.core.kinds.base.Checks`)."""

    def __init__(self, exercise: AnyExercise, text_length: int | None, where: str = "") -> None:
        self.exercise = exercise
        self.text_length = text_length
        self.where = where or f'the answer to "{exercise.id}"'

    def fail(self, message: str) -> AnswerError:
        return AnswerError(f"{self.where}: {message}")

    def check(self, data: object) -> None:
        kind = kind_of(self.exercise)
        kind.check(self.exercise, self.field(data, kind.field), self)

    def part(self, exercise: AnyExercise, data: object, where: str) -> None:
        _Checker(exercise, self.text_length, where).check(data)

    def field(self, data: object, name: str) -> object:
        if not isinstance(data, Mapping):
            raise self.fail(f"expected an object with {name!r}, got {describe(data)}")
        unknown = sorted(str(key) for key in data if key != name)
        if unknown:
            raise self.fail(f"unexpected field {preview(unknown[0])} (expected only {name!r})")
        if name not in data:
            raise self.fail(f"{name!r} is missing")
        return data[name]

    def items(self, value: object, name: str, limit: int) -> Sequence[Any]:
        if not isinstance(value, list | tuple):
            raise self.fail(f"{name!r} should be a list, got {describe(value)}")
        if len(value) > limit:
            raise self.fail(f"{name!r} has {len(value)} items, more than the {limit} allowed")
        return value

    def index(self, value: object, size: int, what: str) -> int:
        if not is_int(value):
            raise self.fail(f"{what} should be a whole number, got {describe(value)}")
        if not 0 <= value < size:
            raise self.fail(f"{what} {value} is out of range (0 to {size - 1})")
        return value
