"""Looking at a database file read-only, without changing it."""

from __future__ import annotations

import sqlite3

import pytest
from storage_support import file_hash

from closeread.core.store.dbfile import check_file
from closeread.core.store.store import DATABASE_NAME, Store


def test_a_closeread_database_checks_ok_and_is_not_changed(tmp_path):
    Store(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    before = file_hash(path)
    for level in ("quick", "full"):
        result = check_file(path, level, no_writer=True)
        assert result.ok and result.state.pending == ()
    assert file_hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "backups",
        "closeread.lock",
        DATABASE_NAME,
    ]


def test_missing_garbage_and_foreign_files(tmp_path):
    assert check_file(tmp_path / "none.sqlite3").problem == "the file does not exist"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00not sqlite" * 500)
    assert check_file(garbage).problem == "the file is damaged or not a database"
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE recipes (name)")
    conn.close()
    assert check_file(foreign).problem == "the file is not a CloseRead database"
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    result = check_file(empty)  # SQLite would take it for a new database: it is damage
    assert result.problem == "the file is empty or cut short" and result.state is None


def test_unknown_check_level(tmp_path):
    with pytest.raises(ValueError, match="check must be one of"):
        check_file(tmp_path / "x", "thorough")
