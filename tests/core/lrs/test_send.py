"""The sender's retries, back-off and refusals, against HTTP servers on this machine.

Ralph answers as an LRS does when all is well (tests in ``test_ralph.py``). What an LRS
does when it is not (no one listening, a server error with Retry-After, a batch too
large, an address that is no xAPI endpoint) is played here by a small HTTP server on
127.0.0.1 that answers as each test scripts it, and records what it was sent.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ralph_lrs import free_port
from storage_support import REF

from closeread.core.lrs.client import LrsClient, check_endpoint, reason_of
from closeread.core.lrs.send import Sender
from closeread.core.store.store import Store


class Scripted(ThreadingHTTPServer):
    """Answers each POST with the next ``(status, body, headers)`` of ``script`` (the
    last one again once the script runs out, ``None`` meaning: store them, 200)."""

    def __init__(self, script):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = list(script)
        self.batches: list[list[dict]] = []
        self.stored: list[str] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/xAPI/"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        server: Scripted = self.server  # type: ignore[assignment]
        batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server.batches.append(batch)
        answer = server.script.pop(0) if len(server.script) > 1 else server.script[0]
        if callable(answer):
            answer = answer(batch)
        if answer is None:
            ids = [s["id"] for s in batch if s["id"] not in server.stored]
            server.stored += ids
            answer = (200, ids, {})
        status, body, headers = answer
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as opened:
        opened.outbox.configure("https://school.example/cr/", "https://school.example/")
        ana = opened.roster.add_student("Ana", "7B", "S1")
        for number in range(10):
            opened.work.record_attempt(ana.id, REF, "one", f"e{number}", {"selected": [0]})
        yield opened


def serve(*script):
    return Scripted(script)


def send(store, server_or_url, waits=None, **options):
    url = server_or_url if isinstance(server_or_url, str) else server_or_url.endpoint
    record = waits if waits is not None else []
    return Sender(store.outbox, LrsClient(url, "t", "p"), sleep=record.append, **options).run()


def test_no_one_listening_is_tried_again_with_a_doubling_wait_then_left_queued(store):
    waits: list[float] = []
    report = send(store, f"http://127.0.0.1:{free_port()}/xAPI/", waits, tries=4, first_wait=1)
    assert report.retries == 3 and len(waits) == 3
    for wait, base in zip(waits, (1, 2, 4), strict=True):
        assert base <= wait <= base * 1.25
    assert "gave up after 4 tries" in report.stopped and "no answer" in report.stopped
    assert report.pending == 10 and store.outbox.state().sent == 0
    assert not report.complete


def test_a_server_error_is_retried_after_the_wait_the_lrs_asks_for(store):
    server = serve((503, {"detail": "busy"}, {"Retry-After": "7"}), None)
    waits: list[float] = []
    try:
        report = send(store, server, waits)
    finally:
        server.stop()
    assert 7 <= waits[0] <= 7 * 1.25
    assert report.complete and report.sent == 10 and report.retries == 1
    assert len(server.batches) == 2 and server.batches[0] == server.batches[1]


def test_a_batch_too_large_is_halved_until_it_goes(store):
    server = serve(lambda batch: (413, {}, {}) if len(batch) > 3 else None)
    try:
        report = send(store, server, batch=10)
    finally:
        server.stop()
    assert report.complete and report.sent == 10
    assert [len(b) for b in server.batches] == [10, 5, 2, 3, 5, 2, 3]


def test_a_refused_statement_is_found_by_halving_and_the_rest_sent(store):
    bad = store.outbox.pending(10)[6].statement_id

    def lrs(batch):
        if any(s["id"] == bad for s in batch):
            return (400, {"detail": [{"loc": ["body", 0, "result"], "msg": "bad"}]}, {})
        return None

    server = serve(lrs)
    try:
        report = send(store, server)
        again = send(store, server)
    finally:
        server.stop()
    assert report.refused == [(bad, "400: 0.result: bad")]
    assert report.sent == 9 and report.pending == 0 and not report.stopped
    assert store.outbox.state().refused == 1
    assert again.sent == 0 and len(server.stored) == 9  # refused ones are not sent again
    assert store.outbox.retry_refused() == 1


def test_an_address_that_is_no_lrs_stops_at_once(store):
    server = serve((404, {"detail": "Not Found"}, {}))
    try:
        report = send(store, server)
    finally:
        server.stop()
    assert "no xAPI Statements resource" in report.stopped and report.pending == 10
    assert len(server.batches) == 1


def test_the_endpoint_and_the_reasons_read_plainly():
    assert check_endpoint("http://lrs.example/xAPI") == "http://lrs.example/xAPI/"
    for bad in ("lrs.example/xAPI/", "ftp://lrs.example/", "http://u:p@lrs.example/xAPI/"):
        with pytest.raises(ValueError):
            check_endpoint(bad)
    assert reason_of(409, {"detail": "Differing statements"}) == "Differing statements"
    assert reason_of(400, None) == "Bad Request"
    assert reason_of(400, "x" * 600).endswith("…")
