"""What xAPI costs: writing the statement when an answer is saved, and sending the queue.

1. The queue's write cost per attempt. Two data folders, one with the school's xAPI
   settings and one without, each saving answers to the bundled pack the way the app
   does (``record_attempt``: graded answer, one transaction, WAL, ``synchronous=FULL``),
   the two taking turns so that the machine's ups and downs fall on both. The
   difference of the medians is what the statement adds (budget: under 1 ms). The time
   of building, checking and inserting the statements alone, inside a transaction, is
   printed too, and the time to import the same hand-ins (``--imports`` attempts, the
   teacher's bulk path) into a folder with xAPI and one without.
2. Sending. ``--statements`` statements (default 100,000) are queued through hand-ins
   of ``--per-student`` attempts each, then sent to a local Ralph LRS (its file backend,
   as the tests run it; set CLOSEREAD_RALPH to its ``ralph`` command) and, for the
   sender's own share, to a local HTTP server that only reads each batch and answers
   200. Prints statements per second for each.

    .venv/bin/python benchmarks/bench_xapi.py [--saves N] [--statements N] [--batch N] [--no-ralph]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))

from closeread.core.files.paths import bundled_dir  # noqa: E402
from closeread.core.grading.answers import empty_answer  # noqa: E402
from closeread.core.grading.saved import detail_of, exercise_map, grade_saved, score_of  # noqa: E402
from closeread.core.grading.spans import tokenize  # noqa: E402
from closeread.core.lrs.client import LrsClient  # noqa: E402
from closeread.core.lrs.send import Sender  # noqa: E402
from closeread.core.pack.load import load_pack  # noqa: E402
from closeread.core.records import NewAttempt  # noqa: E402
from closeread.core.store.hand_ins import HandInStudent  # noqa: E402
from closeread.core.store.store import Store  # noqa: E402

BASE, HOME = "https://school.example/closeread/", "https://school.example/"


def answers(pack, rng: random.Random):
    """(lesson id, exercise, answer, score, detail) for every exercise, graded once."""
    text = tokenize(pack.article.text)
    made = []
    for (lesson_id, _), (_, exercise) in exercise_map(pack).items():
        answer = empty_answer(exercise)
        if exercise.kind == "mark":
            length = len(pack.article.text)
            marks = sorted(rng.sample(range(0, length - 80), 6))
            answer = {"marks": [[s, s + 60, exercise.labels[0]] for s in marks[::2]]}
        elif exercise.kind == "choice":
            answer = {"selected": [0]}
        elif exercise.kind in ("short", "writing"):
            answer = {"text": "The author compares a state to a burglar. " * 8}
        result = grade_saved(pack, exercise, answer, {}, text=text)
        made.append((lesson_id, exercise, answer, score_of(result), detail_of(result, {})))
    return made


def save_cost(pack, folder: Path, saves: int) -> dict[str, float]:
    rng = random.Random(7)
    work = answers(pack, rng)
    stores = {}
    for name in ("without", "with"):
        store = Store(folder / name, daily_backup=False)
        if name == "with":
            store.outbox.configure(BASE, HOME)
        stores[name] = (store, store.roster.add_student("Ana Lima", "7B", "S001").id)
    times: dict[str, list[float]] = {"without": [], "with": []}
    for number in range(saves):
        lesson_id, exercise, answer, score, detail = work[number % len(work)]
        for name in ("without", "with") if number % 2 else ("with", "without"):
            store, student = stores[name]
            start = time.perf_counter()
            store.work.record_attempt(
                student, pack, lesson_id, exercise.id, answer, score=score, detail=detail,
                keep_draft=True,
            )  # fmt: skip
            times[name].append(time.perf_counter() - start)
    store, student = stores["with"]
    built = []
    for lesson_id, exercise, answer, score, detail in work * 20:
        new = NewAttempt(lesson_id, exercise.id, answer, 1, "2025-03-03T10:00:00+00:00",
                         score=score, detail=detail)  # fmt: skip
        with store.database.transaction() as db:
            attempt_id = db.execute("SELECT max(id) FROM attempts").fetchone()[0]
            start = time.perf_counter()
            store.outbox.queue_attempts(db, student, pack, [(attempt_id, new)])
            built.append(time.perf_counter() - start)
    for store, _ in stores.values():
        store.close()
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    return {
        "save without xAPI (ms)": ms["without"],
        "save with xAPI (ms)": ms["with"],
        "added by the statement (ms)": ms["with"] - ms["without"],
        "statement built, checked, inserted (ms)": statistics.median(built) * 1000,
    }


def import_cost(pack, folder: Path, attempts: int, per_student: int) -> dict[str, float]:
    """Seconds to import hand-ins of ``attempts`` attempts in all (the teacher's bulk
    path, ``import_hand_in``), into a folder without xAPI and one with it."""
    rng = random.Random(13)
    work = answers(pack, rng)
    files = []
    for number in range(0, attempts, per_student):
        batch = []
        for index in range(min(per_student, attempts - number)):
            lesson_id, exercise, answer, score, detail = work[index % len(work)]
            at = f"2025-03-03T10:{index // 60 % 60:02}:{index % 60:02}.{number % 1000:03}+00:00"
            batch.append(NewAttempt(lesson_id, exercise.id, answer, 1 + index // len(work), at,
                                    score=score, detail=detail))  # fmt: skip
        files.append((f"file-{number}", HandInStudent(f"Student {number}", "7B", f"S{number}"),
                      batch))  # fmt: skip
    seconds = {}
    for name in ("without", "with"):
        with Store(folder / name, daily_backup=False) as store:
            if name == "with":
                store.outbox.configure(BASE, HOME)
            start = time.perf_counter()
            for file_hash, student, batch in files:
                store.hand_ins.import_hand_in(file_hash, "f", student, pack, batch, key=pack)
            seconds[name] = time.perf_counter() - start
    return {
        f"import {attempts} attempts without xAPI (s)": seconds["without"],
        f"import {attempts} attempts with xAPI (s)": seconds["with"],
    }


def queue_class(pack, folder: Path, wanted: int, per_student: int) -> tuple[Store, int, float]:
    """A teacher's folder whose imports queued about ``wanted`` answered statements."""
    rng = random.Random(11)
    work = answers(pack, rng)
    store = Store(folder, daily_backup=False)
    store.outbox.configure(BASE, HOME)
    start = time.perf_counter()
    number = 0
    while number < wanted:
        student = store.roster.add_student(f"Student {number}", "7B", f"S{number:06}").id
        batch = []
        for index in range(min(per_student, wanted - number)):
            lesson_id, exercise, answer, score, detail = work[index % len(work)]
            at = f"2025-03-03T10:{index // 60 % 60:02}:{index % 60:02}+00:00"
            attempt = NewAttempt(lesson_id, exercise.id, answer, 1 + index // len(work), at,
                                 score=score, detail=detail)  # fmt: skip
            batch.append(attempt)
        store.hand_ins.record_import(f"bench-{number}", "bench", student, pack, batch, key=pack)
        number += len(batch)
    seconds = time.perf_counter() - start
    return store, store.outbox.state().pending, seconds


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        data = json.dumps([s["id"] for s in batch]).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def send_rate(store: Store, endpoint: str, user: str, password: str, batch: int) -> dict:
    start = time.perf_counter()
    report = Sender(store.outbox, LrsClient(endpoint, user, password), batch=batch).run()
    seconds = time.perf_counter() - start
    assert report.complete and not report.refused, report.lines()
    return {"sent": report.sent + report.known, "seconds": seconds,
            "per second": (report.sent + report.known) / seconds}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=2000)
    parser.add_argument("--imports", type=int, default=20_000, help="attempts imported")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--per-student", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--no-ralph", action="store_true")
    args = parser.parse_args()
    pack = load_pack(bundled_dir("lessons") / "cyber-threat-oped").pack
    print(f"Python {platform.python_version()} on {platform.machine()}, "
          f"{args.saves} saves, {args.statements} statements")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, value in save_cost(pack, folder / "saves", args.saves).items():
            print(f"{name}: {value:.3f}")
        for name, value in import_cost(pack, folder / "imports", args.imports, 200).items():
            print(f"{name}: {value:.1f}")
        store, queued, seconds = queue_class(pack, folder / "class", args.statements,
                                             args.per_student)  # fmt: skip
        print(f"queued {queued} statements (with their attempts) in {seconds:.1f} s")
        store.db.execute("UPDATE xapi_queue SET state = 'pending'")
        sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
        threading.Thread(target=sink.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{sink.server_address[1]}/xAPI/"
        rate = send_rate(store, url, "t", "p", args.batch)
        print(f"to a server that only reads: {rate['sent']} in {rate['seconds']:.1f} s, "
              f"{rate['per second']:.0f} statements/s")  # fmt: skip
        sink.shutdown()
        if not args.no_ralph:
            from ralph_lrs import PASSWORD, USER, Ralph

            store.db.execute("UPDATE xapi_queue SET state = 'pending'")
            store.db.conn.commit()
            ralph = Ralph(folder / "ralph")
            try:
                rate = send_rate(store, ralph.endpoint, USER, PASSWORD, args.batch)
            finally:
                ralph.stop()
            print(f"to Ralph (file backend): {rate['sent']} in {rate['seconds']:.1f} s, "
                  f"{rate['per second']:.0f} statements/s")  # fmt: skip
        store.close()


if __name__ == "__main__":
    main()
