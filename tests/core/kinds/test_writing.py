"""The writing task: never scored by the rules, scored by the teacher's levels.

Answers of every quality wait for the teacher with no provisional points; the teacher's
levels give the points by one formula; the feedback and the report carry the levels with
their descriptors; the assessment edition keeps the rubric and drops the exemplars.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from msgspec.structs import replace

from closeread.core.classwork.item_analysis import _analyse
from closeread.core.grading.answers import MAX_TEXT, AnswerError, validate_answer
from closeread.core.grading.feedback import render_feedback
from closeread.core.grading.grade import Override, awaits_teacher, final_grade, grade
from closeread.core.grading.saved import score_of
from closeread.core.kinds.registry import KINDS, PART_KINDS, kind_of
from closeread.core.kinds.writing import (
    against_guide,
    fits,
    levels_of,
    word_count,
    writing_points,
)
from closeread.core.library import cache
from closeread.core.library.archive import build_pack
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import WritingCriterion
from closeread.core.report.html_report import answer_html, key_html

WRITINGPACK = Path(__file__).resolve().parents[1] / "fixtures" / "writingpack"

STRONG = (
    "The article claims that cats make cities better, but its only evidence is that 61% "
    "of 400 cat owners felt calmer. Feeling calmer is about the owners, not the city, and "
    "a survey of owners cannot say what the cats did for anyone else, so the claim goes "
    "further than its evidence."
)
AVERAGE = "The survey says cat owners felt calmer, which supports the claim a bit, but not much."
CARELESS = "cats good"


@pytest.fixture(scope="module")
def pack():
    return load_pack(WRITINGPACK).pack


@pytest.fixture(scope="module")
def task(pack):
    return pack.lessons[0].exercise("response")


def scored_by_teacher(task, text, levels, comment=""):
    points = writing_points(task, levels)
    return grade(task, {"text": text}, override=Override(points, comment, tuple(levels)))


def test_the_pack_loads_its_writing_task(task):
    assert task.kind == "writing" and task.points == 12 and task.attempts == 1
    assert task.words == (40, 120)
    assert [c.name for c in task.criteria] == [
        "Claim and thesis", "Use of evidence", "Reasoning", "Clarity",
    ]  # fmt: skip
    assert all(c.weight == 0.25 and len(c.levels) == 4 for c in task.criteria)
    assert [e.level.split(" (")[0] for e in task.exemplars] == ["Strong", "Developing"]
    assert "weighs what it shows" in task.criteria[1].levels[3]


def test_it_is_a_kind_of_the_registry_but_never_a_part_of_an_analogy(task):
    assert kind_of(task) is KINDS["writing"]
    assert "writing" not in PART_KINDS


@pytest.mark.parametrize("text", [STRONG, AVERAGE, CARELESS])
def test_every_answer_waits_for_the_teacher_with_no_points(task, text):
    result = grade(task, {"text": text})
    assert (result.status, result.points, result.possible) == ("needs_review", 0.0, 12.0)
    assert awaits_teacher(result)
    assert score_of(result) is None  # stored as "not scored yet", not as 0
    assert render_feedback(task, result).startswith("**Handed in: your teacher will score it.**")


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_an_empty_answer_is_unanswered(task, text):
    result = grade(task, {"text": text})
    assert result.status == "unanswered" and result.points == 0
    assert not awaits_teacher(result)
    assert score_of(result) == 0.0


def test_a_short_answers_provisional_points_still_count():
    short = load_pack(WRITINGPACK.parent / "minipack").pack.lessons[0].exercise("why")
    result = grade(short, {"text": "The data shows it."})
    assert result.status == "needs_review" and not awaits_teacher(result)
    assert score_of(result) == 1.0


@pytest.mark.parametrize(
    ("text", "levels", "status", "points"),
    [
        (STRONG, [3, 3, 3, 3], "correct", 12.0),
        (AVERAGE, [2, 2, 1, 2], "partial", 7.0),  # 12 × (0.5 + 0.5 + 0.25 + 0.5) / 3
        (CARELESS, [0, 0, 0, 1], "partial", 1.0),  # 12 × 0.25 / 3
        (CARELESS, [0, 0, 0, 0], "incorrect", 0.0),
    ],
)
def test_the_teachers_levels_decide_it(task, text, levels, status, points):
    result = scored_by_teacher(task, text, levels)
    assert (result.status, result.points) == (status, pytest.approx(points))
    assert not awaits_teacher(result)
    assert levels_of(task, result) == tuple(levels)
    assert final_grade(task, [grade(task, {"text": text})], override=result.override) == result


def test_the_points_formula_with_worked_numbers(task):
    assert writing_points(task, [3, 2, 2, 1]) == pytest.approx(8.0)  # 12 × 2 / 3
    uneven = replace(
        task,
        points=10.0,
        criteria=tuple(
            WritingCriterion(f"c{n}", weight, ("a", "b", "c", "d"))
            for n, weight in enumerate((0.4, 0.3, 0.2, 0.1))
        ),
    )
    # 10 × (0.4·3 + 0.3·1 + 0.2·0 + 0.1·2) / 3 = 10 × 1.7 / 3
    assert writing_points(uneven, [3, 1, 0, 2]) == pytest.approx(17 / 3)
    assert writing_points(uneven, [3, 3, 3, 3]) == pytest.approx(10.0)
    assert writing_points(uneven, [0, 0, 0, 0]) == 0.0


@pytest.mark.parametrize(
    "levels", [[3, 2, 2], [3, 2, 2, 4], [3, 2, 2, -1], [True, 2, 2, 1], "3221"]
)
def test_levels_that_do_not_fit_the_rubric_are_refused(task, levels):
    assert not fits(task, levels)
    with pytest.raises(ValueError, match="a level from 0 to 3 for each of the 4 criteria"):
        writing_points(task, levels)


def test_levels_that_no_longer_fit_are_not_shown_but_the_points_stand(task):
    result = grade(task, {"text": STRONG}, override=Override(6.0, "Good", (3, 3)))
    assert result.points == 6.0 and levels_of(task, result) is None
    feedback = render_feedback(task, result)
    assert "level" not in feedback and "Your teacher: Good" in feedback


def test_the_feedback_gives_each_level_with_its_descriptor_and_the_comment(task):
    result = scored_by_teacher(task, STRONG, [3, 2, 2, 1], "Quote the survey's own words.")
    feedback = render_feedback(task, result)
    assert feedback.startswith("**Your teacher scored this 8 of 12 points.**")
    assert (
        "- **Claim and thesis** (25%): level 3 of 3. "
        "A precise, arguable position that the whole response develops."
    ) in feedback
    assert "- **Clarity** (25%): level 1 of 3. Mostly clear, with muddled sentences." in feedback
    assert "Your teacher: Quote the survey's own words." in feedback


def test_answers_are_checked_like_short_answers(task):
    validate_answer(task, {"text": STRONG})
    for bad, message in (
        ({"text": 3}, "should be text"),
        ({"text": "x" * (MAX_TEXT + 1)}, "characters long"),
        ({"words": "x"}, "unexpected field"),
    ):
        with pytest.raises(AnswerError, match=message):
            validate_answer(task, bad)


def test_four_hundred_words_fit_the_length_cap_many_times_over(task):
    long = " ".join(["argument"] * 2_000)  # 2,000 words of 9 characters
    validate_answer(task, {"text": long})
    assert word_count(long) == 2_000


def test_the_word_guide(task):
    assert word_count("One two\nthree  four ") == 4
    assert [against_guide(task, n) for n in (39, 40, 120, 121)] == ["under", "", "", "over"]
    assert against_guide(replace(task, words=None), 1) == ""


def test_the_signature_is_the_rubric_shape(task):
    kind = kind_of(task)
    assert kind.signature(task) == ("writing", 4, 4)
    reworded = replace(task, criteria=tuple(replace(c, name=c.name.upper()) for c in task.criteria))
    assert kind.signature(reworded) == kind.signature(task)  # old levels still fit
    fewer = replace(task, criteria=task.criteria[:3])
    assert kind.signature(fewer) != kind.signature(task)


def test_the_report_shows_the_text_and_the_rubric(task):
    shown = answer_html(task, {"text": "First <line>\nsecond"})
    assert shown == "(3 words)<br>First &lt;line&gt;<br>second"
    assert answer_html(task, {"text": " "}) == "no answer"
    key = key_html(task, {})
    assert key.startswith("scored by the teacher, a level 0–3 on each criterion")
    assert "Use of evidence (25%)" in key


def test_item_analysis_counts_the_levels_of_decided_answers(task):
    graded = [
        scored_by_teacher(task, STRONG, [3, 3, 2, 3]),
        scored_by_teacher(task, AVERAGE, [2, 1, 2, 1]),
        grade(task, {"text": CARELESS}),  # not decided yet
    ]
    found = _analyse("respond", "response", task, graded, 5, 3, None)
    assert found.needs_review == 1
    claim, evidence, reasoning, clarity = found.levels
    assert claim.name == "Claim and thesis" and claim.counts == (0, 0, 1, 1)
    assert (claim.decided, claim.mean) == (2, 2.5)
    assert evidence.mean == 2.0 and reasoning.mean == 2.0 and clarity.mean == 2.0


def test_the_assessment_edition_keeps_the_rubric_and_drops_the_exemplars(task):
    built = build_pack(WRITINGPACK, assessment=True)
    copy = built.pack.lessons[0].exercise("response")
    assert copy.key_hidden and copy.exemplars == ()
    assert copy.criteria == task.criteria and copy.words == task.words
    assert copy.prompt == task.prompt
    lesson = built.files["lessons/respond.toml"].decode()
    assert "exemplars" not in lesson and "felt* calmer" not in lesson
    result = grade(copy, {"text": STRONG})
    assert result.status == "pending" and score_of(result) is None


def test_the_pack_cache_holds_a_writing_task(pack):
    assert cache.decode(cache.encode(pack)) == pack
