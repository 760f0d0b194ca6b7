"""Schema versions: upgrading from the first schema, and refusing a newer one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from storage_support import file_hash, make_pack

from closeread.core.records import PackRef
from closeread.core.store.migrations import KNOWN_MIGRATIONS, SCHEMA_VERSION
from closeread.core.store.schema import MIGRATIONS_TABLE, migration_set
from closeread.core.store.store import (
    DATABASE_NAME,
    DatabaseCorrupt,
    DatabaseOutdated,
    DatabaseTooNew,
    StorageError,
    Store,
)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "progress_v1.sqlite3"


@pytest.fixture
def v1_data(tmp_path) -> Path:
    """A data folder holding a copy of the database made by schema 1."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURE, data / DATABASE_NAME)
    return data


def pragma(path: Path, name: str):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(conn.iterdump())
    finally:
        conn.close()


def index_names(store: Store) -> set[str]:
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {row[0] for row in rows}


def test_the_fixture_really_is_schema_1():
    assert pragma(FIXTURE, "user_version") == 1
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert names == ["0001_initial"]
    assert "imports" not in tables and "scores_by_attempt" not in tables


def test_the_schema_reads_the_table_sqlite_utils_records_migrations_in():
    assert migration_set().migrations_table == MIGRATIONS_TABLE


def test_a_new_database_gets_every_migration(tmp_path):
    with Store(tmp_path) as store:
        assert store.upgraded_from is None
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        applied = [row[0] for row in store.db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(KNOWN_MIGRATIONS)
    assert [b.kind for b in store.list_backups()] == ["daily"]  # nothing to back up first


def test_upgrade_from_schema_1_keeps_every_record(v1_data):
    with Store(v1_data) as store:
        assert store.upgraded_from == 1
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"scores_by_attempt", "overrides_by_attempt"} <= index_names(store)
        students = store.roster.list_students()
        assert [(s.name, s.class_name, s.student_number) for s in students] == [
            ("Chen Wei", None, None),
            ("Ana Lima", "7B", "s-001"),
            ("Ben Okafor", "7B", None),
        ]
        attempts = {a.id: a for a in store.work.list_attempts()}
        assert len(attempts) == 6
        assert attempts[1].score == 0.45 and attempts[1].scoring_version == "2"  # newest score
        assert [h.score for h in store.work.score_history(1)] == [0.4, 0.45]
        assert attempts[2].answer == {"marks": [[0, 52, "claim"]]} and attempts[2].hints_used == 1
        assert (attempts[5].score, attempts[5].effective_score) == (0.5, 0.8)
        assert attempts[5].override_comment == "Good point about property."
        assert store.work.load_draft(3, "cyber-op-ed", "claims", "mark-claims").answer == {
            "marks": [[10, 20, "evidence"]]
        }
        assert store.roster.load_reader_state(1, "cyber-op-ed").scroll == 0.42
        assert store.roster.get_setting("ui.font_size") == 14
        assert [p.location for p in store.roster.list_packs()] == [
            str(v1_data / "lessons" / "cyber-op-ed")  # relative to the data folder
        ]
        # Migration 2 filled in the imports from the attempts schema 1 had imported.
        assert store.hand_ins.has_import("feedface") and not store.hand_ins.has_import("app")
        imported = store.db.execute("SELECT student_id, attempt_count FROM imports").fetchall()
        assert imported == [(2, 2)]
        # Migration 4 gave each import its pack (from its attempts), and a device id.
        assert [f.file_hash for f in store.hand_ins.hand_in_files("cyber-op-ed")] == ["feedface"]
        assert "imports_by_pack" in index_names(store)
        assert len(store.roster.get_setting("device_id")) == 32
        pack = PackRef("cyber-op-ed", "1.0", "hash-v1")
        new_id = store.work.record_attempt(1, pack, "claims", "mark-claims", {"marks": []})
        assert store.work.get_attempt(new_id).attempt_no == 3


def test_upgrade_from_schema_1_fills_in_the_class_summary(v1_data):
    pack = make_pack(
        {
            "claims": [("mark-claims", 1.0, "best")],
            "analogy": [("which-analogy", 1.0, "best"), ("explain", 1.0, "last"),
                        ("sides", 1.0, "best")],
        }
    )  # fmt: skip
    with Store(v1_data) as store:
        rows = {(r.student_name, r.lesson_id): r.score for r in store.reports.class_summary(pack)}
        assert rows["Ana Lima", "claims"] == pytest.approx(0.7)  # best of 0.45 and 0.7
        assert rows["Ana Lima", "analogy"] == pytest.approx(1.0 / 3)
        assert rows["Ben Okafor", "claims"] == 0.0
        assert rows["Ben Okafor", "analogy"] == pytest.approx((0.8 + 1.0) / 3)  # override
        assert rows["Chen Wei", "claims"] == 0.0
        # New work after the upgrade keeps the summary current.
        store.work.record_attempt(3, PackRef("cyber-op-ed", "1.0", "h"), "claims", "mark-claims",
                             {"marks": []}, score=0.6)  # fmt: skip
        rows = {(r.student_name, r.lesson_id): r.score for r in store.reports.class_summary(pack)}
        assert rows["Chen Wei", "claims"] == pytest.approx(0.6)


def test_upgrade_takes_a_backup_of_schema_1_first(v1_data):
    original = file_hash(v1_data / DATABASE_NAME)
    with Store(v1_data) as store:
        backups = [b for b in store.list_backups() if b.kind == f"before-v{SCHEMA_VERSION}"]
    assert len(backups) == 1
    assert pragma(backups[0].path, "user_version") == 1
    assert dump(backups[0].path) == dump(FIXTURE)  # every row and table, as schema 1 had them
    assert file_hash(FIXTURE) == original  # the fixture itself is never touched


def test_upgrading_twice_does_nothing_the_second_time(v1_data):
    Store(v1_data).close()
    with Store(v1_data) as store:
        assert store.upgraded_from is None
        kinds = [b.kind for b in store.list_backups()]
    assert kinds.count(f"before-v{SCHEMA_VERSION}") == 1


def test_a_failing_migration_leaves_schema_1_in_place(v1_data):
    """Migration 2 creates ``imports``; a table already called that makes it fail.

    sqlite-utils runs each migration and its record in one transaction, so the failed
    migration leaves neither its indexes nor its record behind.
    """
    conn = sqlite3.connect(v1_data / DATABASE_NAME)
    conn.execute("CREATE TABLE imports (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as caught:
        Store(v1_data)
    assert "already exists" in caught.value.detail or "already exists" in str(caught.value)
    assert pragma(v1_data / DATABASE_NAME, "user_version") == 1
    conn = sqlite3.connect(v1_data / DATABASE_NAME)
    names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    indexes = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")]
    conn.close()
    assert names == ["0001_initial"] and "scores_by_attempt" not in indexes
    backups = list((v1_data / "backups").glob(f"*before-v{SCHEMA_VERSION}*"))
    assert len(backups) == 1  # taken before the attempt


def make_too_new(data: Path, *, bump_version: bool, migration: str | None) -> None:
    Store(data).close()
    conn = sqlite3.connect(data / DATABASE_NAME)
    if migration:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('closeread', ?, '2030-01-01')",
            [migration],
        )
    if bump_version:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("bump_version", "migration"),
    [(True, "0003_from_the_future"), (True, None), (False, "0003_from_the_future")],
)
def test_a_database_from_a_newer_closeread_is_refused_and_untouched(
    tmp_path, bump_version, migration
):
    make_too_new(tmp_path, bump_version=bump_version, migration=migration)
    before = file_hash(tmp_path / DATABASE_NAME)
    files_before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(DatabaseTooNew) as caught:
        Store(tmp_path)
    message = str(caught.value)
    assert "newer version of CloseRead" in message and "has not been changed" in message
    assert file_hash(tmp_path / DATABASE_NAME) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == files_before  # no backup, no -wal
    with pytest.raises(DatabaseTooNew):
        Store(tmp_path, read_only=True)
    assert file_hash(tmp_path / DATABASE_NAME) == before
    Store(tmp_path.parent / "elsewhere").close()  # the lock was released: other folders open


def test_a_read_only_store_will_not_upgrade(v1_data):
    before = file_hash(v1_data / DATABASE_NAME)
    with pytest.raises(DatabaseOutdated, match="open CloseRead on this data folder once"):
        Store(v1_data, read_only=True)
    assert file_hash(v1_data / DATABASE_NAME) == before


def test_another_programs_database_is_not_taken_over(tmp_path):
    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = file_hash(tmp_path / DATABASE_NAME)
    with pytest.raises(DatabaseCorrupt, match="not a CloseRead database"):
        Store(tmp_path)
    assert file_hash(tmp_path / DATABASE_NAME) == before
