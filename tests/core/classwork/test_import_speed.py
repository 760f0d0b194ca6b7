"""A very large hand-in imports in time proportional to its size (issue 20 #8).

10,000 attempts at one exercise once took over 30 s: the trigger that keeps
``exercise_results`` up to date counted and sorted the exercise's attempts again at
every insert. The import now refreshes each exercise's row once per file; the rows, and
the trigger for every other write, must be what they were.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from classroom import MINIPACK, START, row_counts, variant

from closeread.core.classwork.results_file import FORMAT_NAME, checksum
from closeread.core.classwork.results_import import import_results
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

ACCEPT = 'accept = ["it gives data"]\n'
MANY = 10_000
BOUND_S = 10.0  # about 1 s today; the quadratic import took over 30 s


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """(the minipack with "why" allowing any number of attempts, the minipack: 3)."""
    folder = variant(
        tmp_path_factory.mktemp("free"),
        "free",
        {"lessons/one.toml": (ACCEPT, ACCEPT + "attempts = 0\n")},
    )  # fmt: skip
    return load_pack(folder).pack, load_pack(MINIPACK).pack


def big_file(path, pack, count, *, first=1, picks=0, picked_at=0):
    """A results file (valid checksum) of ``count`` different answers to "why", and
    ``picks`` to "pick" (which allows 3)."""
    attempts = [
        {
            "lesson": "one", "exercise": "why", "attempt": n,
            "answer": {"text": f"it gives data {n}" if n % 3 else f"a guess {n}"},
            "submitted_at": (START + timedelta(minutes=n)).isoformat(),
        }
        for n in range(first, first + count)
    ] + [
        {"lesson": "one", "exercise": "pick", "attempt": n, "answer": {"selected": [0]},
         "submitted_at": START.replace(day=28, minute=picked_at + n).isoformat()}
        for n in range(1, picks + 1)
    ]  # fmt: skip
    payload = {
        "format": FORMAT_NAME, "format_version": 1, "created_at": START.isoformat(),
        "student": {"name": "Ann Lee", "class": "7B", "id": "S1"},
        "pack": {"id": pack.id, "version": pack.version, "content_hash": pack.content_hash},
        "attempts": attempts,
    }  # fmt: skip
    path.write_bytes(json.dumps({**payload, "checksum": checksum(payload)}).encode())
    return path


def recomputed(store):
    """Each exercise's row as migration 0003 fills it in from scratch."""
    return store.db.execute(
        "SELECT g.pack_id, g.student_id, g.lesson_id, g.exercise_id, count(*), "
        "max(coalesce(g.override_score, g.score)), "
        "(SELECT coalesce(a.override_score, a.score) FROM attempts a "
        " WHERE a.pack_id = g.pack_id AND a.student_id = g.student_id "
        " AND a.lesson_id = g.lesson_id AND a.exercise_id = g.exercise_id "
        " ORDER BY a.attempt_no DESC, a.id DESC LIMIT 1) "
        "FROM attempts g GROUP BY g.pack_id, g.student_id, g.lesson_id, g.exercise_id "
        "ORDER BY 1, 2, 3, 4"
    ).fetchall()


def summary_rows(store):
    return store.db.execute(
        "SELECT pack_id, student_id, lesson_id, exercise_id, attempts, best, last "
        "FROM exercise_results ORDER BY 1, 2, 3, 4"
    ).fetchall()


def schema(store):
    return store.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_ten_thousand_attempts_at_one_exercise_import_in_linear_time(tmp_path, packs):
    free, _ = packs
    path = big_file(tmp_path / "big.results.json", free, MANY)
    with Store(tmp_path / "teacher") as store:
        before = schema(store)
        start = time.perf_counter()
        (report,) = import_results(store, [path], [free])
        seconds = time.perf_counter() - start
        assert report.outcome == "imported" and report.attempts == MANY, str(report)
        assert seconds < BOUND_S, f"{seconds:.1f} s: importing is quadratic again?"
        assert schema(store) == before  # the triggers are back as they were
        assert summary_rows(store) == recomputed(store)
        (row,) = summary_rows(store)
        assert row[4] == MANY and row[5] == 1.0
        # the triggers still serve the app's own saves: the score is copied onto its
        # attempt, and the summary row follows
        student = store.roster.add_student("Bo", "7B")
        answer = {"text": "it gives data"}
        store.work.record_attempt(student.id, free, "one", "why", answer, score=0.5)
        copied = store.db.execute("SELECT score FROM attempts WHERE student_id = ?", [student.id])
        assert copied.fetchone()[0] == 0.5
        assert summary_rows(store) == recomputed(store)


def test_a_failed_import_leaves_the_trigger_and_the_rows_as_they_were(tmp_path, packs, monkeypatch):
    free, _ = packs
    path = big_file(tmp_path / "big.results.json", free, 50)
    with Store(tmp_path / "teacher") as store:
        before, counts = schema(store), row_counts(store)
        real = store.db.execute

        def fail_on_the_trigger(sql, *args):
            if sql.lstrip().startswith("CREATE TRIGGER"):
                raise OSError("disk full")
            return real(sql, *args)

        monkeypatch.setattr(store.db, "execute", fail_on_the_trigger)
        (report,) = import_results(store, [path], [free])
        monkeypatch.undo()
        assert report.outcome == "refused" and "not saved" in report.reason, str(report)
        assert schema(store) == before and row_counts(store) == counts


def test_ten_thousand_attempts_at_an_exercise_allowing_three_are_refused_quickly(tmp_path, packs):
    _, strict = packs
    path = big_file(tmp_path / "big.results.json", strict, MANY)
    with Store(tmp_path / "teacher") as store:
        counts = row_counts(store)
        start = time.perf_counter()
        (report,) = import_results(store, [path], [strict])
        seconds = time.perf_counter() - start
        assert report.outcome == "refused" and "more attempts than the 3" in report.reason
        assert seconds < BOUND_S, f"{seconds:.1f} s"
        assert row_counts(store) == counts


def test_a_large_hand_in_over_a_limit_saved_before_is_linear(tmp_path, packs):
    """Attempts already saved count against the limit: of the second file's three
    attempts at "pick" (3 allowed) two are refused, its 10,000 others saved."""
    free, _ = packs
    with Store(tmp_path / "teacher") as store:
        first = big_file(tmp_path / "first.results.json", free, 1, picks=2)
        assert import_results(store, [first], [free])[0].attempts == 3
        path = big_file(
            tmp_path / "big.results.json", free, MANY - 1, first=2, picks=3, picked_at=10
        )
        start = time.perf_counter()
        (report,) = import_results(store, [path], [free])
        assert time.perf_counter() - start < BOUND_S
        assert report.attempts == MANY and report.refused == 2, str(report)
        assert summary_rows(store) == recomputed(store)
