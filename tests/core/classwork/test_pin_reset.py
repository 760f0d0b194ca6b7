"""Resetting a forgotten PIN: a file in the data folder, removed by the reset; the
teacher's overrides keep counting under the new PIN, and one made after does not sneak in."""

from __future__ import annotations

import pytest

from closeread.core.classwork import pin
from closeread.core.classwork.pin import TeacherPin, close_session, open_session
from closeread.core.classwork.pin_reset import RESET_FILE, ResetError, reset_file, reset_pin
from closeread.core.records import PackRef
from closeread.core.store.signed import RESET_UPTO
from closeread.core.store.store import Store

REF = PackRef("p", "1", "h")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 2**8)
    with Store.open(tmp_path / "data") as store:
        yield store


def counted(store, student_id):
    return store.db.execute(
        "SELECT best FROM exercise_results WHERE student_id = ?", [student_id]
    ).fetchone()[0]


@pytest.mark.parametrize("name", [RESET_FILE, "reset-teacher-pin.txt", "Reset-Teacher-Pin"])
def test_the_reset_file_is_found_by_its_name_in_any_case(store, name):
    assert reset_file(store.data_dir) is None
    (store.data_dir / "RESET-TEACHER-PIN.md").write_text("")  # another name: not a reset
    assert reset_file(store.data_dir) is None
    (store.data_dir / name).write_text("")
    assert reset_file(store.data_dir) == store.data_dir / name


def test_a_reset_removes_the_file_the_pin_and_the_waits(store):
    lock = TeacherPin(store, clock=lambda: 100.0)
    lock.set_pin("forgotten-pin")
    for _ in range(4):
        lock.verify("a guess")
    assert lock.wait() > 0
    file = store.data_dir / RESET_FILE
    file.write_text("")
    done = reset_pin(store, file)
    assert not file.exists() and done.file == file
    assert not lock.is_set() and lock.wait() == 0 and lock.failures() == 0
    assert reset_file(store.data_dir) is None  # it does not happen again


def test_the_overrides_made_before_the_reset_count_under_the_new_pin(store):
    ana = store.roster.add_student("Ana")
    attempt = store.work.record_attempt(ana.id, REF, "l", "e", {"t": 1}, score=0.25)
    open_session(store, TeacherPin(store).set_pin("forgotten-pin"))
    store.work.set_override(attempt, 0.75, "fair")
    close_session(store)
    file = store.data_dir / RESET_FILE
    file.write_text("")
    assert reset_pin(store, file).overrides == 1
    new_key = TeacherPin(store).set_pin("new-teacher-pin")
    # A row added after the reset is not the teacher's: it is not trusted with them.
    store.db.execute(
        "INSERT INTO overrides (attempt_id, score, comment, created_at) "
        "VALUES (?, 1.0, 'forged', '2025-01-01T00:00:00Z')",
        [attempt],
    )
    store.db.conn.commit()
    done = open_session(store, new_key)
    assert done.signed_unsigned == 1 and len(done.forged) == 1
    assert counted(store, ana.id) == 0.75
    assert store.roster.get_setting(RESET_UPTO) is None  # trusted once only
    assert [o.authentic for o in store.work.override_history(attempt)] == [True, False]


def test_a_file_that_cannot_be_removed_resets_nothing(store, tmp_path):
    TeacherPin(store).set_pin("kept-pin-1")
    folder = store.data_dir / RESET_FILE  # a folder by that name cannot be unlinked
    folder.mkdir()
    with pytest.raises(ResetError, match="could not remove"):
        reset_pin(store, folder)
    assert TeacherPin(store).is_set()
