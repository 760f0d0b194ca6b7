"""checksum_and_answers: the same checksum as encoding the whole file, answers encoded once."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from closeread.core.classwork.results_checksum import canonical, checksum, checksum_and_answers

STAND_IN = "\x00answer\x00"
PARTS = st.sampled_from(["a", "é", "中", '"', "\\", "\x00", STAND_IN, "answer"])
TEXT = st.lists(PARTS, max_size=3).map("".join)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)  # fmt: skip
ATTEMPT = st.dictionaries(TEXT, VALUES, max_size=4).flatmap(
    lambda rest: VALUES.map(lambda answer: {**rest, "answer": answer})
)
PAYLOADS = st.dictionaries(TEXT, VALUES, max_size=3).flatmap(
    lambda rest: st.lists(ATTEMPT, max_size=4).map(lambda attempts: {**rest, "attempts": attempts})
)


def whole_file(payload) -> str:
    return json.dumps(
        payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


@given(PAYLOADS)
@example({"attempts": [{"answer": {"text": STAND_IN}, "Aaa": STAND_IN}], "app": STAND_IN})
@example({"attempts": [{"answer": STAND_IN}]})
@example({"attempts": []})
def test_the_checksum_is_the_whole_files_and_each_answer_is_its_canonical_json(payload):
    before, held = copy.deepcopy(payload), [attempt["answer"] for attempt in payload["attempts"]]
    found, answers = checksum_and_answers(payload)
    assert payload == before  # the answers, set aside while the rest was encoded, are back
    assert all(a["answer"] is h for a, h in zip(payload["attempts"], held, strict=True))
    assert found == checksum(payload)
    assert canonical(payload) == whole_file(payload).encode()
    assert answers == [whole_file(attempt["answer"]) for attempt in payload["attempts"]]


def test_a_payload_that_cannot_be_encoded_keeps_its_answers():
    payload = {"attempts": [{"answer": {"text": "a"}}], "odd": float("nan")}
    answer = payload["attempts"][0]["answer"]
    with pytest.raises(ValueError):
        checksum_and_answers(payload)
    assert payload["attempts"][0]["answer"] is answer


@given(st.dictionaries(TEXT, VALUES, max_size=3))
@example({"attempts": "none"})
@example({"attempts": [{"no answer": 1}]})
@example({"attempts": [[1]]})
def test_a_file_whose_attempts_are_not_objects_with_answers_is_checked_whole(payload):
    found, answers = checksum_and_answers(payload)
    assert found == checksum(payload)
    if not isinstance(payload.get("attempts"), list):
        assert answers is None
