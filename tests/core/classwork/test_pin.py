"""The teacher PIN: hashed with scrypt, checked in constant time, wrong tries make one wait."""

from __future__ import annotations

import hashlib
import json
import time

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
        lock.verify("123400")
    lock.set_pin("246800", "246800")
    assert lock.is_set()
    assert lock.verify("246800").ok
    assert not lock.verify("246900").ok


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
    lock.set_pin("123400")
    compared.clear()
    assert lock.verify("123400").ok
    assert calls and all(call["maxmem"] == pin.MAXMEM for call in calls)
    assert len(compared) == 1


@pytest.mark.parametrize("bad", ["", "123", "12345", "      ", "x" * 129])
def test_a_pin_needs_six_to_128_characters_not_only_spaces(lock, bad):
    with pytest.raises(PinError):
        lock.set_pin(bad)
    assert not lock.is_set()


def test_the_two_typings_must_agree(lock):
    with pytest.raises(PinError, match="not the same"):
        lock.set_pin("123400", "124300")
    assert not lock.is_set()


def test_changing_the_pin_needs_the_current_one(lock):
    lock.set_pin("123400")
    with pytest.raises(PinError, match="current PIN"):
        lock.set_pin("999900", current="000000")
    assert lock.verify("123400").ok
    lock.set_pin("999900", current="123400")
    assert lock.verify("999900").ok
    assert not lock.verify("123400").ok


def test_unicode_pins_match_however_they_are_composed(lock):
    lock.set_pin("cafécafé")  # composed é
    assert lock.verify("cafe\u0301cafe\u0301").ok  # e + combining acute


def test_backoff_rule():
    assert [backoff(n) for n in range(0, 8)] == [0, 0, 0, 4, 8, 16, 32, 64]
    assert backoff(40) == pin.MAX_WAIT
    assert backoff(10_000) == pin.MAX_WAIT


def test_wrong_tries_make_the_next_try_wait_and_the_right_pin_clears_them(lock, clock):
    lock.set_pin("123400")
    first = lock.verify("000000")
    assert (first.ok, first.wait, first.failures, first.tries_before_wait) == (False, 0, 1, 2)
    assert lock.verify("000000").wait == 0
    third = lock.verify("000000")
    assert third.wait == 4 and third.failures == 3 and third.tries_before_wait == 0
    assert lock.wait() == 4

    # During the wait even the right PIN is refused, unchecked and not counted.
    clock.now += 3
    early = lock.verify("123400")
    assert not early.ok and not early.checked
    assert early.wait == pytest.approx(1)
    assert lock.failures() == 3

    clock.now += 1
    fourth = lock.verify("999900")
    assert fourth.checked and fourth.wait == 8 and fourth.failures == 4
    clock.now += 8
    assert lock.verify("123400").ok
    assert lock.failures() == 0 and lock.wait() == 0
    assert lock.verify("000000").wait == 0  # a fresh start: three free tries again


def test_a_check_during_the_wait_does_not_even_hash(lock, clock, monkeypatch):
    lock.set_pin("123400")
    for _ in range(3):
        lock.verify("000000")

    def forbidden(*args, **kwargs):
        raise AssertionError("scrypt ran during the wait")

    monkeypatch.setattr(pin.hashlib, "scrypt", forbidden)
    assert not lock.verify("123400").checked


def test_the_wrong_tries_survive_a_restart(tmp_path, clock, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**10)
    with Store.open(tmp_path / "d") as store:
        lock = TeacherPin(store, clock)
        lock.set_pin("123400")
        for _ in range(4):
            clock.now += 100
            lock.verify("000000")
    with Store.open(tmp_path / "d") as store:
        again = TeacherPin(store, clock)
        assert again.failures() == 4
        assert again.wait() == 8
        assert not again.verify("123400").checked


def test_a_clock_set_back_does_not_lengthen_the_wait(lock, clock):
    lock.set_pin("123400")
    for _ in range(3):
        lock.verify("000000")
    clock.now -= 10 * 365 * 86400
    assert lock.wait() == 4


def test_a_damaged_record_counts_as_no_pin(store, lock):
    lock.set_pin("123400")
    record = store.roster.get_setting(pin.SETTING)
    for damage in (
        {**record, "hash": "zz"},
        {**record, "n": 3},  # not a power of two
        {**record, "n": 2**20},  # more memory than allowed
        {**record, "r": True},
        {**record, "scheme": "md5"},
        "123400",
    ):
        store.roster.set_setting(pin.SETTING, damage)
        assert not lock.is_set()
        assert not pin.matches("123400", damage)


def test_a_record_keeps_its_cost_so_a_cheaper_test_cost_still_checks(store, lock, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**4)
    lock.set_pin("123400")
    assert store.roster.get_setting(pin.SETTING)["n"] == 16
    monkeypatch.setattr(pin, "SCRYPT_N", 2**15)
    assert lock.verify("123400").ok  # checked with the cost it was made with


def test_damaged_tries_record_means_the_full_wait(store, lock, clock):
    lock.set_pin("123400")
    store.roster.set_setting(pin.TRIES_SETTING, {"failures": 5, "until": "soon"})
    assert lock.wait() == backoff(5)
    store.roster.set_setting(pin.TRIES_SETTING, {"failures": -1})
    assert lock.wait() == 0


def test_the_cost_is_about_a_quarter_second_and_kept_in_the_record(store, clock):
    """The real cost (n=2**16, r=8: ~250 ms a try, measured); only one generous bound."""
    assert (pin.SCRYPT_N, pin.SCRYPT_R, pin.SCRYPT_P) == (2**16, 8, 1)
    assert pin.MAXMEM >= 128 * pin.SCRYPT_N * pin.SCRYPT_R * (pin.SCRYPT_P + 1)
    assert pin.MIN_LENGTH == 6
    lock = TeacherPin(store, clock)
    lock.set_pin("long-enough")
    record = store.roster.get_setting(pin.SETTING)
    assert (record["n"], record["r"], record["p"]) == (2**16, 8, 1)
    started = time.perf_counter()
    assert lock.verify("long-enough").ok
    assert time.perf_counter() - started < 5.0


def test_an_older_cheaper_shorter_pin_still_opens_but_asks_for_a_longer_one(store, lock):
    salt = bytes(range(16))
    old = hashlib.scrypt(b"1234", salt=salt, n=2**14, r=8, p=1, dklen=32)  # as before
    record = {"scheme": "scrypt", "n": 2**14, "r": 8, "p": 1, "salt": salt.hex(), "hash": old.hex()}
    store.roster.set_setting(pin.SETTING, record)
    verdict = lock.verify("1234")
    assert verdict.ok and verdict.should_change and verdict.key and len(verdict.key) == 32
    assert not lock.verify("123456").ok
    long = lock.set_pin("123456789", current="1234")
    assert long != verdict.key
    again = lock.verify("123456789")
    assert again.ok and not again.should_change and again.key == long
    assert store.roster.get_setting(pin.SETTING)["n"] == 2**10  # the tests' lowered cost


def test_the_session_key_is_not_the_stored_hash(store, lock):
    key = lock.set_pin("teacher-pin")
    record = store.roster.get_setting(pin.SETTING)
    assert key not in bytes.fromhex(record["hash"]) and key.hex() not in json.dumps(record)
    assert "key" not in repr(lock.verify("teacher-pin"))
