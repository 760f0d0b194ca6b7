"""Many strings found together in one text: the same first place and count as one at a time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.pack.occurrences import SEED, occurrences

SMALL = st.text(alphabet=st.sampled_from("ab .😀\n"), max_size=80)


def one_at_a_time(text: str, needle: str) -> tuple[int, int]:
    count = sum(text.startswith(needle, index) for index in range(len(text) + 1))
    return text.find(needle), count


@st.composite
def text_and_needles(draw):
    text = draw(SMALL)
    needles = draw(st.lists(st.text(alphabet=st.sampled_from("ab .😀\n"), max_size=8)))
    for _ in range(draw(st.integers(0, 6))):  # pieces of the text: found, often repeated
        if text:
            start = draw(st.integers(0, len(text) - 1))
            needles.append(text[start : draw(st.integers(start + 1, len(text)))])
    return text, needles


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(text_and_needles(), st.sampled_from([1, 2, 3, SEED]))
def test_each_string_is_found_where_and_as_often_as_one_at_a_time(case, seed):
    text, needles = case
    found = occurrences(text, needles, seed=seed)  # short seeds try each way to settle one
    assert found == {needle: one_at_a_time(text, needle) for needle in needles}


def test_overlapping_places_count_and_no_match_is_listed():
    text = "a" * 100_000
    found = occurrences(text, ["a" * n for n in range(1, 200)] + ["b", "ab"])
    assert found["a"] == (0, 100_000)
    assert found["a" * 199] == (0, 100_000 - 198)
    assert found["b"] == found["ab"] == (-1, 0)


@pytest.mark.parametrize(
    ("needle", "expected"),
    [("the cat", (4, 1)), ("the cat sat on the mat", (4, 1)), ("cat sat on the rug", (-1, 0))],
)
def test_a_long_string_is_settled_by_its_seed(needle, expected):
    found = occurrences("and the cat sat on the mat", [needle], seed=4)  # "the " is there twice
    assert found[needle] == expected


def test_no_strings_need_no_reading():
    assert occurrences("a text", []) == {}
    assert occurrences("a text", [""]) == {"": (0, 7)}
