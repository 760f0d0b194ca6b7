"""The raw answer of each exercise kind: the JSON-ready dict the app saves, storage
keeps and results files carry, and its checks.

- mark: ``{"marks": [[start, end, label], ...]}``, code-point offsets into the
  article's text, end exclusive, ``label`` one of the exercise's label ids.
- choice: ``{"selected": [option_index, ...]}``, at most one for a single choice.
- short: ``{"text": "..."}``.
- match: ``{"matches": [[left_index, right_index], ...]}``: ``left_index`` indexes
  ``exercise.pairs``, ``right_index`` the list ``[p.right for p in exercise.pairs] +
  list(exercise.distractors)``; each left item at most once.
- analogy: ``{"parts": {part_exercise_id: <answer of that part's kind>}}``; a part
  left out is unanswered.

Answers come back from results files that students hand in, so
:func:`validate_answer` trusts nothing: types, ranges, labels, sizes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

from closeread.core.grading.spans import Span
from closeread.core.pack.model import (
    AnalogyExercise,
    AnyExercise,
    ChoiceExercise,
    MarkExercise,
    MatchExercise,
    ShortAnswerExercise,
)

MAX_MARKS = 2_000  # far more than a student marks by hand, few enough to score at once
MAX_TEXT = 20_000  # characters of a short answer

Answer = dict[str, Any]


class AnswerError(ValueError):
    """An answer that does not fit its exercise: wrong shape, out of range, too big."""


def empty_answer(exercise: AnyExercise) -> Answer:
    """The answer of a student who has done nothing yet."""
    if isinstance(exercise, MarkExercise):
        return {"marks": []}
    if isinstance(exercise, ChoiceExercise):
        return {"selected": []}
    if isinstance(exercise, ShortAnswerExercise):
        return {"text": ""}
    if isinstance(exercise, MatchExercise):
        return {"matches": []}
    if isinstance(exercise, AnalogyExercise):
        return {"parts": {part.exercise.id: empty_answer(part.exercise) for part in exercise.parts}}
    raise TypeError(f"not an exercise: {exercise!r}")


def is_empty(exercise: AnyExercise, data: Mapping[str, Any]) -> bool:
    """Whether a valid answer says nothing (no marks, no choice, only spaces, ...)."""
    if isinstance(exercise, MarkExercise):
        return not data["marks"]
    if isinstance(exercise, ChoiceExercise):
        return not data["selected"]
    if isinstance(exercise, ShortAnswerExercise):
        return not data["text"].strip()
    if isinstance(exercise, MatchExercise):
        return not data["matches"]
    if isinstance(exercise, AnalogyExercise):
        parts = data["parts"]
        return all(
            part.exercise.id not in parts or is_empty(part.exercise, parts[part.exercise.id])
            for part in exercise.parts
        )
    raise TypeError(f"not an exercise: {exercise!r}")


def marks_of(data: Mapping[str, Any]) -> tuple[Span, ...]:
    """The marks of a valid mark answer, as :class:`~closeread.core.grading.spans.Span`."""
    return tuple(Span(start, end, label) for start, end, label in data["marks"])


def validate_answer(exercise: AnyExercise, data: object, *, text_length: int | None = None) -> None:
    """Raise :class:`AnswerError` unless ``data`` is a well-formed answer to ``exercise``.

    ``text_length`` (the length of the article's text) lets marks be checked against the
    end of the article; without it only their order and signs are.
    """
    _Checker(exercise, text_length).check(data)


class _Checker:
    def __init__(self, exercise: AnyExercise, text_length: int | None, where: str = "") -> None:
        self.exercise = exercise
        self.text_length = text_length
        self.where = where or f'the answer to "{exercise.id}"'

    def fail(self, message: str) -> AnswerError:
        return AnswerError(f"{self.where}: {message}")

    def check(self, data: object) -> None:
        exercise = self.exercise
        if isinstance(exercise, MarkExercise):
            self.mark(self.field(data, "marks"))
        elif isinstance(exercise, ChoiceExercise):
            self.choice(self.field(data, "selected"))
        elif isinstance(exercise, ShortAnswerExercise):
            self.short(self.field(data, "text"))
        elif isinstance(exercise, MatchExercise):
            self.match(self.field(data, "matches"))
        elif isinstance(exercise, AnalogyExercise):
            self.analogy(self.field(data, "parts"))
        else:
            raise TypeError(f"not an exercise: {exercise!r}")

    def field(self, data: object, name: str) -> object:
        if not isinstance(data, Mapping):
            raise self.fail(f"expected an object with {name!r}, got {_kind(data)}")
        unknown = sorted(str(key) for key in data if key != name)
        if unknown:
            raise self.fail(f"unexpected field {_preview(unknown[0])} (expected only {name!r})")
        if name not in data:
            raise self.fail(f"{name!r} is missing")
        return data[name]

    def items(self, value: object, name: str, limit: int) -> Sequence[Any]:
        if not isinstance(value, list | tuple):
            raise self.fail(f"{name!r} should be a list, got {_kind(value)}")
        if len(value) > limit:
            raise self.fail(f"{name!r} has {len(value)} items, more than the {limit} allowed")
        return value

    def index(self, value: object, size: int, what: str) -> int:
        if not _is_int(value):
            raise self.fail(f"{what} should be a whole number, got {_kind(value)}")
        if not 0 <= value < size:
            raise self.fail(f"{what} {value} is out of range (0 to {size - 1})")
        return value

    def mark(self, marks: object) -> None:
        exercise = self.exercise
        assert isinstance(exercise, MarkExercise)
        for number, mark in enumerate(self.items(marks, "marks", MAX_MARKS), start=1):
            if not isinstance(mark, list | tuple) or len(mark) != 3:
                raise self.fail(f"mark {number} should be [start, end, label], got {_kind(mark)}")
            start, end, label = mark
            if not (_is_int(start) and _is_int(end)):
                raise self.fail(f"mark {number}: start and end should be whole numbers")
            if not 0 <= start < end:
                raise self.fail(f"mark {number}: [{start}, {end}) is not a span of the text")
            if self.text_length is not None and end > self.text_length:
                raise self.fail(
                    f"mark {number} ends at {end}, past the end of the article "
                    f"({self.text_length} characters)"
                )
            if not isinstance(label, str) or label not in exercise.labels:
                allowed = ", ".join(exercise.labels)
                raise self.fail(
                    f"mark {number}: unknown label {_preview(label)} (allowed: {allowed})"
                )

    def choice(self, selected: object) -> None:
        exercise = self.exercise
        assert isinstance(exercise, ChoiceExercise)
        size = len(exercise.options)
        chosen = [
            self.index(value, size, "option")
            for value in self.items(selected, "selected", size if exercise.multiple else 1)
        ]
        if len(set(chosen)) != len(chosen):
            raise self.fail("an option is selected twice")

    def short(self, text: object) -> None:
        if not isinstance(text, str):
            raise self.fail(f"'text' should be text, got {_kind(text)}")
        if len(text) > MAX_TEXT:
            raise self.fail(f"the answer is {len(text)} characters long, more than {MAX_TEXT}")

    def match(self, matches: object) -> None:
        exercise = self.exercise
        assert isinstance(exercise, MatchExercise)
        n_left = len(exercise.pairs)
        n_right = n_left + len(exercise.distractors)
        seen: set[int] = set()
        for number, pair in enumerate(self.items(matches, "matches", n_left), start=1):
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                raise self.fail(f"match {number} should be [left, right], got {_kind(pair)}")
            left = self.index(pair[0], n_left, f"match {number}: left item")
            self.index(pair[1], n_right, f"match {number}: right item")
            if left in seen:
                raise self.fail(f"match {number}: left item {left} is matched twice")
            seen.add(left)

    def analogy(self, parts: object) -> None:
        exercise = self.exercise
        assert isinstance(exercise, AnalogyExercise)
        if not isinstance(parts, Mapping):
            raise self.fail(f"'parts' should be an object, got {_kind(parts)}")
        known = {part.exercise.id: part.exercise for part in exercise.parts}
        for part_id, answer in parts.items():
            if part_id not in known:
                raise self.fail(f"there is no part {_preview(part_id)}")
            where = f'{self.where}, part "{part_id}"'
            _Checker(known[part_id], self.text_length, where).check(answer)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _preview(value: object, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return f"the number {_preview(value)}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)}"
    return type(value).__name__
