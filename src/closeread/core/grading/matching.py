"""Exact maximum-weight one-to-one matching of a sparse bipartite graph.

The span rule pairs marks with key spans so that the total credit is as large as
possible. The graph is sparse and falls apart into small groups of overlapping
spans, so each connected group is solved on its own, and a group of one edge, by far
the usual case, is taken as it is. Larger groups get successive shortest augmenting
paths (Bellman-Ford on the residual graph): exact for any size, and quick on the
small groups real answers make. scipy's assignment solver is not a dependency, and
exhaustive search explodes on the rare large group (a student marking one passage
many times).

Weights are tuples of exact numbers (``int``, ``Fraction``; a ``float`` counts as the
binary fraction it holds) compared lexicographically, so several aims can be ranked,
with no rounding to confuse near-equal totals. Every edge must be worth having: its
weight above the all-zero tuple.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from operator import add, sub
from typing import Any

Weight = tuple[Any, ...]  # exact numbers, compared lexicographically


def max_weight_matching(
    edges: Sequence[tuple[Hashable, Hashable]],
    weight: Callable[[int], Weight],
    *,
    tie_order: Callable[[int], Any] | None = None,
) -> list[int]:
    """Indices of ``edges`` forming a one-to-one matching of maximum total weight.

    ``edges[i]`` is ``(left, right)``; ``weight(i)`` is asked only for edges whose group
    needs solving. Within a group, edges are tried in ``tie_order`` (their index by
    default), which decides between matchings of equal weight.
    """
    left_degree = Counter(left for left, _ in edges)
    right_degree = Counter(right for _, right in edges)
    chosen = []
    tangled = []
    for index, (left, right) in enumerate(edges):
        if left_degree[left] == 1 and right_degree[right] == 1:
            chosen.append(index)
        else:
            tangled.append(index)

    for group in _connected_groups(edges, tangled):
        group.sort(key=tie_order)
        if len({edges[i][0] for i in group}) == 1 or len({edges[i][1] for i in group}) == 1:
            # A star (one mark across several key spans, or the other way round): its
            # best edge, the first of equal ones in tie order, as the solver would choose.
            chosen.append(max(group, key=weight))
        else:
            chosen.extend(_solve_group(edges, group, weight))
    return chosen


def _connected_groups(
    edges: Sequence[tuple[Hashable, Hashable]], indices: list[int]
) -> list[list[int]]:
    parent: dict[Hashable, Hashable] = {}

    def root(node: Hashable) -> Hashable:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for index in indices:
        left, right = edges[index]
        parent[root(("L", left))] = root(("R", right))
    groups: dict[Hashable, list[int]] = {}
    for index in indices:
        groups.setdefault(root(("L", edges[index][0])), []).append(index)
    return list(groups.values())


def _plus(a: Weight, b: Weight) -> Weight:
    return tuple(map(add, a, b))


def _minus(a: Weight, b: Weight) -> Weight:
    return tuple(map(sub, a, b))


def _whole_numbers(weights: dict[int, Weight]) -> dict[int, Weight]:
    """The weights with each component scaled by one common factor to whole numbers.

    Scaling a component by a positive factor keeps every comparison of sums as it was,
    and sums of ints are many times faster than sums of Fractions.
    """
    ratios = {index: [x.as_integer_ratio() for x in weight] for index, weight in weights.items()}
    width = len(next(iter(ratios.values())))
    scales = [math.lcm(*(ratio[c][1] for ratio in ratios.values())) for c in range(width)]
    return {
        index: tuple(n * (scales[c] // d) for c, (n, d) in enumerate(ratio))
        for index, ratio in ratios.items()
    }


def _solve_group(
    edges: Sequence[tuple[Hashable, Hashable]], group: list[int], weight: Callable[[int], Weight]
) -> list[int]:
    """Successive shortest augmenting paths on one connected group.

    Each round finds, by Bellman-Ford from every free left node, the alternating path
    to a free right node that gains the most, and flips it. From the empty matching,
    each round leaves a best matching of its size, and the gains only shrink, so the
    first round without a positive gain stops at a best matching of any size.
    """
    weights = _whole_numbers({index: weight(index) for index in group})
    zero = tuple(0 for _ in weights[group[0]])
    by_left: dict[Hashable, list[int]] = {}
    for index in group:
        by_left.setdefault(edges[index][0], []).append(index)
    partner_of_left: dict[Hashable, int] = {}
    partner_of_right: dict[Hashable, int] = {}

    while True:
        # gain[node]: the most an alternating path from a free left node can gain by
        # the time it frees ``node`` (taking its right partner away).
        gain: dict[Hashable, Weight] = {n: zero for n in by_left if n not in partner_of_left}
        reached_by: dict[Hashable, int] = {}
        for _ in range(len(by_left) + 1):
            improved = False
            for node, node_edges in by_left.items():
                if node not in gain:
                    continue
                for index in node_edges:
                    holder = partner_of_right.get(edges[index][1])
                    if holder is None or holder == index:
                        continue
                    through = _minus(_plus(gain[node], weights[index]), weights[holder])
                    freed = edges[holder][0]
                    if freed not in gain or through > gain[freed]:
                        gain[freed] = through
                        reached_by[freed] = index
                        improved = True
            if not improved:
                break

        best: tuple[Weight, int] | None = None
        for node, node_edges in by_left.items():
            if node not in gain:
                continue
            for index in node_edges:
                if edges[index][1] in partner_of_right:
                    continue
                total = _plus(gain[node], weights[index])
                if total > zero and (best is None or total > best[0]):
                    best = (total, index)
        if best is None:
            return list(partner_of_left.values())

        index = best[1]
        for _ in range(len(by_left)):
            left, right = edges[index]
            previous = partner_of_left.get(left)
            partner_of_left[left] = index
            partner_of_right[right] = index
            if previous is None:
                break
            index = reached_by[left]
