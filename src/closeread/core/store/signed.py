"""Teacher overrides signed with the teacher's key, so a forged one does not count.

The progress database sits on the students' computer; anyone who can edit it can add
a row to ``overrides``. Each override the teacher makes is therefore signed: an
HMAC-SHA256 (``overrides.mac``) over its id, attempt, score, comment and time, and its
levels when it has them (a writing task's, migration ``0007``), under the key that only
the right teacher PIN gives (:mod:`closeread.core.classwork.pin`). An override without
levels is signed over the same message as before levels existed, so every signature
made then still checks; one with levels over a message of its own (version 2).
The key is held in memory while teacher mode is open (``store.work.signer``) and is
never written anywhere.

:func:`reconcile`, run when the teacher unlocks, checks every override. An attempt's
current override is its newest *authentic* one; the copy the triggers keep on
``attempts.override_score`` (which the class summary's ``exercise_results`` counts) is
set to it, so a forged row, or a forged ``override_score`` written straight into
``attempts``, stops counting everywhere, the SQL summary included. Forged rows stay in
the history, shown as not made by the teacher.

Overrides made before signing existed (migration ``0005``) are trusted once: the
migration notes the newest override id then (:data:`UNSIGNED_UPTO`), and the first
unlock signs the unsigned rows up to it and forgets the note. Unsigned rows after it
are treated as forged. A reset of the PIN (:mod:`closeread.core.classwork.pin_reset`)
trusts the overrides there were then once in the same way (:data:`RESET_UPTO`), signed
or not, since the key that signed them is lost. Signing cannot stop whoever has the
files and finds the PIN (by guessing it offline from a copied PIN record); see
``docs/teachers.md``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from closeread.core.store.database import Database

UNSIGNED_UPTO = "teacher.unsigned_overrides_upto"
RESET_UPTO = "teacher.reset_overrides_upto"  # the newest override when the PIN was reset


class TeacherKey:
    """The teacher's signing key for one session (never stored)."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("A teacher key needs at least 16 bytes.")
        self._key = bytes(key)

    def __repr__(self) -> str:
        return "TeacherKey(…)"  # never shown in logs or tracebacks

    def sign(
        self,
        override_id: int,
        attempt_id: int,
        score: Any,
        comment: str,
        at: str,
        levels: str | None = None,
    ) -> str:
        import hashlib  # (OpenSSL's: loaded when the teacher signs or checks, not at start)
        import hmac

        message = override_message(override_id, attempt_id, score, comment, at, levels)
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def sign_row(self, row: dict[str, Any]) -> str:
        """The signature an ``overrides`` row should carry."""
        return self.sign(
            row["id"], row["attempt_id"], row["score"], row["comment"], row["created_at"],
            row.get("levels"),
        )  # fmt: skip

    def check(self, row: dict[str, Any]) -> bool:
        """Whether an ``overrides`` row (with its ``mac``) was signed with this key."""
        mac = row.get("mac")
        if not isinstance(mac, str):
            return False
        import hmac

        return hmac.compare_digest(self.sign_row(row), mac)


def override_message(
    override_id: int, attempt_id: int, score: Any, comment: str, at: str, levels: str | None = None
) -> bytes:
    """The bytes an override's signature covers (versioned, unambiguous JSON). ``levels``
    is the ``overrides.levels`` text exactly as stored; without it, the first version."""
    fields = ["closeread-override-1", override_id, attempt_id, score, comment, at]
    if levels is not None:
        fields = ["closeread-override-2", *fields[1:], levels]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def levels_text(levels: Sequence[int] | None) -> str | None:
    """A writing task's levels as ``overrides.levels`` stores (and the signature covers)
    them: compact JSON of whole numbers from 0 to 3. ValueError for anything else."""
    if levels is None:
        return None
    found = list(levels)
    if not found or not all(
        isinstance(level, int) and not isinstance(level, bool) and 0 <= level <= 3
        for level in found
    ):
        raise ValueError(f"Levels must be whole numbers from 0 to 3, not {levels!r}")
    return json.dumps(found, separators=(",", ":"))


def levels_from(text: str | None) -> tuple[int, ...] | None:
    """The levels stored as ``text``; None for none, or for anything that is not levels."""
    if text is None:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    if not isinstance(found, list):
        return None
    try:
        return tuple(found) if levels_text(found) == text else None
    except ValueError:
        return None


class Reconciled(msgspec.Struct, frozen=True):
    """What :func:`reconcile` found and did."""

    signed_unsigned: int  # trusted once (from before signing, or a PIN reset), signed now
    forged: tuple[int, ...]  # ids of override rows that are not the teacher's
    corrected: int  # attempts whose counted override changed


_ROWS = "SELECT id, attempt_id, score, comment, created_at, levels, mac FROM overrides ORDER BY id"


def authentic_ids(database: Database, key: TeacherKey) -> set[int]:
    """Ids of the override rows signed with ``key`` (or trusted from before signing)."""
    upto, reset = _upto(database, UNSIGNED_UPTO), _upto(database, RESET_UPTO)
    return {
        row["id"] for row in database.rows(_ROWS) if key.check(row) or _trusted(row, upto, reset)
    }


def reconcile(database: Database, key: TeacherKey) -> Reconciled:
    """Sign pre-signing overrides, and make every attempt count only authentic ones."""
    with database.transaction() as db:
        upto, reset = _upto(database, UNSIGNED_UPTO), _upto(database, RESET_UPTO)
        current: dict[int, float | None] = {}
        forged: list[int] = []
        signed = 0
        for row in database.rows(_ROWS):
            if _trusted(row, upto, reset) and not key.check(row):
                mac = key.sign_row(row)
                db.execute("UPDATE overrides SET mac = ? WHERE id = ?", [mac, row["id"]])
                signed += 1
            elif not key.check(row):
                forged.append(row["id"])
                continue
            current[row["attempt_id"]] = row["score"]
        counted = db.execute(
            "SELECT id, override_score FROM attempts WHERE override_score IS NOT NULL "
            "OR id IN (SELECT attempt_id FROM overrides)"
        ).fetchall()
        corrected = 0
        for attempt_id, score in counted:
            wanted = current.get(attempt_id)
            if wanted != score:
                db.execute(
                    "UPDATE attempts SET override_score = ? WHERE id = ?", [wanted, attempt_id]
                )
                corrected += 1
        db.execute("DELETE FROM settings WHERE key IN (?, ?)", [UNSIGNED_UPTO, RESET_UPTO])
    return Reconciled(signed, tuple(forged), corrected)


def resign(database: Database, old: bytes, new: bytes) -> int:
    """Sign again with ``new`` every override ``old`` signed (a PIN change); the count."""
    old_key, new_key = TeacherKey(old), TeacherKey(new)
    changed = 0
    with database.transaction() as db:
        for row in database.rows(_ROWS):
            if old_key.check(row):
                mac = new_key.sign_row(row)
                db.execute("UPDATE overrides SET mac = ? WHERE id = ?", [mac, row["id"]])
                changed += 1
    return changed


def _trusted(row: dict[str, Any], upto: int, reset: int) -> bool:
    """Trusted once: unsigned from before signing existed, or there when the PIN was reset."""
    return (row["mac"] is None and row["id"] <= upto) or row["id"] <= reset


def _upto(database: Database, setting: str) -> int:
    rows = database.rows("SELECT value FROM settings WHERE key = ?", [setting])
    try:
        value = json.loads(rows[0]["value"]) if rows else 0
    except ValueError:
        return 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
