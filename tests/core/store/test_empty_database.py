"""A 0-byte or cut-short progress database is damage, not a new start (issue 20, #6).

SQLite takes a 0-byte file for a new database. CloseRead used to migrate it into an
empty one, back that up, and then offer the empty backup as "the newest good backup"
over the real ones. Now it is refused, kept as it is, and the real backups offered.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from storage_support import REF, file_hash

from closeread.core.store import backups
from closeread.core.store.store import (
    DATABASE_NAME,
    DatabaseCorrupt,
    Store,
    list_backups,
    newest_good_backup,
    restore_backup,
)

YESTERDAY = datetime.now() - timedelta(days=1)


def answers(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT answer FROM attempts ORDER BY id")]
    finally:
        conn.close()


def work_with_a_backup(data: Path) -> backups.Backup:
    """A database with one saved answer, and yesterday's backup of it."""
    with Store(data, clock=lambda: YESTERDAY) as store:
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "kept"})
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backups.prune(data)
        for old in list_backups(data):
            old.path.unlink()
        backups.take_backup(store.db.conn, data, "daily", YESTERDAY)
    (backup,) = list_backups(data)
    return backup


def test_a_0_byte_database_is_refused_kept_and_the_real_backup_offered(tmp_path):
    backup = work_with_a_backup(tmp_path)
    database = tmp_path / DATABASE_NAME
    database.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt) as caught:
        Store(tmp_path)
    assert "is damaged" in str(caught.value) and "restore the newest backup" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert caught.value.newest_good_backup == backup
    assert list(caught.value.backups) == [backup]
    assert database.stat().st_size == 0  # left as it was
    assert list_backups(tmp_path) == [backup]  # no empty backup taken of it
    assert newest_good_backup(tmp_path) == backup
    restore_backup(tmp_path, backup)
    with Store(tmp_path) as store:
        assert [a.answer for a in store.work.list_attempts(1)] == [{"text": "kept"}]


def test_a_0_byte_database_is_refused_read_only_too(tmp_path):
    work_with_a_backup(tmp_path)
    (tmp_path / DATABASE_NAME).write_bytes(b"")
    with pytest.raises(DatabaseCorrupt):
        Store(tmp_path, read_only=True)


def test_a_database_cut_short_at_a_page_boundary_is_refused(tmp_path):
    backup = work_with_a_backup(tmp_path)
    database = tmp_path / DATABASE_NAME
    whole = database.read_bytes()
    page_size = int.from_bytes(whole[16:18], "big")
    database.write_bytes(whole[:page_size])  # page 1 only: SQLite itself finds no fault
    before = file_hash(database)
    with pytest.raises(DatabaseCorrupt) as caught:
        Store(tmp_path)
    assert caught.value.newest_good_backup == backup
    assert file_hash(database) == before


def test_a_0_byte_backup_is_never_listed_nor_the_newest_good_one(tmp_path):
    backup = work_with_a_backup(tmp_path)
    empty = tmp_path / "backups" / "closeread-2099-01-01T00-00-00-daily.sqlite3"
    empty.write_bytes(b"")
    assert list_backups(tmp_path) == [backup]
    assert newest_good_backup(tmp_path) == backup
    assert empty.exists()  # not ours to delete


def test_an_empty_database_is_not_backed_up(tmp_path):
    conn = sqlite3.connect(tmp_path / "nothing.sqlite3")
    try:
        with pytest.raises(sqlite3.DatabaseError):
            backups.take_backup(conn, tmp_path, "daily")
    finally:
        conn.close()
    assert list_backups(tmp_path) == []


def test_a_brand_new_data_folder_still_starts_a_new_database(tmp_path):
    data = tmp_path / "new"
    with Store(data) as store:
        assert store.roster.list_students() == []
    assert (data / DATABASE_NAME).stat().st_size > 0
    assert not (data / f"{DATABASE_NAME}.new").exists()
    with Store(data) as store:  # and opens again
        store.roster.add_student("Ana")


def test_a_new_database_cut_off_before_its_first_migration_opens_as_new(tmp_path):
    """What a crash right after creating the file leaves: a header and nothing else."""
    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with Store(tmp_path) as store:
        assert store.roster.add_student("Ana").id == 1
