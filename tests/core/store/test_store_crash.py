"""Killing CloseRead at any moment loses no answer it acknowledged and damages nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time

import pytest
from storage_support import start_child

from closeread.core.store.store import DATABASE_NAME, Store

KILLS = 55
TIME_LIMIT = 55.0  # seconds; the test fails rather than run on past this


def check_database(path) -> set[int]:
    """Integrity of the file after a kill, and the ids of the answers it holds."""
    if not path.exists():  # killed before it was made; connecting would make a 0-byte file
        return set()
    conn = sqlite3.connect(path)  # a read-write connection replays the WAL, as CloseRead would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "attempts" not in tables:  # killed while creating the schema: nothing saved yet
            return set()
        unscored = conn.execute(
            "SELECT count(*) FROM attempts a WHERE NOT EXISTS "
            "(SELECT 1 FROM scores s WHERE s.attempt_id = a.id)"
        ).fetchone()[0]
        assert unscored == 0, "an attempt was saved without its score: not one transaction"
        return {row[0] for row in conn.execute("SELECT id FROM attempts")}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_acknowledged_answer(tmp_path):
    """A child saves answers in a loop and prints each id once ``record_attempt`` returned.

    It is killed with SIGKILL at a random moment, most often while it is saving, now
    and then while it is still opening the store (integrity check, backup). After each
    kill the database must pass ``PRAGMA integrity_check`` and hold every answer the
    child reported saved. SIGKILL stops the process but not the operating system, so
    this tests atomicity and the commit-before-acknowledge order, not power loss.
    """
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    started = time.monotonic()
    kills_while_saving = 0
    for kill in range(KILLS):
        assert time.monotonic() - started < TIME_LIMIT, f"too slow after {kill} kills"
        child = start_child("loop", str(tmp_path))
        if rng.random() < 0.8:
            first = child.stdout.readline()  # wait until it is saving
            assert first.strip().isdigit(), first + child.stderr.read()
            acknowledged.add(int(first))
            kills_while_saving += 1
            time.sleep(rng.uniform(0.0, 0.06))
        else:
            time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, f"child ended early: {err}"
        # A line cut short by the kill was never fully acknowledged; complete ones were.
        lines = out.split("\n")[:-1]
        acknowledged.update(int(line) for line in lines)
        held = check_database(tmp_path / DATABASE_NAME)
        lost = acknowledged - held
        assert not lost, f"kill {kill} (seed {seed}): acknowledged answers lost: {sorted(lost)}"
    assert kills_while_saving >= 30
    assert len(acknowledged) > KILLS
    with Store(tmp_path) as store:  # and CloseRead opens it as usual afterwards
        assert acknowledged <= {attempt.id for attempt in store.work.list_attempts()}
