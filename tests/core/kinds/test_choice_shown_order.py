"""The order a student sees a choice's options in: one rule, stable, and no help to guessing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from msgspec.structs import replace

from closeread.core.files.paths import bundled_dir
from closeread.core.kinds.choice import CHOICE, shown_order, student_key
from closeread.core.pack.load import require_pack
from closeread.core.pack.model import AnalogyExercise, ChoiceExercise, ChoiceOption, Pack
from closeread.core.records import Student, file_key

STUDENTS = 200


def options(count: int) -> tuple[ChoiceOption, ...]:
    return tuple(ChoiceOption(f"option {n}", 1.0 if n == 0 else 0.0) for n in range(count))


ITEM = ChoiceExercise(id="pick", title="Pick", options=options(4))


def test_choices_shuffle_unless_the_pack_says_not():
    assert ITEM.shuffle
    kept = replace(ITEM, shuffle=False)
    assert all(shown_order(kept, "pack", f"name:s{n}|class:") == [0, 1, 2, 3] for n in range(50))


def test_the_order_is_a_permutation_that_depends_only_on_pack_exercise_and_student():
    order = shown_order(ITEM, "pack", "id:17")
    assert sorted(order) == [0, 1, 2, 3]
    assert order == shown_order(ITEM, "pack", "id:17")
    assert order == shown_order(replace(ITEM, title="Another title"), "pack", "id:17")
    # Pinned: the same on every computer and Python version (SHA-256, not random).
    assert shown_order(ITEM, "cyber-threat-oped", "name:ada lovelace|class:5b") == [3, 0, 1, 2]


def test_most_students_see_a_different_order_from_one_another():
    orders = [tuple(shown_order(ITEM, "pack", f"id:{n}")) for n in range(STUDENTS)]
    assert len(set(orders)) == 24  # every order of four options turns up
    first = orders[0]
    assert sum(order != first for order in orders) > 0.85 * STUDENTS
    tops = [order[0] for order in orders]
    assert all(0.15 * STUDENTS < tops.count(index) < 0.35 * STUDENTS for index in range(4))


def test_the_exercise_and_the_pack_change_the_order_too():
    other = replace(ITEM, id="other")
    keys = [f"id:{n}" for n in range(40)]
    assert sum(shown_order(ITEM, "p", k) != shown_order(other, "p", k) for k in keys) > 30
    assert sum(shown_order(ITEM, "p", k) != shown_order(ITEM, "q", k) for k in keys) > 30


def test_the_student_key_is_what_every_copy_of_their_work_knows():
    numbered = Student(id=3, name="Ada Lovelace", class_name="5B", student_number=" S-17 ")
    assert student_key(numbered) == "id:s-17"
    # The teacher's copy numbers the profile differently and may spell the name another way.
    assert student_key(replace(numbered, id=91, name="ADA  lovelace")) == "id:s-17"
    plain = Student(id=3, name=" Ada  Lovelace", class_name="5b")
    assert student_key(plain) == "name:ada lovelace|class:5b"
    assert student_key(replace(plain, id=40, name="ada lovelace", class_name="5B ")) == (
        "name:ada lovelace|class:5b"
    )
    assert student_key(replace(plain, class_name=None)) == "name:ada lovelace|class:"
    assert student_key(None) == ""


def test_grading_reads_pack_indices_whatever_the_order_shown():
    scoring = None  # choice grading does not use the pack's scoring rules
    right = CHOICE.grade(ITEM, {"selected": [0]}, scoring)  # type: ignore[arg-type]
    assert right.points == 1.0
    html = CHOICE.shown_answer_html(ITEM, {"selected": [0]}, "pack", "id:17")
    rows = [row for row in html.split("<br>") if row]
    shown = shown_order(ITEM, "pack", "id:17")
    assert [row.split(" ", 2)[2] for row in rows] == [
        f"<b>option {i}</b>" if i == 0 else f"option {i}" for i in shown
    ]
    assert rows[shown.index(0)].startswith(f"{shown.index(0) + 1}. ☑")


# -- guessing strategies over the bundled pack ---------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Pack:
    return require_pack(bundled_dir("lessons") / "cyber-threat-oped")


def choice_items(pack: Pack) -> Iterator[ChoiceExercise]:
    for lesson in pack.lessons:
        for exercise in lesson.exercises:
            if isinstance(exercise, ChoiceExercise):
                yield exercise
            elif isinstance(exercise, AnalogyExercise):
                for part in exercise.parts:
                    if isinstance(part.exercise, ChoiceExercise):
                        yield part.exercise


def strategy_share(pack: Pack, students: int, *, shuffled: bool) -> float:
    """The share of the choice points earned by always ticking the top option (single
    choices) or the top two (multiple), averaged over ``students``."""
    items = list(choice_items(pack))
    possible = sum(item.points for item in items) * students
    earned = 0.0
    for number in range(students):
        key = f"name:student {number}|class:9c"
        for item in items:
            order = shown_order(item if shuffled else replace(item, shuffle=False), pack.id, key)
            picked = order[:2] if item.multiple else order[:1]
            grade = CHOICE.grade(item, {"selected": picked}, None)  # type: ignore[arg-type]
            earned += grade.points
    return earned / possible


def test_guessing_by_position_no_longer_pays_in_the_bundled_pack(bundled):
    items = list(choice_items(bundled))
    assert len(items) >= 16 and all(item.shuffle for item in items)
    share = strategy_share(bundled, STUDENTS, shuffled=True)
    # 0.22 when this was written; in the order written, 22 of the 24 points (0.92)
    assert share < 0.45, share


def test_the_right_option_is_never_the_longest_in_the_bundled_pack(bundled):
    for item in choice_items(bundled):
        if item.multiple:
            continue
        lengths = [len(" ".join(option.text.split())) for option in item.options]
        best = max(option.weight for option in item.options)
        right = [option.weight for option in item.options].index(best)
        others = [length for index, length in enumerate(lengths) if index != right]
        assert lengths[right] <= max(others), item.id


def test_the_order_follows_the_student_as_the_teacher_s_import_recognises_them():
    typed_wide = Student(id=1, name="Ａｄａ  Lovelace", class_name="５B")
    typed_plain = Student(id=7, name="ada lovelace", class_name="5b")
    assert file_key("Ａｄａ  Lovelace", "５B", None) == file_key("ada lovelace", "5b", None)
    assert student_key(typed_wide) == student_key(typed_plain)
