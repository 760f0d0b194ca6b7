"""Installed packs are recorded relative to the data folder, so a portable data folder
that moves to another drive letter or stick keeps them (issue 20, #7)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from closeread.core.library.install import install_pack
from closeread.core.library.installed import known_packs
from closeread.core.store.locations import from_record, migrated, to_record
from closeread.core.store.migrations import SCHEMA_VERSION
from closeread.core.store.store import DATABASE_NAME, Store

FIXTURES = Path(__file__).parents[1] / "fixtures"
MINIPACK = FIXTURES / "minipack"


def stored_locations(data: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{data / DATABASE_NAME}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT location FROM packs ORDER BY rowid")]
    finally:
        conn.close()


def test_a_pack_installed_then_the_data_folder_moved_is_still_listed_and_loads(tmp_path):
    old = tmp_path / "stick-E" / "CloseRead"
    with Store(old) as store:
        installed = install_pack(MINIPACK, old, store)
        pack_id = installed.pack.id
        assert store.roster.list_packs()[0].location == str(installed.location)
    assert stored_locations(old) == [f"packs/{installed.location.name}"]
    new = tmp_path / "stick-F" / "CloseRead"
    new.parent.mkdir()
    shutil.move(old, new)
    with Store(new) as store:
        (record,) = store.roster.list_packs()
        assert record.location == str(new / "packs" / installed.location.name)
        known = known_packs(store, new)
    assert known.problems == ()
    pack = known.newest(pack_id, full=False)
    assert pack is not None and pack.root == new / "packs" / installed.location.name


def test_a_pack_outside_the_data_folder_keeps_its_absolute_path(tmp_path):
    elsewhere = tmp_path / "shared" / "packs" / "reading"
    with Store(tmp_path / "data") as store:
        record = store.roster.install_pack("reading", "1", "h", str(elsewhere))
    assert record.location == str(elsewhere)
    assert stored_locations(tmp_path / "data") == [str(elsewhere)]


def test_record_round_trip(tmp_path):
    data = tmp_path / "data"
    inside = data / "packs" / "a-1-0123abcd"
    assert to_record(inside, data) == "packs/a-1-0123abcd"
    assert from_record("packs/a-1-0123abcd", data) == str(inside)
    assert to_record(data / ".." / "other", data) == str(data / ".." / "other")
    assert from_record(str(tmp_path / "x"), data) == str(tmp_path / "x")
    assert from_record("E:\\CloseRead\\packs\\a", data) == "E:\\CloseRead\\packs\\a"


def test_upgrading_an_old_database_makes_its_pack_records_relative(tmp_path):
    data = tmp_path / "data"
    (data / "packs" / "moved-1-aaaa").mkdir(parents=True)
    (data / "packs" / "here-1-bbbb").mkdir()
    shutil.copyfile(FIXTURES / "progress_v1.sqlite3", data / DATABASE_NAME)
    records = {
        "here": str(data / "packs" / "here-1-bbbb"),  # inside the data folder
        "moved": "/media/OLDSTICK/CloseRead/packs/moved-1-aaaa",  # moved before upgrading
        "windows": "E:\\CloseRead\\packs\\moved-1-aaaa",
        "gone": "/media/OLDSTICK/CloseRead/packs/gone-1-cccc",  # not here: left alone
        "shared": str(tmp_path / "shared" / "pack"),  # outside: left alone
    }
    conn = sqlite3.connect(data / DATABASE_NAME)
    with conn:
        conn.executemany(
            "INSERT INTO packs (pack_id, version, content_hash, location, installed_at) "
            "VALUES (?, '1', ?, ?, '2025-03-01T09:00:00.000+00:00')",
            [(name, f"hash-{name}", location) for name, location in records.items()],
        )
    conn.close()
    with Store(data) as store:
        assert store.upgraded_from == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        listed = {p.pack_id: p.location for p in store.roster.list_packs()}
    assert stored_locations(data) == [
        "lessons/cyber-op-ed",  # the fixture's own record, relative already
        "packs/here-1-bbbb",
        "packs/moved-1-aaaa",
        "packs/moved-1-aaaa",
        records["gone"],
        records["shared"],
    ]
    assert listed["here"] == str(data / "packs" / "here-1-bbbb")
    assert listed["moved"] == listed["windows"] == str(data / "packs" / "moved-1-aaaa")
    assert listed["gone"] == records["gone"]


def test_migrating_a_record_twice_changes_nothing(tmp_path):
    assert migrated("packs/x", tmp_path) == "packs/x"
    assert migrated(str(tmp_path / "packs" / "x"), tmp_path) == "packs/x"
