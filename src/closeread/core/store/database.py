"""What the parts of :class:`closeread.core.store.store.Store` share: rows, JSON, times.

The store's records are split by concept over mixins (``store_roster``: students,
packs, settings, reader state; ``store_work``: attempts, scores, overrides, drafts,
imports, summaries). Each relies on :class:`StoreBase` for its database and its
transactions; :class:`~closeread.core.store.store.Store` provides them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database


class StoreBase:
    """The database access every part of the store uses."""

    @property
    def db(self) -> Database:
        raise NotImplementedError  # Store provides it

    def _transaction(self) -> AbstractContextManager[Database]:
        raise NotImplementedError  # Store provides it

    def _guard(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # Store provides it

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._guard():
            cursor = self.db.execute(sql, list(params))
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _iter_rows(
        self, sql: str, params: Sequence[Any] = (), batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        with self._guard():
            cursor = self.db.execute(sql, list(params))
            names = [column[0] for column in cursor.description]
            while chunk := cursor.fetchmany(batch):
                yield from (dict(zip(names, row, strict=True)) for row in chunk)


def now() -> str:
    """The current time as stored: ISO 8601, UTC, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def timestamp(value: datetime | str | None, default_now: bool = False) -> str | None:
    """A time as stored; a naive ``datetime`` is taken as local time."""
    if value is None:
        return now() if default_now else None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="milliseconds")
    text = str(value).strip()
    datetime.fromisoformat(text)  # raises ValueError for anything that is not a time
    return text


def to_json(value: Mapping[str, Any] | None, what: str) -> str | None:
    """Compact, deterministic JSON of a JSON object (an answer, a score's detail)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a JSON object (a dict), not {type(value).__name__}")
    try:
        return json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as error:
        raise ValueError(f"{what} cannot be saved as JSON: {error}") from None


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def fraction(value: float | None, what: str) -> float | None:
    """A score: a finite number from 0 to 1."""
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise ValueError(f"{what} must be a fraction from 0 to 1, not {value!r}")
    return number


def required_text(value: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValueError(f"{what} must not be empty")
    return text


def optional_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None
