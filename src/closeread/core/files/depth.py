"""How deep lists and mappings nest inside one another, found without recursion.

Files from other people (hand-ins, packs) may nest their data thousands deep; anything
that walks such data recursively (a JSON encoder, a validator, grading) would exhaust
the stack. The checks that refuse such files run first, and this one cannot overflow.
"""

from __future__ import annotations

from collections.abc import Mapping

_SCALARS = frozenset({str, int, float, bool, type(None)})


def deeper_than(data: object, limit: int) -> bool:
    """Whether ``data`` nests lists, tuples and mappings more than ``limit`` levels deep."""
    level = [data]
    for depth in range(1, limit + 2):
        inside: list[object] = []
        for value in level:
            if type(value) in _SCALARS:  # most of a large file: a quick no
                continue
            if isinstance(value, list):  # JSON: lists, then objects (Mapping's check is slow)
                inside += value
            elif isinstance(value, dict):
                inside += value.values()
            elif isinstance(value, tuple):
                inside += value
            elif isinstance(value, Mapping):
                inside += value.values()
            else:
                continue
            if depth > limit:
                return True
        if not inside:
            return False
        level = inside
    return False
