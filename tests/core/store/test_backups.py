"""Rolling backups through SQLite's backup API; a damaged database reported and restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from storage_support import REF, file_hash

from closeread.core.store import backups
from closeread.core.store.store import (
    DATABASE_NAME,
    DatabaseCorrupt,
    DatabaseLocked,
    NotFound,
    Store,
    list_backups,
    newest_good_backup,
    restore_backup,
)


def saved_answers(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT answer FROM attempts ORDER BY id")]
    finally:
        conn.close()


def fill(data: Path, answers: list[str]) -> None:
    with Store(data) as store:
        student = store.roster.find_student("Ana") or store.roster.add_student("Ana")
        for text in answers:
            store.work.record_attempt(student.id, REF, "l", "e", {"text": text}, score=0.5)


def age_backup(backup: backups.Backup, days: int) -> Path:
    """Rename a backup as if it had been taken ``days`` ago."""
    stamp = (backup.taken_at - timedelta(days=days)).strftime("%Y-%m-%dT%H-%M-%S")
    target = backup.path.with_name(f"closeread-{stamp}-{backup.kind}.sqlite3")
    backup.path.rename(target)
    return target


def test_one_backup_a_day_taken_on_open(tmp_path):
    fill(tmp_path, ["first"])
    fill(tmp_path, ["second"])
    found = list_backups(tmp_path)
    assert [b.kind for b in found] == ["daily"]
    assert found[0].taken_at.date() == datetime.now().date()
    assert found[0].path.parent == tmp_path / "backups"
    # Taken when the store was first opened, before any answer was saved.
    assert saved_answers(found[0].path) == []
    age_backup(found[0], 1)
    fill(tmp_path, [])
    newest = list_backups(tmp_path)[0]
    assert newest.taken_at.date() == datetime.now().date()
    assert saved_answers(newest.path) == ['{"text":"first"}', '{"text":"second"}']


def test_a_backup_holds_what_is_still_in_the_wal(tmp_path):
    """A file copy of a live WAL database misses the newest pages; the backup API does not."""
    with Store(tmp_path) as store:
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "only in the WAL"})
        assert (tmp_path / f"{DATABASE_NAME}-wal").stat().st_size > 0
        shutil.copyfile(store.path, tmp_path / "file-copy.sqlite3")
        (tmp_path / "backups").joinpath(list_backups(tmp_path)[0].path.name).unlink()
        taken = store.backup_if_due()
        assert taken is not None and store.backup_if_due() is None  # one a day
    copied = sqlite3.connect(tmp_path / "file-copy.sqlite3")
    tables = [row[0] for row in copied.execute("SELECT name FROM sqlite_master")]
    copied.close()
    assert "attempts" not in tables or saved_answers(tmp_path / "file-copy.sqlite3") == []
    assert saved_answers(taken) == ['{"text":"only in the WAL"}']
    conn = sqlite3.connect(f"file:{taken}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    conn.close()


def test_the_next_days_backup_is_due_by_the_stores_clock(tmp_path):
    """A long-running app asks every hour; the store's clock says which day it is."""
    now = datetime(2030, 3, 1, 23, 50)
    with Store(tmp_path, clock=lambda: now) as store:
        assert [b.taken_at for b in store.list_backups()] == [now]
        assert store.backup_if_due() is None  # still the same day
        now += timedelta(minutes=20)
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "after midnight"})
        taken = store.backup_if_due(own_connection=True)  # as the app does, off its thread
    assert taken is not None and taken.parent == tmp_path / "backups"
    assert [b.taken_at for b in list_backups(tmp_path)] == [now, datetime(2030, 3, 1, 23, 50)]
    assert saved_answers(taken) == ['{"text":"after midnight"}']


def test_opening_can_leave_the_days_backup_to_backup_if_due(tmp_path):
    with Store(tmp_path, daily_backup=False) as store:
        assert store.list_backups() == []
        assert store.backup_if_due(own_connection=True) is not None
        assert [b.kind for b in store.list_backups()] == ["daily"]


def test_a_backup_that_cannot_be_taken_later_says_why_and_clears_when_it_works(tmp_path):
    now = datetime(2030, 3, 1, 12, 0)
    with Store(tmp_path, clock=lambda: now) as store:
        shutil.rmtree(tmp_path / "backups")
        (tmp_path / "backups").write_text("a file where the backup folder should be")
        now += timedelta(days=1)
        assert store.backup_if_due(own_connection=True) is None
        assert store.backup_problem is not None
        assert str(tmp_path / "backups") in store.backup_problem
        assert "Traceback" not in store.backup_problem
        (tmp_path / "backups").unlink()
        assert store.backup_if_due() is not None
        assert store.backup_problem is None


def test_fourteen_daily_and_five_upgrade_backups_are_kept(tmp_path):
    fill(tmp_path, ["x"])
    template = list_backups(tmp_path)[0]
    for days in range(1, 21):
        copy = tmp_path / "backups" / f"copy-{days}.sqlite3"
        shutil.copyfile(template.path, copy)
        age_backup(backups.Backup(copy, "daily", template.taken_at), days)
        upgrade = tmp_path / "backups" / f"upgrade-{days}.sqlite3"
        shutil.copyfile(template.path, upgrade)
        age_backup(backups.Backup(upgrade, "before-v2", template.taken_at), days)
    template.path.unlink()  # so that opening takes today's backup, and prunes
    fill(tmp_path, [])
    found = list_backups(tmp_path)
    daily = [b for b in found if b.kind == "daily"]
    upgrade = [b for b in found if b.kind == "before-v2"]
    assert len(daily) == backups.DAILY_KEEP == 14
    assert len(upgrade) == backups.UPGRADE_KEEP == 5
    assert daily[0].taken_at.date() == datetime.now().date()
    oldest_kept = (datetime.now() - timedelta(days=13)).date()
    assert daily[-1].taken_at.date() == oldest_kept
    assert [b.taken_at.date() for b in upgrade] == [
        (template.taken_at - timedelta(days=d)).date() for d in range(1, 6)
    ]


def test_other_files_in_the_backup_folder_are_left_alone(tmp_path):
    fill(tmp_path, [])
    stray = tmp_path / "backups" / "my-notes.txt"
    stray.write_text("keep me")
    unfinished = tmp_path / "backups" / "closeread-2025-01-01T10-00-00-daily.sqlite3.partial"
    unfinished.write_bytes(b"half a backup")
    assert backups.prune(tmp_path) == [unfinished]
    assert not unfinished.exists()
    assert stray.read_text() == "keep me"
    assert all(b.path != stray for b in list_backups(tmp_path))


def test_a_failed_daily_backup_does_not_stop_the_work(tmp_path):
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    with Store(tmp_path) as store:
        assert store.backup_problem is not None
        assert "Traceback" not in store.backup_problem
        ana = store.roster.add_student("Ana")
        store.work.record_attempt(ana.id, REF, "l", "e", {"text": "saved anyway"})
    assert saved_answers(tmp_path / DATABASE_NAME) == ['{"text":"saved anyway"}']


def corrupt_pages(path: Path) -> None:
    """Overwrite the middle of the file (table and index pages) with junk."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(os.urandom(size - 4096 * 3))


@pytest.mark.parametrize("damage", ["not a database", "damaged pages"])
def test_a_damaged_database_is_reported_left_in_place_and_restorable(tmp_path, damage):
    fill(tmp_path, [f"answer {i}" for i in range(201)])
    list_backups(tmp_path)[0].path.unlink()  # taken before the answers were saved
    Store(tmp_path).close()  # today's backup now: 201 answers
    database = tmp_path / DATABASE_NAME
    if damage == "not a database":
        database.write_bytes(b"This is a shopping list, not a database.\n" * 100)
    else:
        corrupt_pages(database)
    broken = file_hash(database)
    with pytest.raises(DatabaseCorrupt) as caught:
        Store(tmp_path)
    error = caught.value
    assert "damaged" in str(error) and "restore the newest backup" in str(error)
    assert "Traceback" not in str(error)
    assert file_hash(database) == broken  # reported, never replaced
    assert error.newest_good_backup == list_backups(tmp_path)[0]
    assert newest_good_backup(tmp_path) == error.newest_good_backup
    moved = restore_backup(tmp_path, error.newest_good_backup)
    assert moved is not None and moved.parent == tmp_path
    assert moved.name.startswith(f"{DATABASE_NAME}.broken-")
    assert file_hash(moved) == broken  # kept, under another name
    with Store(tmp_path) as store:
        assert len(store.work.list_attempts()) == 201


def test_newest_good_backup_skips_a_damaged_one(tmp_path):
    fill(tmp_path, ["good"])
    older = age_backup(list_backups(tmp_path)[0], 2)
    fill(tmp_path, ["newer"])
    newest = list_backups(tmp_path)[0]
    newest.path.write_bytes(b"\0" * 8192)
    assert newest_good_backup(tmp_path).path == older
    with pytest.raises(DatabaseCorrupt, match=r"backup .* is damaged too"):
        restore_backup(tmp_path, newest)


def test_no_backup_at_all_is_said_plainly(tmp_path):
    (tmp_path / DATABASE_NAME).write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseCorrupt) as caught:
        Store(tmp_path)
    assert caught.value.newest_good_backup is None
    assert "There is no backup to restore" in str(caught.value)
    with pytest.raises(NotFound):
        restore_backup(tmp_path, tmp_path / "backups" / "missing.sqlite3")


def test_restore_waits_for_closeread_to_close(tmp_path):
    fill(tmp_path, ["x"])
    backup = list_backups(tmp_path)[0]
    with Store(tmp_path), pytest.raises(DatabaseLocked):
        restore_backup(tmp_path, backup)
    assert restore_backup(tmp_path, backup) is not None


def test_restore_moves_the_wal_aside_with_its_database(tmp_path):
    fill(tmp_path, ["x"])
    backup = list_backups(tmp_path)[0]
    (tmp_path / f"{DATABASE_NAME}-wal").write_bytes(b"stale wal")
    moved = restore_backup(tmp_path, backup)
    assert (tmp_path / f"{moved.name}-wal").read_bytes() == b"stale wal"
    assert not (tmp_path / f"{DATABASE_NAME}-wal").exists()
    with Store(tmp_path) as store:
        assert store.work.list_attempts() == []  # the backup was taken before "x" was saved


def test_an_index_that_disagrees_with_its_table_fails_the_full_check(tmp_path):
    """``integrity_check`` also compares each index with its table; ``quick_check`` not.

    The index ``attempts_by_pack`` is redefined, behind SQLite's back, as an index on
    other columns: its pages no longer match the table's rows.
    """
    fill(tmp_path, [f"a{i}" for i in range(50)])
    database = tmp_path / DATABASE_NAME
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX attempts_by_pack ON attempts "
        "(lesson_id, student_id)' WHERE name = 'attempts_by_pack'"
    )
    conn.commit()
    conn.close()
    with Store(tmp_path, check="quick") as store:  # pages and b-trees are sound
        assert len(store.work.list_attempts()) == 50
    damaged = file_hash(database)
    with pytest.raises(DatabaseCorrupt) as caught:
        Store(tmp_path, check="full")
    assert "missing from index" in caught.value.detail
    assert file_hash(database) == damaged
    with pytest.raises(ValueError, match="check"):
        Store(tmp_path, check="nonsense")
