"""A results file's checksum: sha256 over the canonical JSON of everything else in it.

Canonical: the store's one JSON (:data:`~closeread.core.store.database.CANONICAL`: keys
sorted, no spaces, non-ASCII as UTF-8, no NaN), so one payload has one byte string.
Importing needs each attempt's answer in the same canonical JSON (to know an attempt
again, and to save it), and in a 32 MB hand-in the answers are nearly all of the file:
encoding them twice, once inside the whole and once each, was a tenth of an import.
:func:`checksum_and_answers` encodes each answer once and the rest of the file around
stand-ins, then puts the answers in the stand-ins' places: the very bytes
:func:`canonical` gives (``tests/core/classwork/test_results_checksum.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from itertools import chain
from typing import Any

from closeread.core.store.database import CANONICAL

_STAND_IN = "\x00answer\x00"
_STAND_IN_JSON = CANONICAL.encode(_STAND_IN)


def checksum(payload: Mapping[str, Any]) -> str:
    """``sha256:<hex>`` of :func:`canonical` of the payload (the file without its checksum)."""
    return "sha256:" + hashlib.sha256(canonical(payload)).hexdigest()


def canonical(payload: Mapping[str, Any]) -> bytes:
    """Keys sorted, no spaces, non-ASCII as UTF-8, no NaN: one byte string per payload."""
    return CANONICAL.encode(payload).encode("utf-8")


def checksum_and_answers(payload: dict[str, Any]) -> tuple[str, list[str] | None]:
    """:func:`checksum` of the payload, and each attempt's answer as canonical JSON;
    ``None`` for the answers when the payload's attempts are not a list of objects that
    each hold an answer (the checksum is then worked out whole). While the rest is
    encoded, the stand-ins take the answers' places in ``payload`` itself (copying
    40,000 attempts took longer); the answers are back in place when it returns."""
    attempts = payload.get("attempts")
    if not isinstance(attempts, list) or not all(
        isinstance(attempt, dict) and "answer" in attempt for attempt in attempts
    ):
        return checksum(payload), None
    held = [attempt["answer"] for attempt in attempts]
    answers = [CANONICAL.encode(answer) for answer in held]
    try:
        for attempt in attempts:
            attempt["answer"] = _STAND_IN
        pieces = CANONICAL.encode(payload).split(_STAND_IN_JSON)
    finally:
        for attempt, answer in zip(attempts, held, strict=True):
            attempt["answer"] = answer
    if len(pieces) != len(answers) + 1:  # the stand-in's text is somewhere else too
        return checksum(payload), answers
    digest = hashlib.sha256()
    for part in chain(chain.from_iterable(zip(pieces[:-1], answers, strict=True)), pieces[-1:]):
        digest.update(part.encode("utf-8"))
    return "sha256:" + digest.hexdigest(), answers
