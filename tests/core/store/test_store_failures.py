"""A full disk or a read-only folder: a clear error, and nothing saved before is lost."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest
from storage_support import REF, file_hash, run_child, without_root_powers

from closeread.core.store.store import DATABASE_NAME, DiskFull, StorageError, Store


def count_attempts(path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
    finally:
        conn.close()


def test_full_database_gives_disk_full_and_keeps_what_was_saved(tmp_path):
    """SQLite's ``max_page_count`` caps the file as a full disk would.

    Writing past it fails inside SQLite with ``SQLITE_FULL``, the code a full disk
    gives, so this exercises the real path: the transaction rolls back, the store turns
    the error into :class:`DiskFull`, and stays usable once there is room again.
    """
    with Store(tmp_path) as store:
        ana = store.roster.add_student("Ana")
        saved = [store.work.record_attempt(ana.id, REF, "l", f"e{i}", {"n": i}, score=1.0)
                 for i in range(5)]  # fmt: skip
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFull) as caught:
            for i in range(100):
                store.work.record_attempt(ana.id, REF, "l", "big", {"text": "x" * 5000, "i": i})
        message = str(caught.value)
        assert "full" in message and "saved before is kept" in message
        assert "Traceback" not in message and "sqlite" not in message.lower()
        assert set(saved) <= {a.id for a in store.work.list_attempts()}  # (and some "big")
        kept = len(store.work.list_attempts())
        store.db.execute("PRAGMA max_page_count = 1073741823")
        store.work.record_attempt(ana.id, REF, "l", "after", {"text": "room again"})
        assert len(store.work.list_attempts()) == kept + 1
    assert count_attempts(tmp_path / DATABASE_NAME) == kept + 1


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_operating_system_refusing_to_write_gives_a_clear_error(tmp_path):
    """A child process limits the size of files it may write (``RLIMIT_FSIZE``).

    The kernel then refuses writes beyond the limit (``EFBIG``), a real write failure
    from the operating system like a full disk or a pulled USB stick. The child saves
    large answers until that happens; every answer it reported saved must be there.
    """
    first = run_child("save", str(tmp_path))
    assert first.returncode == 0, first.stderr
    result = run_child("fill", str(tmp_path))
    lines = result.stdout.splitlines()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    error = lines[-1]
    assert error.startswith(("ERROR WriteFailed:", "ERROR DiskFull:")), error
    assert "saved before is kept" in error
    acknowledged = [int(line) for line in lines[:-1]]
    assert acknowledged, "the child saved nothing before the limit"
    with Store(tmp_path) as store:
        ids = {attempt.id for attempt in store.work.list_attempts()}
    assert set(acknowledged) <= ids
    assert count_attempts(tmp_path / DATABASE_NAME) == len(ids)


def _make_read_only(folder):
    for path in folder.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    folder.chmod(0o555)


def _make_writable(folder):
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def unprivileged():
    prefix = without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot bind")
    return prefix


def test_read_only_folder_gives_a_clear_error_and_keeps_the_data(tmp_path, unprivileged):
    """The data folder and its files are made read-only with chmod.

    The tests run as root, which ignores permissions, so the CloseRead that meets the
    read-only folder runs in a child process without root's override capabilities
    (``setpriv``, see ``without_root_powers``); as a normal user it runs as is.
    """
    data = tmp_path / "data"
    assert run_child("save", str(data)).returncode == 0
    before = file_hash(data / DATABASE_NAME)
    _make_read_only(data)
    try:
        result = run_child("save", str(data), prefix=unprivileged)
        reading = run_child("read", str(data), prefix=unprivileged)
        listing = sorted(path.name for path in data.iterdir())
    finally:
        _make_writable(data)
    assert result.returncode == 3, result.stdout + result.stderr
    assert result.stdout.startswith("ERROR ReadOnlyFolder: CloseRead cannot write to")
    assert "Traceback" not in result.stderr
    assert reading.stdout.strip() == "ATTEMPTS 1", reading.stdout + reading.stderr
    assert listing == ["backups", "closeread.lock", DATABASE_NAME]  # nothing made beside it
    assert file_hash(data / DATABASE_NAME) == before
    assert count_attempts(data / DATABASE_NAME) == 1


def test_read_only_database_file_in_a_writable_folder(tmp_path, unprivileged):
    data = tmp_path / "data"
    assert run_child("save", str(data)).returncode == 0
    before = file_hash(data / DATABASE_NAME)
    (data / DATABASE_NAME).chmod(0o444)
    try:
        result = run_child("save", str(data), prefix=unprivileged)
    finally:
        (data / DATABASE_NAME).chmod(0o644)
    assert result.returncode == 3, result.stdout + result.stderr
    assert result.stdout.startswith("ERROR ReadOnlyFolder:")
    assert file_hash(data / DATABASE_NAME) == before
    assert not (data / f"{DATABASE_NAME}-shm").exists()


def test_data_folder_that_cannot_be_created(tmp_path, unprivileged):
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = run_child("save", str(parent / "data"), prefix=unprivileged)
    finally:
        parent.chmod(0o755)
    assert result.returncode == 3, result.stdout + result.stderr
    assert result.stdout.startswith("ERROR ReadOnlyFolder:")
    assert not (parent / "data").exists()


def test_a_file_in_place_of_the_data_folder(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="is a file, not a folder") as caught:
        Store(blocker)
    assert str(blocker) in str(caught.value)
    assert blocker.read_text() == "not a folder"


def test_read_only_store_opens_a_wal_database_in_a_read_only_folder(tmp_path, unprivileged):
    data = tmp_path / "data"
    assert run_child("save", str(data)).returncode == 0
    assert not (data / f"{DATABASE_NAME}-wal").exists()
    _make_read_only(data)
    try:
        result = run_child("read", str(data), prefix=unprivileged)
    finally:
        _make_writable(data)
    assert result.stdout.strip() == "ATTEMPTS 1", result.stdout + result.stderr
    assert os.listdir(data).count(f"{DATABASE_NAME}-shm") == 0
