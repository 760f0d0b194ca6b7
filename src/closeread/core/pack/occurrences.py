"""Where many strings stand in one text, found together in passes over the text.

A pack's quotes were anchored one at a time, each by reading the whole article (and
counting an ambiguous one read it again): 2,000 quotes in a 1,800,000-character article
meant 2,000 readings. Here one Aho–Corasick automaton of all of them reads the article
once. It does not list every match (a short quote can occur hundreds of thousands of
times): it counts how often the reading stands in each state of the automaton, and a
string's occurrences are the visits to the states whose longest known suffix chain
passes through its own state, summed over the automaton's failure tree. The time is
linear in the length of the text plus the length of the strings.

Building the automaton costs more per character in Python than reading the text, so a
long string first enters only by its first ``SEED`` characters: where that seed is
found once, one comparison settles the whole string; where it is found nowhere, so is
the string. Only long strings whose seed occurs more than once take a second reading,
in full.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable

SEED = 32


def occurrences(
    text: str, needles: Iterable[str], *, seed: int = SEED
) -> dict[str, tuple[int, int]]:
    """For each of ``needles``: (where it first starts in ``text``, or -1; how many places
    it starts at, overlapping ones included), as ``str.find`` and a count would say.
    ``seed``: how many first characters of a long string enter the first reading."""
    found: dict[str, tuple[int, int]] = {}
    seeds: dict[str, str] = {}
    for needle in needles:
        if not needle:
            found[needle] = (0, len(text) + 1)
        else:
            seeds[needle] = needle[:seed]
    if not seeds:
        return found
    first_pass = _read(text, set(seeds.values()))
    again = []
    for needle, head in seeds.items():
        first, count = first_pass[head]
        if needle == head or count == 0:
            found[needle] = (first, count)
        elif count == 1:
            found[needle] = (first, 1) if text.startswith(needle, first) else (-1, 0)
        else:
            again.append(needle)
    if again:
        found.update(_read(text, again))
    return found


def _read(text: str, needles: Iterable[str]) -> dict[str, tuple[int, int]]:
    """(first start or -1, count) of each non-empty needle, from one reading of ``text``."""
    children: list[dict[str, int]] = [{}]  # the trie: state -> character -> state
    state_of: dict[str, int] = {}
    for needle in needles:
        state = 0
        for character in needle:
            following = children[state].get(character)
            if following is None:
                following = len(children)
                children[state][character] = following
                children.append({})
            state = following
        state_of[needle] = state
    fail, order = _failure_links(children)
    visits = _walk(text, children, fail)
    count = [0] * len(children)
    for state, times in Counter(visits).items():
        count[state] = times
    last = len(visits)
    first_end = [last] * len(children)
    for state, index in dict(zip(reversed(visits), range(last - 1, -1, -1), strict=True)).items():
        first_end[state] = index  # the smallest index at which the state was visited
    for state in reversed(order):  # deeper states first: each hands its tally to its link
        link = fail[state]
        count[link] += count[state]
        first_end[link] = min(first_end[link], first_end[state])
    return {
        needle: (first_end[state] - len(needle) + 1, count[state]) if count[state] else (-1, 0)
        for needle, state in state_of.items()
    }


def _failure_links(children: list[dict[str, int]]) -> tuple[list[int], list[int]]:
    """Each state's failure link (the state of its longest proper suffix in the trie), and
    the states in breadth-first order."""
    fail = [0] * len(children)
    order: list[int] = []
    queue = deque(children[0].values())
    while queue:
        state = queue.popleft()
        order.append(state)
        for character, following in children[state].items():
            link = fail[state]
            while link and character not in children[link]:
                link = fail[link]
            target = children[link].get(character, 0)
            fail[following] = target if target != following else 0
            queue.append(following)
    return fail, order


def _walk(text: str, children: list[dict[str, int]], fail: list[int]) -> list[int]:
    """The automaton's state after each character of ``text``."""
    visits: list[int] = []
    visit = visits.append
    state = 0
    for character in text:
        while True:
            following = children[state].get(character)
            if following is not None:
                state = following
                break
            if not state:
                break
            state = fail[state]
        visit(state)
    return visits
