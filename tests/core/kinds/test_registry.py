"""The registry of exercise kinds is the one list, and the dispatch has no hidden branches.

Every kind the lesson schema allows is in ``KINDS`` (and the reverse; the UI's
registry is held to it in tests/ui/exercises/test_kinds.py), no module outside the kind
modules tests an exercise's class, and a throwaway kind registered for one test is
checked, graded, given feedback and counted through the generic entry points alone.
"""

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

import pytest

from closeread.core.classwork.item_analysis import _analyse
from closeread.core.grading.answers import AnswerError, empty_answer, is_empty, validate_answer
from closeread.core.grading.feedback import render_feedback
from closeread.core.grading.grade import grade, points_possible
from closeread.core.grading.result import Grade
from closeread.core.kinds import registry
from closeread.core.kinds.base import Checks, Kind, Scoring, Writer, is_int, scored
from closeread.core.pack.model import AnalogyExercise, AnalogyPart, Exercise
from closeread.core.report.html_report import answer_html, key_html

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "src" / "closeread"
EXERCISE_CLASSES = (
    "MarkExercise", "ChoiceExercise", "ShortAnswerExercise", "MatchExercise", "AnalogyExercise",
)  # fmt: skip


def _schema_kinds() -> tuple[set[str], set[str]]:
    schema = json.loads((ROOT / "resources/schema/lesson.schema.json").read_text("utf-8"))
    enums: list[set[str]] = []

    def walk(node):
        if isinstance(node, dict):
            kind = node.get("properties", {}).get("kind") if "properties" in node else None
            if isinstance(kind, dict) and "enum" in kind:
                enums.append(set(kind["enum"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return max(enums, key=len), min(enums, key=len)


def test_the_schema_allows_exactly_the_registered_kinds():
    kinds, part_kinds = _schema_kinds()
    assert kinds == set(registry.KINDS)
    assert part_kinds == set(registry.PART_KINDS)
    for name, kind in registry.KINDS.items():
        assert kind.name == name


def test_no_module_outside_the_kinds_tests_an_exercise_class():
    pattern = re.compile(r"isinstance\([^)]*\b(" + "|".join(EXERCISE_CLASSES) + r")\b")
    allowed = {SOURCE / "core" / "kinds", SOURCE / "core" / "pack"}  # the loader builds them
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in SOURCE.rglob("*.py")
        if not any(path.is_relative_to(folder) for folder in allowed)
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []


# -- a throwaway kind --------------------------------------------------------------------


class CountExercise(Exercise, frozen=True, kw_only=True):
    """How many times does the article say it? One whole number."""

    answer: int
    kind: ClassVar[str] = "count"


class CountKind(Kind):
    name = "count"
    field = "number"

    def empty_answer(self, exercise):
        return {"number": None}

    def is_empty(self, exercise, data: Mapping) -> bool:
        return data["number"] is None

    def check(self, exercise, value: object, checks: Checks) -> None:
        if value is not None and not is_int(value):
            raise checks.fail("'number' should be a whole number")

    def grade(self, exercise, answer: Mapping, scoring: Scoring) -> Grade:
        return scored(exercise, 1.0 if answer["number"] == exercise.answer else 0.0)

    def feedback(self, exercise, result: Grade, writer: Writer) -> list[str]:
        return ["Counted right." if result.status == "correct" else "Count again."]

    def analyse(self, exercise, graded, part) -> dict:
        return {"needs_review": len(graded)}

    def answer_html(self, exercise, answer) -> str:
        return str(answer.get("number"))

    def key_html(self, exercise, labels) -> str:
        return str(exercise.answer)


@pytest.fixture
def count_kind(monkeypatch):
    monkeypatch.setitem(registry.KINDS, "count", CountKind())
    return CountExercise(id="c1", title="Count", answer=3, points=2, hints=())


def test_a_new_kind_goes_through_the_generic_paths(count_kind):
    exercise = count_kind
    assert empty_answer(exercise) == {"number": None}
    assert is_empty(exercise, {"number": None})
    validate_answer(exercise, {"number": 3})
    with pytest.raises(AnswerError, match="whole number"):
        validate_answer(exercise, {"number": "three"})
    with pytest.raises(AnswerError, match="unexpected field"):
        validate_answer(exercise, {"number": 3, "extra": 1})
    right = grade(exercise, {"number": 3})
    assert (right.status, right.points, right.possible) == ("correct", 2.0, 2.0)
    assert grade(exercise, {"number": 4}).status == "incorrect"
    assert grade(exercise, {"number": None}).status == "unanswered"
    assert points_possible(exercise) == 2.0
    assert "Counted right." in render_feedback(exercise, right)
    assert answer_html(exercise, {"number": 3}) == "3"
    assert key_html(exercise, {}) == "3"
    analysis = _analyse("l", "c1", exercise, [right], 1, 1, 1.0)
    assert (analysis.kind, analysis.needs_review) == ("count", 1)


def test_a_new_kind_is_a_part_of_an_analogy_without_change(count_kind):
    analogy = AnalogyExercise(id="a", title="Analogy", parts=(AnalogyPart("compared", count_kind),))  # type: ignore[arg-type]
    result = grade(analogy, {"parts": {"c1": {"number": 3}}})
    assert (result.status, result.points, result.possible) == ("correct", 2.0, 2.0)
    assert grade(analogy, {"parts": {}}).status == "unanswered"
    with pytest.raises(AnswerError, match='part "c1"'):
        validate_answer(analogy, {"parts": {"c1": {"number": 1.5}}})


def test_the_throwaway_kind_is_gone_after_its_test():
    assert "count" not in registry.KINDS
    with pytest.raises(TypeError, match="not an exercise"):
        empty_answer(object())  # type: ignore[arg-type]
