"""Backups sort newest first even when two are taken in the same second (issue 20, #17),
and backups named the old way are still listed and sorted."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from storage_support import REF

from closeread.core.store import backups
from closeread.core.store.store import Store, list_backups, newest_good_backup

SECOND = datetime(2030, 3, 1, 9, 30, 0)


def answers(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT answer FROM attempts ORDER BY id")]
    finally:
        conn.close()


def backups_in_one_second(data: Path, count: int, kinds: list[str] | None = None) -> list[Path]:
    """Take ``count`` backups all named for the same second, an answer saved between each."""
    taken: list[Path] = []
    with Store(data, daily_backup=False) as store:
        ana = store.roster.add_student("Ana")
        for number in range(count):
            store.work.record_attempt(ana.id, REF, "l", "e", {"text": str(number)})
            kind = kinds[number] if kinds else "daily"
            taken.append(backups.take_backup(store.db.conn, data, kind, SECOND))
    return taken


def test_the_second_backup_of_a_second_is_the_newest(tmp_path):
    first, second = backups_in_one_second(tmp_path, 2)
    found = list_backups(tmp_path)
    assert [b.path for b in found] == [second, first]
    assert len(answers(found[0].path)) == 2
    newest = newest_good_backup(tmp_path)
    assert newest is not None and newest.path == second


def test_ten_backups_in_one_second_sort_by_when_they_were_taken(tmp_path):
    taken = backups_in_one_second(tmp_path, 11)
    assert [b.path for b in list_backups(tmp_path)] == taken[::-1]


def test_an_upgrade_backup_after_a_daily_one_in_the_same_second_is_newer(tmp_path):
    daily, upgrade = backups_in_one_second(tmp_path, 2, ["daily", "before-v9"])
    assert [b.path for b in list_backups(tmp_path)] == [upgrade, daily]


def test_backups_in_the_same_second_by_the_real_clock_keep_their_order(tmp_path):
    with Store(tmp_path, daily_backup=False) as store:
        taken = [backups.take_backup(store.db.conn, tmp_path, "daily") for _ in range(5)]
    assert [b.path for b in list_backups(tmp_path)] == taken[::-1]
    assert all(b.taken_at.microsecond or b.sequence for b in list_backups(tmp_path))


def test_backups_named_the_old_way_are_still_listed_and_sorted(tmp_path):
    (template,) = backups_in_one_second(tmp_path, 1)
    folder = tmp_path / "backups"
    old_names = [
        "closeread-2030-02-27T10-00-00-daily.sqlite3",
        "closeread-2030-02-28T10-00-00-before-v2.sqlite3",
        "closeread-2030-02-28T10-00-00-before-v2-2.sqlite3",
        "closeread-2030-02-28T10-00-00-before-v2-10.sqlite3",
    ]
    for name in old_names:
        shutil.copyfile(template, folder / name)
    found = list_backups(tmp_path)
    assert [b.path.name for b in found] == [template.name, *reversed(old_names)]
    assert found[1].taken_at == datetime(2030, 2, 28, 10, 0, 0)
    assert [b.kind for b in found] == ["daily", "before-v2", "before-v2", "before-v2", "daily"]
    # A new backup after old ones gets a higher number than any of them.
    with Store(tmp_path, daily_backup=False) as store:
        newer = backups.take_backup(store.db.conn, tmp_path, "daily", SECOND)
    assert list_backups(tmp_path)[0].path == newer
