"""Scoring every exercise kind, and the policies: hints, attempts, overrides."""

from __future__ import annotations

import subprocess
import sys

import pytest
from msgspec.structs import replace

from closeread.core.grading.answers import AnswerError
from closeread.core.grading.grade import (
    CriterionOutcome,
    Grade,
    OptionOutcome,
    Override,
    PairOutcome,
    apply_override,
    attempts_left,
    can_attempt,
    final_grade,
    final_score,
    grade,
    hint_cost,
    points_possible,
)
from closeread.core.grading.normalise import normalise
from closeread.core.grading.spans import tokenize
from closeread.core.pack.model import (
    AnalogyExercise,
    AnalogyPart,
    ChoiceExercise,
    ChoiceOption,
    Hint,
    KeySpan,
    MarkExercise,
    MatchExercise,
    MatchPair,
    RubricItem,
    ShortAnswerExercise,
)

TEXT = "The plan deserves support. Injuries fell by 38 per cent in three years."
CLAIM = KeySpan(0, 25, "claim", "The plan deserves support", "The thesis.", "k1")
EVIDENCE = KeySpan(27, 70, "evidence", "Injuries … years", "A figure.", "k2")
MARK = MarkExercise(
    id="m1",
    title="Claims and evidence",
    labels=("claim", "evidence"),
    key=(CLAIM, EVIDENCE),
    points=4,
)


def mark_answer(*marks):
    return {"marks": [list(mark) for mark in marks]}


# --- marks ----------------------------------------------------------------------------


def test_marks_earn_points_times_the_span_score():
    result = grade(MARK, mark_answer((0, 25, "claim"), (27, 70, "evidence")), text=TEXT)
    assert (result.status, result.points, result.possible, result.fraction) == (
        "correct",
        4.0,
        4.0,
        1.0,
    )
    assert result.spans is not None and result.spans.score == 1.0
    assert [item.kind for item in result.items] == ["hit", "hit"]


def test_marks_partly_right():
    result = grade(MARK, mark_answer((0, 25, "claim")), text=TEXT)
    assert result.status == "partial"
    assert result.points == pytest.approx(4 * 2 / 3)
    assert [item.kind for item in result.items] == ["hit", "missed"]


def test_marks_all_wrong_and_none():
    wrong = grade(MARK, mark_answer((0, 25, "evidence")), text=TEXT)
    assert (wrong.status, wrong.points) == ("incorrect", 0.0)
    nothing = grade(MARK, {"marks": []}, text=TEXT)
    assert (nothing.status, nothing.points) == ("unanswered", 0.0)


def test_near_miss_credit_of_the_exercise_applies():
    exercise = MarkExercise(
        id="m2",
        title="t",
        labels=("claim", "evidence"),
        key=(EVIDENCE,),
        label_credit={("claim", "evidence"): 0.5},
        points=2,
    )
    result = grade(exercise, mark_answer((27, 70, "claim")), text=TEXT)
    assert result.points == 1.0
    assert result.status == "partial"


def test_theta_of_the_exercise_applies():
    strict = MarkExercise(id="m3", title="t", labels=("evidence",), key=(EVIDENCE,), theta=1.0)
    result = grade(strict, mark_answer((27, 56, "evidence")), text=TEXT)
    assert result.points == pytest.approx((8 / 9) ** 2)  # fit 8/9, faded below θ = 1
    lenient = MarkExercise(id="m3", title="t", labels=("evidence",), key=(EVIDENCE,))
    assert grade(lenient, mark_answer((27, 56, "evidence")), text=TEXT).points == pytest.approx(
        8 / 9
    )


def test_an_empty_key_and_no_marks_is_right():
    exercise = MarkExercise(id="m4", title="Any analogy here?", labels=("analogy",))
    assert grade(exercise, {"marks": []}, text=TEXT).status == "correct"


def test_marks_need_the_text_and_are_checked_against_it():
    with pytest.raises(ValueError, match="needs the article's text"):
        grade(MARK, mark_answer((0, 25, "claim")))
    with pytest.raises(AnswerError, match="past the end"):
        grade(MARK, mark_answer((0, 500, "claim")), text=TEXT)
    assert grade(MARK, mark_answer((0, 25, "claim")), text=tokenize(TEXT)).points > 0


# --- choice ---------------------------------------------------------------------------

SINGLE = ChoiceExercise(
    id="c1",
    title="Which is a claim?",
    points=2,
    options=(
        ChoiceOption("right", 1.0, "Yes: it states a position."),
        ChoiceOption("half", 0.5, "Close."),
        ChoiceOption("wrong", 0.0, "No: that is a figure."),
        ChoiceOption("bad", -0.5, "That is the opposite."),
    ),
)
MULTIPLE = ChoiceExercise(
    id="c2",
    title="Which are evidence?",
    multiple=True,
    points=3,
    options=(
        ChoiceOption("a", 0.5),
        ChoiceOption("b", 0.5),
        ChoiceOption("c", -0.5),
        ChoiceOption("d", -1.0),
    ),
)


@pytest.mark.parametrize(
    ("selected", "points", "status"),
    [
        ([0], 2.0, "correct"),
        ([1], 1.0, "partial"),
        ([2], 0.0, "incorrect"),
        ([3], 0.0, "incorrect"),
    ],
)
def test_single_choice_uses_the_weight_of_the_option(selected, points, status):
    result = grade(SINGLE, {"selected": selected})
    assert (result.points, result.status) == (points, status)


def test_choice_outcomes_carry_per_option_feedback():
    result = grade(SINGLE, {"selected": [2]})
    assert result.items[2] == OptionOutcome(2, True, 0.0, "No: that is a figure.")
    assert not result.items[0].selected


@pytest.mark.parametrize(
    ("selected", "points", "status"),
    [
        ([0, 1], 3.0, "correct"),
        ([0], 1.5, "partial"),
        ([0, 1, 2], 1.5, "partial"),
        ([0, 2], 0.0, "incorrect"),
        ([0, 1, 2, 3], 0.0, "incorrect"),  # -0.5 overall, held to 0
        ([3], 0.0, "incorrect"),
        ([], 0.0, "unanswered"),
    ],
)
def test_multiple_choice_adds_weights_and_holds_the_total(selected, points, status):
    result = grade(MULTIPLE, {"selected": selected})
    assert result.points == pytest.approx(points)
    assert result.status == status


def test_weights_above_one_are_held_to_full_points():
    generous = ChoiceExercise(
        id="c3",
        title="t",
        multiple=True,
        options=(ChoiceOption("a", 0.7), ChoiceOption("b", 0.7)),
    )
    assert grade(generous, {"selected": [0, 1]}).points == 1.0


# --- short answers --------------------------------------------------------------------

SHORT = ShortAnswerExercise(
    id="s1",
    title="What does the author compare?",
    points=2,
    accepted=("Breaking into a house", "a burglary"),
    rubric=(
        RubricItem("names the house", ("house", "home", "someone else's property"), 0.5, "What?"),
        RubricItem("names self-protection", ("self-protection", "protect himself"), 0.5, "Why?"),
    ),
)


@pytest.mark.parametrize(
    "text",
    ["breaking into a house", "  Breaking   INTO a house. ", "“A burglary!”", '"a burglary"'],
)
def test_accepted_answers_ignore_case_spaces_punctuation_and_quotes(text):
    result = grade(SHORT, {"text": text})
    assert (result.status, result.points) == ("correct", 2.0)
    assert result.accepted


IN_FULL = {"text": "It is like entering someone else’s property for self protection"}


def test_meeting_every_criterion_is_provisional_until_the_teacher_confirms():
    result = grade(SHORT, IN_FULL)
    assert (result.status, result.points) == ("needs_review", 2.0)
    assert [item.term for item in result.items] == ["someone else's property", "self-protection"]


def test_meeting_every_criterion_is_correct_when_the_pack_says_auto_score():
    exercise = replace(SHORT, auto_score=True)
    result = grade(exercise, IN_FULL)
    assert (result.status, result.points) == ("correct", 2.0)
    assert [item.term for item in result.items] == ["someone else's property", "self-protection"]


def test_part_of_the_rubric_goes_to_the_teacher_with_provisional_points():
    result = grade(SHORT, {"text": "It compares hacking to entering a home."})
    assert result.status == "needs_review"
    assert result.points == 1.0
    assert result.items[0] == CriterionOutcome(0, "names the house", True, 0.5, "home", "What?")
    assert not result.items[1].met


def test_an_answer_the_rules_cannot_place_is_not_failed_silently():
    result = grade(SHORT, {"text": "Something nobody foresaw"})
    assert result.status == "needs_review"
    assert result.points == 0.0
    bare = ShortAnswerExercise(id="s2", title="Your view?")
    assert grade(bare, {"text": "I disagree, because ..."}).status == "needs_review"


def test_terms_match_whole_words_only():
    result = grade(SHORT, {"text": "the household budget"})
    assert not result.items[0].met


def test_an_empty_short_answer_is_unanswered():
    assert grade(SHORT, {"text": "   "}).status == "unanswered"


def test_normalise():
    assert normalise("  China’s ‘cyber’ “THREAT”—theory!  ") == "chinas cyber threat theory"
    assert normalise("China's") == normalise("Chinas") == normalise("CHINA’S")
    assert normalise("ｆｕｌｌ width") == "full width"
    assert normalise("snake_case") == "snake case"


# --- matching -------------------------------------------------------------------------

MATCH = MatchExercise(
    id="x1",
    title="Which claim does each piece of evidence support?",
    points=3,
    pairs=(
        MatchPair("38 per cent", "lanes are safe", "The injury figure."),
        MatchPair("400 shoppers", "shops do better"),
        MatchPair("repaving", "cost is modest"),
    ),
    distractors=("parking is lost",),
)


def test_matching_gives_credit_per_correct_pair():
    result = grade(MATCH, {"matches": [[0, 0], [1, 2], [2, 3]]})
    assert result.points == pytest.approx(1.0)
    assert result.status == "partial"
    assert result.items == (
        PairOutcome(0, 0, True, "The injury figure."),
        PairOutcome(1, 2, False, ""),
        PairOutcome(2, 3, False, ""),
    )


def test_matching_all_right_and_left_out():
    assert grade(MATCH, {"matches": [[2, 2], [0, 0], [1, 1]]}).status == "correct"
    result = grade(MATCH, {"matches": [[1, 1]]})
    assert result.points == pytest.approx(1.0)
    assert result.items[0] == PairOutcome(0, None, False, "The injury figure.")


# --- analogy --------------------------------------------------------------------------

ANALOGY = AnalogyExercise(
    id="a1",
    title="Take the analogy apart",
    points=7,  # the loader sets the sum of the parts; grading adds the parts itself
    parts=(
        AnalogyPart("compared", SINGLE),
        AnalogyPart("principle", SHORT),
        AnalogyPart("breakdown", MATCH),
    ),
)


def test_an_analogy_is_the_sum_of_its_parts():
    answer = {
        "parts": {
            "c1": {"selected": [0]},
            "s1": {"text": "a burglary"},
            "x1": {"matches": [[0, 0]]},
        }
    }
    result = grade(ANALOGY, answer)
    assert [part.points for part in result.parts] == [2.0, 2.0, pytest.approx(1.0)]
    assert result.points == pytest.approx(5.0)
    assert result.possible == points_possible(ANALOGY) == 7.0
    assert result.status == "partial"


def test_an_analogy_waits_for_review_when_a_part_does():
    answer = {"parts": {"c1": {"selected": [0]}, "s1": {"text": "hmm"}}}
    assert grade(ANALOGY, answer).status == "needs_review"


def test_an_analogy_with_nothing_is_unanswered_and_a_full_one_correct():
    assert grade(ANALOGY, {"parts": {}}).status == "unanswered"
    full = {
        "parts": {
            "c1": {"selected": [0]},
            "s1": {"text": "a burglary"},
            "x1": {"matches": [[0, 0], [1, 1], [2, 2]]},
        }
    }
    assert grade(ANALOGY, full).status == "correct"


def test_an_analogy_of_marks_needs_the_text():
    analogy = AnalogyExercise(id="a2", title="t", parts=(AnalogyPart("compared", MARK),))
    answer = {"parts": {"m1": mark_answer((0, 25, "claim"))}}
    assert grade(analogy, answer, text=TEXT).points == pytest.approx(4 * 2 / 3)


# --- hints ----------------------------------------------------------------------------

HINTED = ChoiceExercise(
    id="h1",
    title="t",
    points=2,
    hints=(Hint("Look at the verbs.", 0.5), Hint("It is the first one.", 1.0), Hint("Free.")),
    options=(ChoiceOption("right", 1.0), ChoiceOption("wrong", 0.0)),
)


@pytest.mark.parametrize(("used", "points"), [(0, 2.0), (1, 1.5), (2, 0.5), (3, 0.5), (99, 0.5)])
def test_hints_cost_what_the_pack_says(used, points):
    result = grade(HINTED, {"selected": [0]}, hints_used=used)
    assert result.points == points
    assert result.raw_points == 2.0
    assert result.hint_cost == pytest.approx(2.0 - points)
    assert result.status == "correct"  # the answer is right; the hints cost points


def test_hints_never_take_points_below_zero():
    result = grade(HINTED, {"selected": [1]}, hints_used=2)
    assert (result.points, result.hint_cost) == (0.0, 0.0)
    assert hint_cost(HINTED, -4) == 0.0


def test_hints_by_exercise_id_reach_analogy_parts():
    analogy = AnalogyExercise(
        id="a3", title="t", parts=(AnalogyPart("compared", HINTED),), hints=(Hint("x", 0.25),)
    )
    answer = {"parts": {"h1": {"selected": [0]}}}
    result = grade(analogy, answer, hints_used={"h1": 1, "a3": 1})
    assert result.parts[0].points == 1.5
    assert result.points == 1.25
    assert grade(analogy, answer, hints_used=1).points == 1.75  # the analogy's own hints


# --- overrides ------------------------------------------------------------------------


def test_a_teacher_override_always_wins():
    result = grade(SHORT, {"text": "Something nobody foresaw"}, override=Override(1.5, "Fair."))
    assert (result.points, result.status) == (1.5, "partial")
    assert result.override == Override(1.5, "Fair.")
    lowered = grade(SINGLE, {"selected": [0]}, override=Override(0))
    assert (lowered.points, lowered.status) == (0.0, "incorrect")
    with_hints = grade(HINTED, {"selected": [0]}, hints_used=2, override=Override(2))
    assert (with_hints.points, with_hints.status) == (2.0, "correct")


def test_an_override_is_held_to_the_points_possible():
    assert grade(SINGLE, {"selected": [0]}, override=Override(10)).points == 2.0
    assert grade(SINGLE, {"selected": [0]}, override=Override(-1)).points == 0.0
    with pytest.raises(ValueError, match="override"):
        apply_override(grade(SINGLE, {"selected": [0]}), Override(float("nan")))


# --- assessment edition ---------------------------------------------------------------


def test_a_hidden_key_leaves_the_score_to_the_teachers_copy():
    hidden = MarkExercise(id="m9", title="t", labels=("claim",), key_hidden=True, points=4)
    result = grade(hidden, mark_answer((0, 25, "claim")), text=TEXT)
    assert (result.status, result.points) == ("pending", 0.0)
    hidden_short = ShortAnswerExercise(id="s9", title="t", key_hidden=True)
    assert grade(hidden_short, {"text": "x"}).status == "pending"
    overridden = grade(hidden_short, {"text": "x"}, override=Override(1))
    assert overridden.status == "correct"


# --- attempts -------------------------------------------------------------------------


def attempt(points: float, possible: float = 2.0) -> Grade:
    return Grade("c1", "choice", "partial", points, possible, points)


def test_can_attempt_and_attempts_left():
    three = ChoiceExercise(id="c", title="t", options=SINGLE.options, attempts=3)
    unlimited = ChoiceExercise(id="c", title="t", options=SINGLE.options, attempts=0)
    assert [can_attempt(three, n) for n in range(5)] == [True, True, True, False, False]
    assert attempts_left(three, 1) == 2 and attempts_left(three, 7) == 0
    assert can_attempt(unlimited, 10**6) and attempts_left(unlimited, 5) is None


def test_the_best_attempt_counts():
    best = ChoiceExercise(id="c", title="t", options=SINGLE.options, counts="best")
    attempts = [attempt(1.0), attempt(2.0), attempt(0.5)]
    assert final_grade(best, attempts) is attempts[1]
    assert final_score(best, attempts) == 2.0


def test_the_last_attempt_counts():
    last = ChoiceExercise(id="c", title="t", options=SINGLE.options, counts="last")
    assert final_score(last, [attempt(1.0), attempt(2.0), attempt(0.5)]) == 0.5


def test_attempts_beyond_the_limit_do_not_count():
    two = ChoiceExercise(id="c", title="t", options=SINGLE.options, attempts=2, counts="last")
    assert final_score(two, [attempt(1.0), attempt(0.5), attempt(2.0)]) == 0.5
    unlimited = ChoiceExercise(id="c", title="t", options=SINGLE.options, attempts=0)
    assert final_score(unlimited, [attempt(0.0)] * 10 + [attempt(2.0)]) == 2.0


def test_no_attempt_scores_nothing_unless_overridden():
    assert final_grade(SINGLE, []) is None
    assert final_score(SINGLE, []) == 0.0
    overridden = final_grade(SINGLE, [], override=Override(1.0, "Done on paper."))
    assert overridden is not None
    assert (overridden.points, overridden.status, overridden.possible) == (1.0, "partial", 2.0)
    assert final_score(SINGLE, [attempt(2.0)], override=Override(0.5)) == 0.5


def test_grade_refuses_malformed_answers():
    with pytest.raises(AnswerError):
        grade(SINGLE, {"selected": [9]})


def test_scoring_modules_do_not_import_qt():
    code = (
        "import sys\n"
        "import closeread.core.grading.answers, closeread.core.grading.feedback\n"
        "import closeread.core.grading.grade, closeread.core.grading.matching\n"
        "import closeread.core.grading.normalise, closeread.core.grading.spans\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"
