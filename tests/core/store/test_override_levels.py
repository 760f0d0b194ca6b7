"""A writing task's levels, kept with the teacher's override (migration 0007) and signed.

An override with levels is signed over a message that covers them, so changing them
by hand makes it forged; an override without levels keeps the message it always had,
so one signed before levels existed still checks after the upgrade.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

import pytest
from sqlite_utils import Database

from closeread.core.classwork import pin
from closeread.core.classwork.pin import TeacherPin, close_session, open_session
from closeread.core.records import PackRef
from closeread.core.store.migrations import SCHEMA_VERSION
from closeread.core.store.schema import migration_set
from closeread.core.store.signed import TeacherKey, levels_from, levels_text, reconcile
from closeread.core.store.store import DATABASE_NAME, Store

REF = PackRef("p", "1", "h")
KEY = b"the teacher's key, 32 bytes long"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)
    with Store.open(tmp_path / "data") as store:
        yield store


def an_attempt(store) -> tuple[int, int]:
    student = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(student.id, REF, "l", "essay", {"text": "My essay."})
    return student.id, attempt


def override_rows(store) -> list[dict]:
    sql = "SELECT id, attempt_id, score, comment, created_at, levels, mac FROM overrides"
    return store.database.rows(f"{sql} ORDER BY id")


def test_levels_are_saved_with_the_override_and_read_back(store):
    student_id, attempt = an_attempt(store)
    open_session(store, TeacherPin(store).set_pin("teacher-pin"))
    store.work.set_override(attempt, 8 / 12, "  Quote the survey.  ", [3, 2, 2, 1])
    saved = store.work.get_attempt(attempt)
    assert saved.override_score == pytest.approx(8 / 12)
    assert (saved.override_comment, saved.override_levels) == ("Quote the survey.", (3, 2, 2, 1))
    assert store.work.list_attempts(student_id=student_id)[0].override_levels == (3, 2, 2, 1)
    [row] = override_rows(store)
    assert row["levels"] == "[3,2,2,1]"
    [history] = store.work.override_history(attempt)
    assert (history.levels, history.authentic) == ((3, 2, 2, 1), True)

    store.work.set_override(attempt, 0.5, "Fairer.")  # points without levels (drill-in)
    assert store.work.get_attempt(attempt).override_levels is None
    store.work.clear_override(attempt)
    withdrawn = store.work.get_attempt(attempt)
    assert withdrawn.override_score is None and withdrawn.override_levels is None


@pytest.mark.parametrize("levels", [[4], [], [True, 1], [1.0], ["3"], "3"])
def test_levels_that_are_not_levels_are_refused_and_nothing_is_saved(store, levels):
    _, attempt = an_attempt(store)
    with pytest.raises(ValueError, match="Levels must be whole numbers from 0 to 3"):
        store.work.set_override(attempt, 0.5, "", levels)
    assert override_rows(store) == []


def test_levels_read_back_only_when_written_as_closeread_writes_them():
    assert levels_text([0, 3]) == "[0,3]" and levels_from("[0,3]") == (0, 3)
    for stored in (None, "[0, 3]", "[4]", "{}", "[]", "not json"):
        assert levels_from(stored) is None


@pytest.mark.parametrize("tampered", ["[3,3,3,3]", None])
def test_changing_the_levels_by_hand_breaks_the_signature(store, tampered):
    _, attempt = an_attempt(store)
    key = TeacherPin(store).set_pin("teacher-pin")
    open_session(store, key)
    store.work.set_override(attempt, 8 / 12, "Good", [3, 2, 2, 1])
    close_session(store)
    [row] = override_rows(store)
    assert TeacherKey(key).check(row)
    store.db.execute("UPDATE overrides SET levels = ? WHERE id = ?", [tampered, row["id"]])
    store.db.conn.commit()
    [changed] = override_rows(store)
    assert not TeacherKey(key).check(changed)
    done = open_session(store, key)
    assert done.forged == (row["id"],)
    assert store.work.get_attempt(attempt).override_score is None  # it counts nowhere
    assert [o.authentic for o in store.work.override_history(attempt)] == [False]


def test_the_migration_adds_a_nullable_json_column(store):
    columns = {row[1]: row for row in store.db.execute("PRAGMA table_info(overrides)")}
    assert "levels" in columns and columns["levels"][3] == 0  # not NOT NULL
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 7
    _, attempt = an_attempt(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO overrides (attempt_id, score, comment, created_at, levels) "
            "VALUES (?, 0.5, '', '2025-01-01T00:00:00Z', '[3,')",
            [attempt],
        )


def test_an_override_signed_before_levels_existed_still_checks_after_the_upgrade(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    old = Database(data / DATABASE_NAME)
    migration_set().apply(old, stop_before="0007_override_levels")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 6
    old.execute(
        "INSERT INTO students (id, name, created_at) VALUES (1, 'Ana', '2025-01-01T00:00:00Z')"
    )
    old.execute(
        "INSERT INTO attempts (id, student_id, pack_id, pack_version, content_hash, lesson_id, "
        "exercise_id, attempt_no, answer, submitted_at) VALUES (1, 1, 'p', '1', 'h', 'l', 'e', "
        "1, '{\"text\":\"x\"}', '2025-01-01T00:00:00Z')"
    )
    at = "2025-01-02T00:00:00Z"
    # The message as schema 6 signed it, written out here rather than taken from the code.
    message = json.dumps(["closeread-override-1", 1, 1, 0.75, "fair", at], separators=(",", ":"))
    mac = hmac.new(KEY, message.encode(), hashlib.sha256).hexdigest()
    old.execute(
        "INSERT INTO overrides (id, attempt_id, score, comment, created_at, mac) "
        "VALUES (1, 1, 0.75, 'fair', ?, ?)",
        [at, mac],
    )
    old.conn.commit()
    old.close()

    with Store.open(data) as store:  # the upgrade to schema 7
        [row] = override_rows(store)
        assert row["levels"] is None and row["mac"] == mac
        assert TeacherKey(KEY).check(row)
        done = reconcile(store.database, TeacherKey(KEY))
        assert done.forged == () and done.corrected == 0
        assert store.work.get_attempt(1).override_score == 0.75
