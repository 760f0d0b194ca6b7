"""How fast the progress database is with a large school's worth of work.

500 students × 40 exercises (8 lessons of 5) × 5 attempts = 100,000 attempts, each
with its score, a re-score for one attempt in ten and a teacher override for one in
fifty, in a real file with WAL and ``synchronous=FULL``:

    .venv/bin/python benchmarks/bench_storage.py [--students N] [--saves N] [--dir DIR]

Prints the median wall-clock time of many runs (and the median CPU time, which a busy
machine inflates less) for saving one answer (``record_attempt``: one
transaction with its score, committed and synced), loading one student's progress and
the class summary, plus opening the store, both integrity checks and a backup (also as
the app takes it, off the GUI thread).
Budgets: saving under 10 ms, the class summary under 200 ms.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from closeread.core.pack.model import Article, ChoiceExercise, ChoiceOption, Lesson, Pack
from closeread.core.store import backups
from closeread.core.store.dbfile import check_file
from closeread.core.store.store import DATABASE_NAME, Store

LESSONS = 8
EXERCISES_PER_LESSON = 5
ATTEMPTS = 5
BUDGETS_MS = {"save one answer": 10.0, "class summary": 200.0}


def make_pack() -> Pack:
    options = (ChoiceOption("yes", 1.0), ChoiceOption("no", 0.0))
    lessons = tuple(
        Lesson(
            id=f"lesson-{lesson}",
            title=f"Lesson {lesson}",
            exercises=tuple(
                ChoiceExercise(
                    id=f"exercise-{number}",
                    title=f"Exercise {number}",
                    options=options,
                    points=1.0 + number % 3,
                    counts="last" if number % 4 == 0 else "best",
                )
                for number in range(EXERCISES_PER_LESSON)
            ),
        )
        for lesson in range(LESSONS)
    )
    return Pack(
        id="cyber-op-ed",
        version="1.0",
        title="Benchmark pack",
        root=Path("."),
        article=Article(markdown="", text="", blocks=()),
        labels=(),
        lessons=lessons,
        content_hash="0" * 64,
    )


def answer(rng: random.Random) -> str:
    start = rng.randrange(0, 20_000)
    marks = [[start + 40 * i, start + 40 * i + rng.randrange(10, 60), "claim"] for i in range(5)]
    return json.dumps({"marks": marks}, separators=(",", ":"))


def populate(store: Store, pack: Pack, students: int, rng: random.Random) -> int:
    """Fill the store in bulk (one transaction); returns the number of attempts."""
    conn = store.db.conn
    now = "2025-03-01T09:00:00.000+00:00"
    with store.db.atomic():
        conn.executemany(
            "INSERT INTO students (name, class_name, student_number, created_at) "
            "VALUES (?, ?, ?, ?)",
            [(f"Student {n}", f"class-{n % 20}", f"s{n:05}", now) for n in range(students)],
        )
        attempt_rows = []
        for student_id in range(1, students + 1):
            for lesson in pack.lessons:
                for exercise in lesson.exercises:
                    for attempt_no in range(1, ATTEMPTS + 1):
                        attempt_rows.append(
                            (student_id, pack.id, pack.version, pack.content_hash, lesson.id,
                             exercise.id, attempt_no, answer(rng), rng.randrange(3), now, now)
                        )  # fmt: skip
        conn.executemany(
            "INSERT INTO attempts (student_id, pack_id, pack_version, content_hash, lesson_id,"
            " exercise_id, attempt_no, answer, hints_used, started_at, submitted_at, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'app')",
            attempt_rows,
        )
        count = len(attempt_rows)
        detail = json.dumps({"precision": 0.5, "recall": 0.5, "hits": [1, 2], "missed": [3]})
        scores = [(i, rng.random(), detail, "1", now) for i in range(1, count + 1)]
        scores += [(i, rng.random(), detail, "2", now) for i in range(1, count + 1, 10)]
        conn.executemany(
            "INSERT INTO scores (attempt_id, score, detail, scoring_version, pack_version, "
            "content_hash, scored_at) VALUES (?, ?, ?, ?, '1.0', 'h', ?)",
            scores,
        )
        conn.executemany(
            "INSERT INTO overrides (attempt_id, score, comment, created_at) "
            "VALUES (?, ?, 'Looked at it again', ?)",
            [(i, rng.random(), now) for i in range(1, count + 1, 50)],
        )
    return count


Timings = tuple[list[float], list[float]]  # wall-clock and CPU milliseconds per run


def timed(action: Callable[[], object], runs: int) -> Timings:
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(name: str, timings: Timings) -> float:
    """Print the median wall-clock time (what the budgets measure), the best, and CPU."""
    wall, cpu = timings
    median = statistics.median(wall)
    budget = BUDGETS_MS.get(name)
    verdict = ""
    if budget is not None:
        verdict = f"  budget {budget:g} ms: {'ok' if median < budget else 'OVER'}"
    print(
        f"{name:<34} median {median:8.2f} ms   best {min(wall):8.2f} ms   "
        f"cpu {statistics.median(cpu):8.2f} ms   ({len(wall)} runs){verdict}"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--saves", type=int, default=300, help="answers saved for the median")
    parser.add_argument("--dir", type=Path, help="data folder to use (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pack = make_pack()
    with tempfile.TemporaryDirectory(prefix="closeread-bench-") as temporary:
        data = args.dir or Path(temporary)
        with Store(data) as store:
            start = time.perf_counter()
            count = populate(store, pack, args.students, rng)
            fill_s = time.perf_counter() - start
        size_mb = (data / DATABASE_NAME).stat().st_size / 1e6
        print(
            f"{count:,} attempts for {args.students} students ({size_mb:.1f} MB), "
            f"filled in {fill_s:.1f} s; SQLite {sqlite3.sqlite_version}, {platform.platform()}"
        )
        database = data / DATABASE_NAME
        report("check: PRAGMA quick_check", timed(lambda: check_file(database, "quick"), 3))
        report("check: PRAGMA integrity_check", timed(lambda: check_file(database, "full"), 3))
        for backup in backups.list_backups(data):
            backup.path.unlink()
        report("open (check + daily backup)", timed(lambda: Store(data).close(), 1))
        report("open (check, backup already done)", timed(lambda: Store(data).close(), 5))
        failed = False
        with Store(data) as store:
            students = [s.id for s in store.roster.list_students()]
            exercises = [(lesson.id, ex.id) for lesson in pack.lessons for ex in lesson.exercises]

            def save() -> None:
                lesson_id, exercise_id = rng.choice(exercises)
                store.work.record_attempt(
                    rng.choice(students), pack, lesson_id, exercise_id, json.loads(answer(rng)),
                    score=rng.random(), scoring_version="1", detail={"hits": [1]},
                )  # fmt: skip

            def draft() -> None:
                lesson_id, exercise_id = rng.choice(exercises)
                store.work.save_draft(rng.choice(students), pack.id, lesson_id, exercise_id,
                                 json.loads(answer(rng)))  # fmt: skip

            saving = report("save one answer", timed(save, args.saves))
            report("autosave a draft", timed(draft, args.saves))

            def load() -> None:
                store.work.load_progress(rng.choice(students), pack.id)

            report("load one student's progress", timed(load, 50))
            summary = report("class summary", timed(lambda: store.reports.class_summary(pack), 10))
            report(
                "class summary, one class",
                timed(lambda: store.reports.class_summary(pack, "class-3"), 10),
            )
            report("backup (backup API)", timed(lambda: backups.take_backup(
                store.db.conn, data, "daily"), 3))  # fmt: skip

            def daily_backup() -> None:
                for backup in backups.list_backups(data):
                    backup.path.unlink()
                store.backup_if_due(own_connection=True)

            report("daily backup (app, own conn.)", timed(daily_backup, 3))
            rows = store.reports.class_summary(pack)
            assert len(rows) == args.students * LESSONS
            failed = (
                saving >= BUDGETS_MS["save one answer"] or summary >= BUDGETS_MS["class summary"]
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
