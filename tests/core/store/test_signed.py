"""Signed teacher overrides: a forged one is marked and counts nowhere, the SQL summary
included; overrides from before signing are trusted once; a PIN change signs again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from closeread.core.classwork import pin
from closeread.core.classwork.pin import TeacherPin, close_session, open_session
from closeread.core.records import PackRef
from closeread.core.store.signed import UNSIGNED_UPTO, TeacherKey, reconcile
from closeread.core.store.store import DATABASE_NAME, Store

REF = PackRef("p", "1", "h")
FIXTURE = Path(__file__).parents[1] / "fixtures" / "progress_v1.sqlite3"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)
    with Store.open(tmp_path / "data") as store:
        yield store


def results(store, student_id):
    return store.db.execute(
        "SELECT best, last FROM exercise_results WHERE student_id = ?", [student_id]
    ).fetchone()


def forge(store, attempt_id, score, mac=None):
    """What a student with the database file can do, without CloseRead."""
    store.db.execute(
        "INSERT INTO overrides (attempt_id, score, comment, created_at, mac) "
        "VALUES (?, ?, 'checked by teacher', '2025-01-01T00:00:00Z', ?)",
        [attempt_id, score, mac],
    )
    store.db.conn.commit()


def test_a_forged_override_is_marked_and_counts_nowhere(store):
    ana = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(ana.id, REF, "l", "e", {"t": 1}, score=0.25)
    key = TeacherPin(store).set_pin("teacher-pin")
    open_session(store, key)
    store.work.set_override(attempt, 0.5, "fair")
    close_session(store)
    forge(store, attempt, 1.0, mac="00" * 32)  # a student's row, with a made-up mac
    assert results(store, ana.id) == (1.0, 1.0)  # the trigger counted it, until ...
    verdict = TeacherPin(store).verify("teacher-pin")
    done = open_session(store, verdict.key)  # ... the teacher unlocks
    assert len(done.forged) == 1 and done.corrected == 1
    assert results(store, ana.id) == (0.5, 0.5)  # the SQL summary: the teacher's 50%
    [current] = store.work.list_attempts(student_id=ana.id)
    assert current.override_score == 0.5
    history = store.work.override_history(attempt)
    assert [(o.score, o.authentic) for o in history] == [(0.5, True), (1.0, False)]


def test_a_forged_score_written_into_attempts_is_undone(store):
    ana = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(ana.id, REF, "l", "e", {"t": 1}, score=0.0)
    store.db.execute("UPDATE attempts SET override_score = 1.0 WHERE id = ?", [attempt])
    store.db.conn.commit()
    assert results(store, ana.id) == (1.0, 1.0)
    open_session(store, TeacherPin(store).set_pin("teacher-pin"))
    assert results(store, ana.id) == (0.0, 0.0)
    assert store.work.list_attempts(student_id=ana.id)[0].override_score is None


def test_an_unsigned_row_after_the_upgrade_is_forged(store):
    ana = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(ana.id, REF, "l", "e", {"t": 1}, score=0.1)
    forge(store, attempt, 0.9)
    done = open_session(store, TeacherPin(store).set_pin("teacher-pin"))
    assert done.signed_unsigned == 0 and len(done.forged) == 1
    assert results(store, ana.id) == (0.1, 0.1)


def test_a_pin_change_signs_the_overrides_again(store):
    ana = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(ana.id, REF, "l", "e", {"t": 1}, score=0.1)
    lock = TeacherPin(store)
    open_session(store, lock.set_pin("first-pin"))
    store.work.set_override(attempt, 0.75)
    new_key = lock.set_pin("second-pin", current="first-pin")
    done = open_session(store, new_key)
    assert not done.forged and results(store, ana.id) == (0.75, 0.75)
    # Someone else's key (a PIN set after deleting the record) does not make them count.
    done = reconcile(store.database, TeacherKey(b"x" * 32))
    assert len(done.forged) == 1 and results(store, ana.id) == (0.1, 0.1)
    assert open_session(store, new_key).corrected == 1  # the right key puts it back
    assert results(store, ana.id) == (0.75, 0.75)


def test_overrides_from_before_signing_are_trusted_once_at_the_first_unlock(tmp_path, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURE, data / DATABASE_NAME)
    conn = sqlite3.connect(data / DATABASE_NAME)
    [(old_id, attempt_id, old_score)] = conn.execute(
        "SELECT id, attempt_id, score FROM overrides"
    ).fetchall()
    conn.close()
    with Store.open(data) as store:  # the upgrade to signed overrides
        columns = [row[1] for row in store.db.execute("PRAGMA table_info(overrides)")]
        assert "mac" in columns
        assert store.roster.get_setting(UNSIGNED_UPTO) == old_id
        forge(store, attempt_id, 0.0)  # unsigned, after the upgrade: not trusted
        done = open_session(store, TeacherPin(store).set_pin("teacher-pin"))
        assert done.signed_unsigned == 1 and len(done.forged) == 1
        assert store.roster.get_setting(UNSIGNED_UPTO) is None  # trusted once only
        history = store.work.override_history(attempt_id)
        assert [o.authentic for o in history] == [True, False]
        [current] = [store.work.get_attempt(attempt_id)]
        assert current.override_score == old_score
