"""The exact matching solver, against brute force."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from closeread.core.grading.matching import max_weight_matching


def is_matching(edges, chosen) -> bool:
    lefts = [edges[i][0] for i in chosen]
    rights = [edges[i][1] for i in chosen]
    return len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights)


def total(weights, chosen):
    result = tuple(0 for _ in weights[0]) if weights else ()
    for index in chosen:
        result = tuple(a + b for a, b in zip(result, weights[index], strict=True))
    return result


def brute_force_best(edges, weights):
    best = total(weights, [])
    for size in range(1, len(edges) + 1):
        for chosen in combinations(range(len(edges)), size):
            if is_matching(edges, chosen):
                best = max(best, total(weights, chosen))
    return best


@st.composite
def graphs(draw):
    n_left, n_right = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    cells = [(a, b) for a in range(n_left) for b in range(n_right)]
    edges = draw(st.lists(st.sampled_from(cells), unique=True, max_size=9))
    weights = [
        (Fraction(draw(st.integers(0, 6)), draw(st.integers(1, 4))), 1, draw(st.integers(0, 3)))
        for _ in edges
    ]
    return edges, weights


@given(graphs())
@settings(max_examples=400, deadline=None)
def test_the_matching_is_one_to_one_and_of_maximum_weight(graph):
    edges, weights = graph
    chosen = max_weight_matching(edges, weights.__getitem__)
    assert is_matching(edges, chosen)
    assert total(weights, chosen) == brute_force_best(edges, weights)


def test_isolated_edges_are_taken_without_asking_their_weight():
    asked = []
    chosen = max_weight_matching([(0, 0), (1, 1)], lambda i: asked.append(i) or (1,))
    assert sorted(chosen) == [0, 1]
    assert asked == []


def test_tie_order_decides_between_equal_matchings():
    edges = [(0, 0), (0, 1)]

    def weight(_):
        return (1,)

    assert max_weight_matching(edges, weight) == [0]
    assert max_weight_matching(edges, weight, tie_order=lambda i: -i) == [1]


def test_a_large_group_is_solved():
    edges = [(a, b) for a in range(30) for b in range(30)]
    chosen = max_weight_matching(edges, lambda i: (Fraction(1 + (i * 7919) % 13, 13), 1))
    assert is_matching(edges, chosen)
    assert len(chosen) == 30
