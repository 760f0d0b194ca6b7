"""A class's statements sent to a real Ralph LRS and read back through its own API.

30 students work through the bundled pack on a computer where the school's xAPI
settings are set; every statement they queue is sent, read back from Ralph's
Statements resource and compared with the queued one field by field (Ralph adds only
``stored``, ``authority`` and ``version``). Then a sender in another process is killed
(SIGKILL) in the middle of sending, a batch is stored by the LRS without the database
hearing of it, and a second send finishes the queue: every statement is in the LRS
exactly once. Skipped with the way to install Ralph when it is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from classroom import class_of, student_name, work_through
from ralph_lrs import PASSWORD, USER, Ralph, need_ralph, ralph_judges

from closeread.core.files.paths import bundled_dir
from closeread.core.lrs.client import LrsClient
from closeread.core.lrs.send import Sender
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

STUDENTS = 30
ADDED_BY_THE_LRS = {"stored", "authority", "version"}
SRC = Path(__file__).resolve().parents[3] / "src"


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory) -> Path:
    """A data folder where 30 students worked through the bundled pack, nothing sent."""
    need_ralph()
    folder = tmp_path_factory.mktemp("xapi-class")
    pack = load_pack(bundled_dir("lessons") / "cyber-threat-oped").pack
    with Store(folder) as store:
        store.outbox.configure("https://school.example/closeread/", "https://school.example/")
        for index in range(STUDENTS):
            number = f"S{index:03}" if index % 10 else None  # some without a school id
            student = store.roster.add_student(student_name(index), class_of(index), number)
            work_through(store, student.id, pack, pack, 500 + index)
    return folder


@pytest.fixture
def data(class_folder, tmp_path) -> Path:
    """A copy of the class's data folder (closed: its WAL is folded in)."""
    copy = tmp_path / "data"
    shutil.copytree(class_folder, copy)
    return copy


@pytest.fixture
def ralph(tmp_path):
    server = Ralph(tmp_path / "ralph")
    yield server
    server.stop()


def client(ralph: Ralph, password: str = PASSWORD) -> LrsClient:
    return LrsClient(ralph.endpoint, USER, password)


def read_back(ralph: Ralph) -> list[dict]:
    return list(client(ralph).get_statements(limit="100"))


def test_every_statement_of_the_class_is_read_back_equal(data, ralph):
    with Store(data) as store:
        queued = {s["id"]: s for s in store.outbox.statements()}
        kinds = Counter(s["verb"]["display"]["en-US"] for s in queued.values())
        attempts = store.db.execute("SELECT count(*) FROM attempts").fetchone()[0]
        report = Sender(store.outbox, client(ralph), batch=250).run()
        assert store.outbox.state().sent == len(queued)
    assert kinds["answered"] == attempts
    assert all(verdict["ok"] for verdict in ralph_judges(list(queued.values())))
    assert kinds["completed"] >= STUDENTS  # each student completes some lesson
    assert (report.sent, report.known, report.refused, report.pending) == (len(queued), 0, [], 0)
    assert report.complete
    stored = read_back(ralph)
    assert Counter(s["id"] for s in stored) == Counter(queued.keys())
    for statement in stored:
        mine = queued[statement["id"]]
        assert {k: v for k, v in statement.items() if k not in ADDED_BY_THE_LRS} == mine
        for field in mine:  # and so, field by field, to say which one differs if any
            assert statement[field] == mine[field], (statement["id"], field)
    actors = {json.dumps(s["actor"]["account"], sort_keys=True) for s in stored}
    assert len(actors) == STUDENTS
    assert not any("mbox" in s["actor"] for s in stored)


def test_a_sender_killed_midway_then_sent_again_sends_each_statement_once(data, ralph):
    with Store(data) as store:
        everything = {s["id"] for s in store.outbox.statements()}
    env = {**os.environ, "PYTHONPATH": str(SRC), "LRS_PASSWORD": PASSWORD}
    sender = subprocess.Popen(
        [sys.executable, "-m", "closeread", "results", "send", "--lrs", ralph.endpoint,
         "--user", USER, "--password-env", "LRS_PASSWORD", "--batch", "10",
         "--data-dir", str(data)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    database = data / "closeread.sqlite3"
    deadline = time.monotonic() + 120
    sent = 0
    while time.monotonic() < deadline and sender.poll() is None:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as probe:
            sent = probe.execute("SELECT count(*) FROM xapi_queue WHERE state = 'sent'").fetchone()
            sent = sent[0]
        if sent >= 300:
            sender.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    sender.wait(timeout=30)
    sender.stdout.close()
    sender.stderr.close()
    assert sender.returncode == -signal.SIGKILL, "the sender finished before it was killed"
    with Store(data) as store:  # the database is whole, part sent, part pending
        state = store.outbox.state()
        assert state.sent >= 300 and state.pending > 0
        assert state.sent + state.pending == len(everything)
        # the LRS stores a batch and the answer never reaches the database
        lost_answer = store.outbox.pending(25)
        reply = client(ralph).post_statements([item.text for item in lost_answer])
        assert reply.status == 200
        report = Sender(store.outbox, client(ralph), batch=100).run()
        assert report.complete and not report.refused
        assert report.known >= len(lost_answer)
        assert report.sent + report.known == state.pending
        assert store.outbox.state().sent == len(everything)
    stored = Counter(s["id"] for s in read_back(ralph))
    assert set(stored) == everything
    assert set(stored.values()) == {1}


def test_a_refused_statement_is_reported_with_the_reason_and_the_rest_sent(data, ralph):
    with Store(data) as store:
        first = store.outbox.pending(40)
        other = json.loads(first[7].text)
        other["result"]["response"] = "a different answer under the same id"
        assert client(ralph).post_statements([json.dumps(other)]).status == 200
        report = Sender(store.outbox, client(ralph), batch=40).run()
        state = store.outbox.state()
    assert [statement_id for statement_id, _ in report.refused] == [first[7].statement_id]
    assert report.refused[0][1].startswith("409: Differing statements already exist")
    assert state.refused == 1 and state.pending == 0
    assert any("409" in line for line in report.lines())
    assert report.sent == state.sent


def test_a_wrong_password_stops_at_once_and_marks_nothing(data, ralph):
    with Store(data) as store:
        before = store.outbox.state()
        report = Sender(store.outbox, client(ralph, "wrong")).run()
        assert store.outbox.state() == before
    assert report.not_allowed and "refused the user name or password" in report.stopped
    assert report.sent == 0 and report.pending == before.pending
