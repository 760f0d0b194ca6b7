"""deeper_than: how deep data nests, level by level, against the recursive definition."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given
from hypothesis import strategies as st

from closeread.core.files.depth import deeper_than

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=3),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=30,
)


def depth(value: object) -> int:
    if isinstance(value, Mapping):
        return 1 + max(map(depth, value.values()), default=0)
    if isinstance(value, list | tuple):
        return 1 + max(map(depth, value), default=0)
    return 0


@given(JSON, st.integers(min_value=0, max_value=6))
def test_deeper_than_agrees_with_the_recursive_depth(value, limit):
    assert deeper_than(value, limit) == (depth(value) > limit)


def test_ten_thousand_deep_is_found_without_recursion():
    value: object = "bottom"
    for _ in range(10_000):
        value = [value]
    assert deeper_than(value, 64)
    assert not deeper_than(value, 10_000)


def test_tuples_and_empty_containers_count_as_levels():
    assert deeper_than(((),), 1)
    assert not deeper_than(((),), 2)
    assert not deeper_than({"a": 1, "b": "x"}, 1)
