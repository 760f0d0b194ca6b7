"""How deep lists and mappings nest inside one another, found without recursion.

Files from other people (hand-ins, packs) may nest their data thousands deep; anything
that walks such data recursively (a JSON encoder, a validator, grading) would exhaust
the stack. The checks that refuse such files run first, and this one cannot overflow.
"""

from __future__ import annotations

from collections.abc import Mapping


def deeper_than(data: object, limit: int) -> bool:
    """Whether ``data`` nests lists, tuples and mappings more than ``limit`` levels deep."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: list[object] = list(value.values())
        elif isinstance(value, list | tuple):
            children = list(value)
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
