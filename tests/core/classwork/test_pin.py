"""The teacher PIN: hashed with scrypt, checked in constant time, wrong tries make one wait."""

from __future__ import annotations

import hashlib
import json

import pytest

from closeread.core.classwork import pin
from closeread.core.classwork.pin import PinError, TeacherPin, backoff
from closeread.core.store.store import Store


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as store:
        yield store


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def lock(store, clock, monkeypatch):
    """The PIN lock at a low scrypt cost, so the tests run fast (only tests lower it)."""
    monkeypatch.setattr(pin, "SCRYPT_N", 2**10)
    return TeacherPin(store, clock)


def test_no_pin_at_first_and_one_set_verifies(lock):
    assert not lock.is_set()
    with pytest.raises(PinError):
        lock.verify("1234")
    lock.set_pin("2468", "2468")
    assert lock.is_set()
    assert lock.verify("2468").ok
    assert not lock.verify("2469").ok


def test_the_pin_is_stored_as_an_scrypt_hash_with_a_random_salt(store, lock, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**14)  # the real cost
    lock.set_pin("s3cret-pin")
    record = store.roster.get_setting(pin.SETTING)
    text = json.dumps(record)
    assert "s3cret-pin" not in text
    assert record["scheme"] == "scrypt"
    assert (record["n"], record["r"], record["p"]) == (2**14, 8, 1)
    salt = bytes.fromhex(record["salt"])
    assert len(salt) == 16
    expected = hashlib.scrypt(b"s3cret-pin", salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert bytes.fromhex(record["hash"]) == expected
    first_salt = record["salt"]
    lock.set_pin("s3cret-pin", current="s3cret-pin")
    assert store.roster.get_setting(pin.SETTING)["salt"] != first_salt  # a new salt every time


def test_scrypt_gets_an_explicit_maxmem_and_the_compare_is_constant_time(lock, monkeypatch):
    calls = []
    real = hashlib.scrypt

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    compared = []
    real_compare = pin.hmac.compare_digest

    def compare(a, b):
        compared.append((a, b))
        return real_compare(a, b)

    monkeypatch.setattr(pin.hashlib, "scrypt", spy)
    monkeypatch.setattr(pin.hmac, "compare_digest", compare)
    lock.set_pin("1234")
    assert lock.verify("1234").ok
    assert calls and all(call["maxmem"] == pin.MAXMEM for call in calls)
    assert len(compared) == 1


@pytest.mark.parametrize("bad", ["", "123", "   ", "x" * 129])
def test_a_pin_needs_four_to_128_characters_not_only_spaces(lock, bad):
    with pytest.raises(PinError):
        lock.set_pin(bad)
    assert not lock.is_set()


def test_the_two_typings_must_agree(lock):
    with pytest.raises(PinError, match="not the same"):
        lock.set_pin("1234", "1243")
    assert not lock.is_set()


def test_changing_the_pin_needs_the_current_one(lock):
    lock.set_pin("1234")
    with pytest.raises(PinError, match="current PIN"):
        lock.set_pin("9999", current="0000")
    assert lock.verify("1234").ok
    lock.set_pin("9999", current="1234")
    assert lock.verify("9999").ok
    assert not lock.verify("1234").ok


def test_unicode_pins_match_however_they_are_composed(lock):
    lock.set_pin("café")  # composed é
    assert lock.verify("cafe\u0301").ok  # e + combining acute


def test_backoff_rule():
    assert [backoff(n) for n in range(0, 8)] == [0, 0, 0, 4, 8, 16, 32, 64]
    assert backoff(40) == pin.MAX_WAIT
    assert backoff(10_000) == pin.MAX_WAIT


def test_wrong_tries_make_the_next_try_wait_and_the_right_pin_clears_them(lock, clock):
    lock.set_pin("1234")
    first = lock.verify("0000")
    assert (first.ok, first.wait, first.failures, first.tries_before_wait) == (False, 0, 1, 2)
    assert lock.verify("0000").wait == 0
    third = lock.verify("0000")
    assert third.wait == 4 and third.failures == 3 and third.tries_before_wait == 0
    assert lock.wait() == 4

    # During the wait even the right PIN is refused, unchecked and not counted.
    clock.now += 3
    early = lock.verify("1234")
    assert not early.ok and not early.checked
    assert early.wait == pytest.approx(1)
    assert lock.failures() == 3

    clock.now += 1
    fourth = lock.verify("9999")
    assert fourth.checked and fourth.wait == 8 and fourth.failures == 4
    clock.now += 8
    assert lock.verify("1234").ok
    assert lock.failures() == 0 and lock.wait() == 0
    assert lock.verify("0000").wait == 0  # a fresh start: three free tries again


def test_a_check_during_the_wait_does_not_even_hash(lock, clock, monkeypatch):
    lock.set_pin("1234")
    for _ in range(3):
        lock.verify("0000")

    def forbidden(*args, **kwargs):
        raise AssertionError("scrypt ran during the wait")

    monkeypatch.setattr(pin.hashlib, "scrypt", forbidden)
    assert not lock.verify("1234").checked


def test_the_wrong_tries_survive_a_restart(tmp_path, clock, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**10)
    with Store.open(tmp_path / "d") as store:
        lock = TeacherPin(store, clock)
        lock.set_pin("1234")
        for _ in range(4):
            clock.now += 100
            lock.verify("0000")
    with Store.open(tmp_path / "d") as store:
        again = TeacherPin(store, clock)
        assert again.failures() == 4
        assert again.wait() == 8
        assert not again.verify("1234").checked


def test_a_clock_set_back_does_not_lengthen_the_wait(lock, clock):
    lock.set_pin("1234")
    for _ in range(3):
        lock.verify("0000")
    clock.now -= 10 * 365 * 86400
    assert lock.wait() == 4


def test_a_damaged_record_counts_as_no_pin(store, lock):
    lock.set_pin("1234")
    record = store.roster.get_setting(pin.SETTING)
    for damage in (
        {**record, "hash": "zz"},
        {**record, "n": 3},  # not a power of two
        {**record, "n": 2**20},  # more memory than allowed
        {**record, "r": True},
        {**record, "scheme": "md5"},
        "1234",
    ):
        store.roster.set_setting(pin.SETTING, damage)
        assert not lock.is_set()
        assert not pin.matches("1234", damage)


def test_a_record_keeps_its_cost_so_a_cheaper_test_cost_still_checks(store, lock, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**4)
    lock.set_pin("1234")
    assert store.roster.get_setting(pin.SETTING)["n"] == 16
    monkeypatch.setattr(pin, "SCRYPT_N", 2**15)
    assert lock.verify("1234").ok  # checked with the cost it was made with


def test_damaged_tries_record_means_the_full_wait(store, lock, clock):
    lock.set_pin("1234")
    store.roster.set_setting(pin.TRIES_SETTING, {"failures": 5, "until": "soon"})
    assert lock.wait() == backoff(5)
    store.roster.set_setting(pin.TRIES_SETTING, {"failures": -1})
    assert lock.wait() == 0
