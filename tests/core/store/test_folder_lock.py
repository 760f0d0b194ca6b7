"""A second CloseRead on the same data folder gets a clear message, and no write is lost."""

from __future__ import annotations

import os
import signal
import socket
import sys

import pytest
from storage_support import REF, file_hash, run_child, start_child

from closeread.core.store.errors import StorageError
from closeread.core.store.folder_lock import LOCK_NAME, FolderLock
from closeread.core.store.store import DATABASE_NAME, DatabaseLocked, Store


def test_second_store_in_the_same_process_is_refused_until_the_first_closes(tmp_path):
    first = Store(tmp_path)
    ana = first.roster.add_student("Ana")
    with pytest.raises(DatabaseLocked) as caught:
        Store(tmp_path)
    assert "already open" in str(caught.value) and str(tmp_path) in str(caught.value)
    first.work.record_attempt(ana.id, REF, "l", "e", {"text": "still works"})
    first.close()
    with Store(tmp_path) as second:
        assert len(second.work.list_attempts()) == 1


def test_a_second_process_is_told_and_the_first_keeps_saving(tmp_path):
    holder = start_child("hold", str(tmp_path))
    try:
        assert holder.stdout.readline().strip() == "OPEN"
        before = file_hash(tmp_path / DATABASE_NAME)
        with pytest.raises(DatabaseLocked) as caught:
            Store(tmp_path)
        assert f"process {holder.pid} on {socket.gethostname()}" in str(caught.value)
        second = run_child("save", str(tmp_path))
        assert second.returncode == 3
        assert second.stdout.startswith("ERROR DatabaseLocked: CloseRead is already open")
        assert "Traceback" not in second.stderr
        assert file_hash(tmp_path / DATABASE_NAME) == before
        holder.stdin.write("save\nsave\n")
        holder.stdin.flush()
        saved = [int(holder.stdout.readline().split()[1]) for _ in range(2)]
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0, holder.stderr.read()
    with Store(tmp_path) as store:
        assert saved == [a.id for a in store.work.list_attempts()]


def test_a_report_can_read_while_another_process_writes(tmp_path):
    with Store(tmp_path) as store:
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "a"})
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "b"})
        reader = run_child("read", str(tmp_path))
        assert reader.stdout.strip() == "ATTEMPTS 2", reader.stdout + reader.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_lock_goes_when_its_process_is_killed(tmp_path):
    holder = start_child("hold", str(tmp_path))
    assert holder.stdout.readline().strip() == "OPEN"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdin.close()
    with Store(tmp_path) as store:  # no stale lock left behind
        assert [s.name for s in store.roster.list_students()] == ["Child Process"]


def test_folder_lock_is_reentrant_per_holder_and_exclusive_across_holders(tmp_path):
    lock = FolderLock(tmp_path)
    other = FolderLock(tmp_path)
    with lock:
        lock.acquire()  # already held: no-op
        assert lock.held
        with pytest.raises(DatabaseLocked):
            other.acquire()
        assert not other.held
    assert not lock.held
    with other:
        assert other.held
    assert (tmp_path / "closeread.lock").exists()  # left in place; only the lock matters


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_left_alone(tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("a teacher's notes\n")
    data = tmp_path / "data"
    data.mkdir()
    (data / LOCK_NAME).symlink_to(precious)
    with pytest.raises(StorageError, match="not an ordinary file"):
        FolderLock(data).acquire()
    assert precious.read_text() == "a teacher's notes\n"


def test_a_lock_file_that_is_a_pipe_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / LOCK_NAME)
    with pytest.raises(StorageError, match="not an ordinary file"):
        FolderLock(tmp_path).acquire()
