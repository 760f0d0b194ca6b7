"""Raw answers: their shapes, the empty answer, and refusing anything malformed."""

from __future__ import annotations

import json

import pytest

from closeread.core.grading.answers import (
    MAX_MARKS,
    MAX_TEXT,
    AnswerError,
    blanks,
    empty_answer,
    is_empty,
    marks_of,
    validate_answer,
)
from closeread.core.grading.spans import Span
from closeread.core.pack.model import (
    AnalogyExercise,
    AnalogyPart,
    ChoiceExercise,
    ChoiceOption,
    MarkExercise,
    MatchExercise,
    MatchPair,
    ShortAnswerExercise,
)

MARK = MarkExercise(id="m1", title="Claims", labels=("claim", "evidence"))
SINGLE = ChoiceExercise(
    id="c1", title="One", options=(ChoiceOption("a", 1.0), ChoiceOption("b", 0.0))
)
MULTIPLE = ChoiceExercise(
    id="c2",
    title="Many",
    multiple=True,
    options=(ChoiceOption("a", 0.5), ChoiceOption("b", 0.5), ChoiceOption("c", -1.0)),
)
SHORT = ShortAnswerExercise(id="s1", title="Why", accepted=("because",))
MATCH = MatchExercise(
    id="x1",
    title="Pairs",
    pairs=(MatchPair("e1", "c1"), MatchPair("e2", "c2")),
    distractors=("c3",),
)
ANALOGY = AnalogyExercise(
    id="a1",
    title="Analogy",
    parts=(AnalogyPart("compared", SINGLE), AnalogyPart("principle", SHORT)),
)
ALL = [MARK, SINGLE, MULTIPLE, SHORT, MATCH, ANALOGY]


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_the_empty_answer_is_valid_empty_and_json(exercise):
    answer = empty_answer(exercise)
    validate_answer(exercise, answer)
    assert is_empty(exercise, answer)
    assert json.loads(json.dumps(answer)) == answer


def test_empty_answers_have_the_documented_shapes():
    assert empty_answer(MARK) == {"marks": []}
    assert empty_answer(SINGLE) == {"selected": []}
    assert empty_answer(SHORT) == {"text": ""}
    assert empty_answer(MATCH) == {"matches": []}
    assert empty_answer(ANALOGY) == {"parts": {"c1": {"selected": []}, "s1": {"text": ""}}}


GOOD = [
    (MARK, {"marks": [[0, 5, "claim"], [6, 9, "evidence"]]}),
    (MARK, {"marks": [(0, 5, "claim")]}),
    (SINGLE, {"selected": [1]}),
    (MULTIPLE, {"selected": [0, 2]}),
    (SHORT, {"text": "because it says so"}),
    (MATCH, {"matches": [[0, 2], [1, 0]]}),
    (MATCH, {"matches": [[0, 0], [1, 0]]}),  # a right item may be chosen twice
    (ANALOGY, {"parts": {"s1": {"text": "x"}}}),
    (ANALOGY, {"parts": {}}),
]


@pytest.mark.parametrize(("exercise", "answer"), GOOD)
def test_good_answers_pass(exercise, answer):
    validate_answer(exercise, answer, text_length=100)
    validate_answer(exercise, json.loads(json.dumps(answer)), text_length=100)


BAD = [
    (MARK, None, "expected an object"),
    (MARK, [], "expected an object"),
    (MARK, {}, "'marks' is missing"),
    (MARK, {"marks": [], "score": 1.0}, "unexpected field 'score'"),
    (MARK, {"marks": "0-5"}, "should be a list"),
    (MARK, {"marks": [[0, 5]]}, "should be [start, end, label]"),
    (MARK, {"marks": [[0, 5, "claim", 1]]}, "should be [start, end, label]"),
    (MARK, {"marks": [["0", 5, "claim"]]}, "whole numbers"),
    (MARK, {"marks": [[0.0, 5, "claim"]]}, "whole numbers"),
    (MARK, {"marks": [[False, 5, "claim"]]}, "whole numbers"),
    (MARK, {"marks": [[-1, 5, "claim"]]}, "not a span"),
    (MARK, {"marks": [[5, 5, "claim"]]}, "not a span"),
    (MARK, {"marks": [[6, 5, "claim"]]}, "not a span"),
    (MARK, {"marks": [[0, 101, "claim"]]}, "past the end of the article"),
    (MARK, {"marks": [[0, 5, "analogy"]]}, "unknown label 'analogy'"),
    (MARK, {"marks": [[0, 5, None]]}, "unknown label None"),
    (MARK, {"marks": [[0, 1, "claim"]] * (MAX_MARKS + 1)}, "more than the"),
    (SINGLE, {"selected": [0, 1]}, "more than the 1 allowed"),
    (SINGLE, {"selected": [2]}, "out of range"),
    (SINGLE, {"selected": [-1]}, "out of range"),
    (SINGLE, {"selected": [True]}, "whole number"),
    (SINGLE, {"selected": 0}, "should be a list"),
    (MULTIPLE, {"selected": [0, 0]}, "selected twice"),
    (MULTIPLE, {"selected": list(range(10**6))}, "more than the 3 allowed"),
    (SHORT, {"text": 42}, "should be text"),
    (SHORT, {"text": "x" * (MAX_TEXT + 1)}, "characters long"),
    (MATCH, {"matches": [[0, 3]]}, "right item 3 is out of range"),
    (MATCH, {"matches": [[2, 0]]}, "left item 2 is out of range"),
    (MATCH, {"matches": [[0, 1], [0, 2]]}, "matched twice"),
    (MATCH, {"matches": [[0]]}, "should be [left, right]"),
    (MATCH, {"matches": [[0, 0], [1, 1], [0, 2]]}, "more than the 2 allowed"),
    (ANALOGY, {"parts": []}, "should be an object"),
    (ANALOGY, {"parts": {"nope": {}}}, "there is no part 'nope'"),
    (ANALOGY, {"parts": {"c1": {"selected": [5]}}}, 'part "c1": option 5 is out of range'),
    (ANALOGY, {"parts": {"s1": {"txt": "x"}}}, "unexpected field 'txt'"),
]


@pytest.mark.parametrize(("exercise", "answer", "message"), BAD)
def test_malformed_answers_are_refused_with_a_clear_message(exercise, answer, message):
    with pytest.raises(AnswerError, match="the answer to") as error:
        validate_answer(exercise, answer, text_length=100)
    assert message in str(error.value)
    assert len(str(error.value)) < 200


def test_marks_are_checked_against_the_article_only_when_its_length_is_known():
    validate_answer(MARK, {"marks": [[0, 10**9, "claim"]]})


def test_a_huge_label_is_not_repeated_in_the_message():
    with pytest.raises(AnswerError) as error:
        validate_answer(MARK, {"marks": [[0, 5, "x" * 10_000]]})
    assert len(str(error.value)) < 200


def test_answer_error_is_a_value_error():
    assert issubclass(AnswerError, ValueError)


def test_marks_of_reads_spans():
    assert marks_of({"marks": [[0, 5, "claim"], [6, 9, "evidence"]]}) == (
        Span(0, 5, "claim"),
        Span(6, 9, "evidence"),
    )


def test_is_empty():
    assert is_empty(SHORT, {"text": "  \n "})
    assert not is_empty(SHORT, {"text": "x"})
    assert not is_empty(SINGLE, {"selected": [0]})
    assert is_empty(ANALOGY, {"parts": {"s1": {"text": " "}}})
    assert not is_empty(ANALOGY, {"parts": {"c1": {"selected": [0]}}})


def test_blanks_count_the_items_left_unanswered():
    assert blanks(MATCH, {"matches": []}) == 2
    assert blanks(MATCH, {"matches": [[1, 2]]}) == 1
    assert blanks(MATCH, {"matches": [[0, 0], [1, 1]]}) == 0
    assert blanks(SINGLE, {"selected": []}) == 1 and blanks(SINGLE, {"selected": [0]}) == 0
    assert blanks(SHORT, {"text": "  "}) == 1
    assert blanks(ANALOGY, {"parts": {"c1": {"selected": [1]}}}) == 1  # the short part
    assert blanks(ANALOGY, empty_answer(ANALOGY)) == 2
    assert blanks(MarkExercise(id="m0", title="None", labels=("claim",)), {"marks": []}) == 0
