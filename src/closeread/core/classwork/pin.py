"""The teacher PIN: a lock on teacher mode for a shared computer.

The PIN is set on first use and kept in the progress database's settings, never as
itself: as an scrypt hash (``hashlib.scrypt``, a random 16-byte salt, ``n=2**16``,
``r=8``, ``p=1``, an explicit ``maxmem``) with the cost it was made with, so a later
CloseRead can raise the cost and still check an older PIN (records made with
``n=2**14`` before still open). The cost was chosen by measuring: about 250 ms a try on
a two-core classroom laptop, 64 MiB of memory. A PIN is checked with
``hmac.compare_digest``. A new PIN needs :data:`MIN_LENGTH` characters; an older,
shorter one still opens teacher mode, and the verdict says it should be changed.

scrypt gives 64 bytes: the first 32 are stored (the hash), the last 32 are never
stored. They are the teacher's key for the session (:attr:`Verdict.key`), which signs
the records only the teacher may write (:mod:`closeread.core.store.signed`). Changing
the PIN signs them again under the new key.

Wrong tries are counted in the settings too, so quitting CloseRead does not reset
them. The first :data:`FREE_TRIES` - 1 wrong tries cost nothing; from the
:data:`FREE_TRIES`-th on, the next try must wait ``2 ** (wrong tries - 1)`` seconds
(4, 8, 16, ... up to :data:`MAX_WAIT`). A try during the wait is refused unchecked and
not counted. The right PIN clears the count.

This is a lock for a shared computer, not a secret against a
determined student: whoever can edit the database can remove it. A damaged PIN record
counts as no PIN, so the teacher can set a new one rather than be locked out for good.
Keys that must stay secret stay off students' computers (the assessment edition).
No Qt here.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from closeread.core.store.signed import Reconciled, TeacherKey, reconcile, resign

SETTING = "teacher.pin"
TRIES_SETTING = "teacher.pin_tries"
MIN_LENGTH = 6
MAX_LENGTH = 128
FREE_TRIES = 3  # the wrong try that starts the waiting
MAX_WAIT = 3600.0  # seconds

# scrypt's cost. Tests may lower SCRYPT_N (and only tests): the record keeps the cost
# it was made with, so a PIN is always checked the way it was hashed.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
MAXMEM = 128 * 1024 * 1024  # bytes; scrypt needs about 128 * n * r (64 MiB here)
SALT_BYTES = 16
KEY_BYTES = 32
# What a stored record may ask for, so a doctored record cannot make a check take
# minutes or all the memory.
_LIMITS = {"n": 2**20, "r": 32, "p": 16}


class PinError(ValueError):
    """A PIN that cannot be used, or a change that is not allowed; ``str()`` says why."""


@dataclass(frozen=True)
class Verdict:
    """What came of trying a PIN."""

    ok: bool
    wait: float  # seconds before the next try is allowed (0: try again now)
    failures: int  # wrong tries in a row, this one included
    checked: bool = True  # False: refused unchecked, because the wait was not over
    # The right PIN: the session's signing key (kept in memory only), and whether the
    # PIN is shorter than a new one may be, so the teacher should choose a longer one.
    key: bytes | None = field(default=None, repr=False)
    should_change: bool = False

    @property
    def tries_before_wait(self) -> int:
        """Wrong tries still free of a wait (0 once every wrong try makes one wait)."""
        return max(0, FREE_TRIES - self.failures)


def backoff(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT, float(2 ** min(failures - 1, 62)))


def pin_problem(pin: str, repeated: str | None = None) -> str:
    """Why ``pin`` cannot be a new PIN ("" when it can); ``repeated`` is the second typing."""
    text = normalise(pin)
    if len(text) < MIN_LENGTH:
        return f"A PIN needs at least {MIN_LENGTH} characters."
    if len(text) > MAX_LENGTH:
        return f"A PIN can have at most {MAX_LENGTH} characters."
    if not text.strip():
        return "A PIN cannot be only spaces."
    if repeated is not None and normalise(repeated) != text:
        return "The two PINs are not the same."
    return ""


def normalise(pin: str) -> str:
    """The PIN as compared: Unicode NFC, so the same letters typed two ways still match."""
    return unicodedata.normalize("NFC", pin or "")


def hash_pin(pin: str, salt: bytes | None = None) -> dict[str, Any]:
    """The record stored for ``pin``: its scrypt hash, salt and cost."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    cost = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    derived = _scrypt(pin, salt, **cost)[:KEY_BYTES]
    return {"scheme": "scrypt", **cost, "salt": salt.hex(), "hash": derived.hex()}


def matches(pin: str, record: dict[str, Any]) -> bool:
    """Whether ``pin`` is the PIN ``record`` was made from (constant-time compare)."""
    return session_key(pin, record) is not None


def session_key(pin: str, record: dict[str, Any]) -> bytes | None:
    """The teacher's signing key when ``pin`` is ``record``'s PIN, else None."""
    parsed = _parse(record)
    if parsed is None:
        return None
    salt, expected, cost = parsed
    derived = _scrypt(pin, salt, **cost)
    if not hmac.compare_digest(derived[:KEY_BYTES], expected):
        return None
    return derived[KEY_BYTES:]


class TeacherPin:
    """The PIN kept in ``store``'s settings; ``clock`` gives the time in seconds."""

    def __init__(self, store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock

    def is_set(self) -> bool:
        return _parse(self.store.roster.get_setting(SETTING)) is not None

    def set_pin(self, pin: str, repeated: str | None = None, *, current: str = "") -> bytes:
        """Set the PIN (first use), or change it when ``current`` is the PIN now set.

        Returns the new PIN's session key. On a change, the records the old key
        signed are signed again with the new one, in the same transaction.
        """
        problem = pin_problem(pin, repeated)
        if problem:
            raise PinError(problem)
        old_key = None
        if self.is_set():
            verdict = self.verify(current)
            if not verdict.ok:
                raise PinError("The current PIN is not right; the PIN was not changed.")
            old_key = verdict.key
        record = hash_pin(pin)
        key = session_key(pin, record)
        assert key is not None
        with self.store.database.transaction():
            self.store.roster.set_setting(SETTING, record)
            self.store.roster.delete_setting(TRIES_SETTING)
            if old_key is not None:
                resign(self.store.database, old_key, key)
        return key

    def failures(self) -> int:
        return self._tries()[0]

    def wait(self) -> float:
        """Seconds before a PIN may be tried again (0: now)."""
        failures, until = self._tries()
        if not failures:
            return 0.0
        # Capped: a clock set back must not make the wait longer than the rule says.
        return min(max(0.0, until - self.clock()), backoff(failures))

    def verify(self, pin: str) -> Verdict:
        """Try ``pin``; a wrong one is counted, and may make the next try wait."""
        record = self.store.roster.get_setting(SETTING)
        if _parse(record) is None:
            raise PinError("No teacher PIN is set yet.")
        failures, _until = self._tries()
        waiting = self.wait()
        if waiting > 0:
            return Verdict(False, waiting, failures, checked=False)
        key = session_key(pin, record)
        if key is not None:
            if failures:
                self.store.roster.delete_setting(TRIES_SETTING)
            return Verdict(True, 0.0, 0, key=key, should_change=len(normalise(pin)) < MIN_LENGTH)
        failures += 1
        wait = backoff(failures)
        self.store.roster.set_setting(
            TRIES_SETTING, {"failures": failures, "until": self.clock() + wait}
        )
        return Verdict(False, wait, failures)

    def _tries(self) -> tuple[int, float]:
        saved = self.store.roster.get_setting(TRIES_SETTING)
        if not isinstance(saved, dict):
            return 0, 0.0
        failures, until = saved.get("failures"), saved.get("until")
        if not isinstance(failures, int) or isinstance(failures, bool) or failures < 0:
            return 0, 0.0
        if not isinstance(until, int | float) or not math.isfinite(until):
            until = self.clock() + backoff(failures)  # damaged: the full wait again
        return failures, float(until)


def open_session(store, key: bytes) -> Reconciled:
    """Teacher mode opened with ``key`` (:attr:`Verdict.key`): overrides are signed with
    it from now on, and those already there checked (forged ones stop counting)."""
    signer = TeacherKey(key)
    store.work.signer = signer
    return reconcile(store.database, signer)


def close_session(store) -> None:
    """Teacher mode closed: the key is forgotten."""
    store.work.signer = None


def _scrypt(pin: str, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        normalise(pin).encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=MAXMEM,
        dklen=2 * KEY_BYTES,
    )


def _parse(record: object) -> tuple[bytes, bytes, dict[str, int]] | None:
    """(salt, hash, cost) of a stored record; None when it is missing or damaged."""
    if not isinstance(record, dict) or record.get("scheme") != "scrypt":
        return None
    cost = {}
    for name, limit in _LIMITS.items():
        value = record.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= limit:
            return None
        cost[name] = value
    n = cost["n"]
    if n < 2 or n & (n - 1) or 128 * n * cost["r"] * (cost["p"] + 1) > MAXMEM:
        return None
    try:
        salt = bytes.fromhex(record["salt"])
        expected = bytes.fromhex(record["hash"])
    except (KeyError, TypeError, ValueError):
        return None
    if len(salt) < 8 or len(expected) != KEY_BYTES:
        return None
    return salt, expected, cost
