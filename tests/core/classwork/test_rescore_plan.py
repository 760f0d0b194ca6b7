"""A re-score worked out first: what students will see change, and per exercise how
many attempts change score; nothing is written until it is saved."""

from __future__ import annotations

import pytest
from classroom import MINIPACK, row_counts, variant, work_through

from closeread.core.classwork.pack_changes import content_changes, exercise_changes
from closeread.core.classwork.rescore_plan import plan_lines, plan_rescore, save_scores
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

KEY_FIX = (
    'text = "The survey"\nweight = 100\nfeedback = "Yes: it reports data."\n\n'
    '[[exercises.options]]\ntext = "The title"\nweight = 0',
    'text = "The survey"\nweight = 0\n\n[[exercises.options]]\ntext = "The title"\nweight = 100',
)


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("versions")

    def edited(name, edits):
        return load_pack(variant(tmp, name, edits)).pack

    return {
        "1.0": load_pack(MINIPACK).pack,
        "retitled": edited(
            "retitled",
            {
                "pack.toml": ('title = "A small pack"', 'title = "A small pack (edited)"'),
                "lessons/one.toml": ('title = "Which is evidence?"', 'title = "Spot it"'),
            },
        ),
        "key fixed": edited("fixed", {"lessons/one.toml": KEY_FIX}),
        "new exercise id": edited("renamed", {"lessons/one.toml": ('id = "why"', 'id = "why2"')}),
    }


def test_what_students_will_see_change(packs):
    same = content_changes(packs["1.0"], packs["1.0"])
    assert not same.any
    changes = content_changes(packs["1.0"], packs["retitled"])
    assert changes.pack == ('its title: "A small pack" → "A small pack (edited)"',)
    assert changes.exercises == {("one", "pick"): ('title "Which is evidence?" → "Spot it"',)}
    fixed = content_changes(packs["1.0"], packs["key fixed"])
    assert fixed.exercises == {
        ("one", "pick"): ("the options or their weights and feedback changed",)
    }
    renamed = content_changes(packs["1.0"], packs["new exercise id"]).exercises
    assert renamed[("one", "why2")] == ("a new exercise",)
    assert renamed[("one", "why")] == ('"What makes the survey evidence?" is gone',)
    assert content_changes(None, packs["1.0"]).pack == ('"A small pack" is new to this computer',)


def test_every_field_of_an_exercise_is_compared(packs):
    from msgspec.structs import replace

    pick = packs["1.0"].lessons[0].exercise("pick")
    assert exercise_changes(pick, replace(pick, points=2.0)) == ["the points changed"]
    assert exercise_changes(pick, replace(pick, prompt="Other.")) == ["the instructions changed"]


@pytest.fixture
def teacher(tmp_path, packs):
    with Store(tmp_path / "teacher") as store:
        for index in range(6):
            student = store.roster.add_student(f"Student {index}", "7B")
            work_through(store, student.id, packs["1.0"], packs["1.0"], seed=300 + index)
        yield store


def test_a_plan_writes_nothing_until_saved(teacher, packs):
    before = row_counts(teacher)
    plan = plan_rescore(
        teacher, packs["key fixed"], installed=[packs["1.0"]], shown_now=packs["1.0"], installs=True
    )
    assert row_counts(teacher) == before
    assert plan.changes_anything and plan.scores
    changed = len(plan.report.changes)
    lines = plan_lines(plan)
    assert lines[0].startswith("Students will see the new version: mini 1.0 will be installed")
    [pick] = [line for line in lines if '"Which is evidence?"' in line]
    assert pick.startswith(f'  Lesson 1, "Which is evidence?": {changed} attempt')
    assert pick.endswith("; the options or their weights and feedback changed")
    assert lines[-1].startswith(f"Scores: {changed} attempt")
    assert save_scores(teacher, plan) == changed
    assert row_counts(teacher)["scores"] == before["scores"] + changed
    again = plan_rescore(teacher, packs["key fixed"], installed=[packs["1.0"]])
    assert not again.changes_anything
    assert plan_lines(again) == [
        f"Scores: none of the {again.report.attempts} attempts changes with version 1.0."
    ]
