"""Ids made from people's words: a folder name, a question's title, a quote.

A pack's ids (of the pack, lessons, exercises, key spans) are lower-case ASCII letters,
digits, ``-`` and ``_``, starting with a letter or a digit. Tools that write packs make
them from text with ``slugify`` and keep them apart with ``unique_id``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")  # a whole id: fullmatch, never match
_NOT_ID = re.compile(r"[^a-z0-9]+")


def is_id(text: str) -> bool:
    return ID_PATTERN.fullmatch(text) is not None


def slugify(text: str, *, max_words: int = 0, max_length: int = 40) -> str:
    """``text`` as an id: "Claims & Evidence (1)" -> "claims-evidence-1"; "" when no
    letter or digit of it is ASCII. Accents are dropped ("Élan" -> "elan")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [word for word in _NOT_ID.split(ascii_text.lower()) if word]
    if max_words:
        words = words[:max_words]
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if slug and len(longer) > max_length:
            break
        slug = longer[:max_length]
    return slug


def unique_id(base: str, taken: Container[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... : the first that is not ``taken``."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
