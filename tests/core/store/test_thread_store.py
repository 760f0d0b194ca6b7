"""ThreadStore: a worker thread's own connection saves what the open store then reads."""

from __future__ import annotations

import threading
import time

import pytest
from classroom import MINIPACK, hand_in_class

from closeread.core.classwork.results_import import ImportBatch
from closeread.core.pack.load import load_pack
from closeread.core.store.errors import StorageError
from closeread.core.store.store import Store
from closeread.core.store.thread_store import ThreadStore


def test_a_batch_saved_on_a_worker_thread_is_in_the_stores_database(tmp_path):
    pack = load_pack(MINIPACK).pack
    with Store(tmp_path / "pupils") as pupils:
        paths = hand_in_class(pupils, pack, pack, tmp_path / "files", count=3)
    with Store(tmp_path / "teacher") as store:
        store.roster.list_students()  # the GUI's connection is open and has read
        done: dict[str, object] = {}

        def worker() -> None:
            with ThreadStore(store) as own:
                batch = ImportBatch(own, [pack])
                for path in paths:
                    batch.add(path)
                done["reports"] = batch.save()
                done["thread"] = threading.current_thread()
                conn = own.database.conn
                done["pragmas"] = [
                    conn.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("foreign_keys", "synchronous", "journal_mode")
                ]

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(60)
        assert done["thread"] is thread
        reports = done["reports"]
        assert [report.outcome for report in reports] == ["imported"] * 3  # type: ignore[attr-defined]
        assert len(store.roster.list_students()) == 3  # seen at once through the store
        assert done["pragmas"] == [1, 2, "wal"]  # connected as the store connects


def test_a_closed_or_read_only_store_lends_no_connection(tmp_path):
    with Store(tmp_path / "data") as store:
        store.roster.add_student("Ann Lee", "7B")
    with Store(tmp_path / "data", read_only=True) as reading, pytest.raises(StorageError):
        ThreadStore(reading)
    with pytest.raises(StorageError):
        ThreadStore(store)  # closed


def test_the_window_and_the_worker_writing_at_once_wait_their_turns(tmp_path):
    """The worker's transaction reads, then writes; the window writes in between. Each
    waits for the other's lock instead of failing: a transaction takes the lock as it
    begins (with a plain BEGIN, SQLite refused the worker's write at once)."""
    with Store(tmp_path / "teacher") as store:
        read, outcome = threading.Event(), {}

        def worker() -> None:
            try:
                with ThreadStore(store) as own, own.database.transaction() as db:
                    db.execute("SELECT count(*) FROM students").fetchone()
                    read.set()
                    time.sleep(0.3)  # the window tries to write meanwhile
                    db.execute("INSERT INTO settings (key, value) VALUES ('worker', '1')")
                outcome["worker"] = "saved"
            except StorageError as error:
                outcome["worker"] = str(error)

        thread = threading.Thread(target=worker)
        thread.start()
        assert read.wait(10)
        store.roster.set_setting("window", 2)  # waits for the worker's commit
        thread.join(10)
        assert outcome == {"worker": "saved"}
        assert store.roster.get_setting("worker") == 1
        assert store.roster.get_setting("window") == 2
