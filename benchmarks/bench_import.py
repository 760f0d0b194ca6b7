"""How long one very large hand-in takes to import (the security sweep, issue 20 #8).

A student's results file may be as large as ``MAX_FILE_BYTES`` (32 MB) and hold up to
10,000 attempts at one exercise. Importing it must take time in proportion to its size:
it once took tens of seconds, because the trigger that keeps ``exercise_results`` up to
date counted and sorted the exercise's attempts again at every insert. The files are
made in the format's own JSON with a valid checksum, for the test minipack with its
limits lifted (``attempts = 0``), and for the minipack as it is (3 attempts allowed,
so a file with more is refused whole):

    .venv/bin/python benchmarks/bench_import.py [--attempts N]

Prints each case's time (budget 2 s for the 32 MB file) and what became of the file.
The 32 MB file is timed twice: with plain (ASCII) answers, which a short answer's
rule reads with string methods, and with answers holding an accented letter, which it
reads with regular expressions.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from closeread.core.classwork.results_file import FORMAT_NAME, MAX_FILE_BYTES, checksum
from closeread.core.classwork.results_import import import_results
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import Pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parent.parent / "tests" / "core" / "fixtures" / "minipack"
TITLES = ["Mark the claim and the evidence", "Which is evidence?", "Match"]
BUDGET_32MB_S = 2.0


def unlimited(folder: Path) -> Path:
    """A copy of the minipack whose marking, choice, short and match exercises allow any
    number of attempts."""
    copy = folder / "unlimited"
    shutil.copytree(MINIPACK, copy)
    lesson = copy / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    for title in TITLES:
        text = text.replace(f'title = "{title}"\n', f'title = "{title}"\nattempts = 0\n', 1)
    text = text.replace(
        'accept = ["it gives data"]\n', 'accept = ["it gives data"]\nattempts = 0\n'
    )
    lesson.write_text(text, encoding="utf-8")
    return copy


def attempt(exercise: str, number: int, answer: dict) -> dict:
    minutes, seconds = divmod(number, 60)
    hours, minutes = divmod(minutes, 60)
    return {
        "lesson": "one",
        "exercise": exercise,
        "attempt": number,
        "answer": answer,
        "started_at": None,
        "submitted_at": f"2025-03-{3 + hours // 24:02d}T{hours % 24:02d}:{minutes:02d}:"
        f"{seconds:02d}+00:00",
        "hints_used": 0,
        "hints": {},
    }


FILLER = "and numbers about households "
ACCENTED = "and numbers about Bogotá "  # not plain text: read by the regular-expression rule


def answer(exercise: str, number: int, size: int, filler: str = FILLER) -> dict:
    """A different answer each time (the import remembers answers it scored already)."""
    if exercise == "why":
        words = f"the survey gives data {number} " + filler * size
        return {"text": words.strip()}
    if exercise == "marks":
        return {"marks": [[0, 24, "claim"], [25, 26 + number % 40, "evidence"]] * size}
    if exercise == "pick":
        return {"selected": [number % 2]}
    return {"matches": [[0, number % 2], [1, 1 - number % 2]]}


def results_file(pack: Pack, attempts: list[dict]) -> bytes:
    payload = {
        "format": FORMAT_NAME,
        "format_version": 1,
        "created_at": "2025-03-03T09:00:00+00:00",
        "app": {"name": "CloseRead", "version": "bench"},
        "student": {"name": "Ann Lee", "class": "7B", "id": "S1"},
        "origin": {"device": "ab" * 8, "profile": 1},
        "pack": {
            "id": pack.id, "version": pack.version, "content_hash": pack.content_hash,
            "edition": pack.edition, "title": pack.title,
        },
        "attempts": attempts,
    }  # fmt: skip
    return json.dumps({**payload, "checksum": checksum(payload)}, ensure_ascii=False).encode()


def one_exercise(pack: Pack, exercise: str, count: int, size: int = 1) -> bytes:
    return results_file(
        pack, [attempt(exercise, n, answer(exercise, n, size)) for n in range(1, count + 1)]
    )


def largest(pack: Pack, per_exercise: int, filler: str = FILLER) -> bytes:
    """Close to MAX_FILE_BYTES: ``per_exercise`` attempts at each of four exercises,
    the short answers made long enough (of ``filler``) to fill the rest."""
    exercises = ("pick", "pairs", "marks", "why")
    small = [
        attempt(e, n, answer(e, n, 1)) for e in exercises[:3] for n in range(1, per_exercise + 1)
    ]
    room = MAX_FILE_BYTES - len(results_file(pack, small)) - 300 * per_exercise
    size = max(1, room // per_exercise // len(filler.encode()))
    why = [attempt("why", n, answer("why", n, size, filler)) for n in range(1, per_exercise + 1)]
    return results_file(pack, small + why)


def timed(folder: Path, name: str, pack: Pack, data: bytes, budget: float | None = None) -> float:
    path = folder / f"{name.replace(' ', '-')}.results.json"
    path.write_bytes(data)
    with Store(folder / f"teacher-{path.stem}") as store:
        start = time.perf_counter()
        (report,) = import_results(store, [path], [pack])
        seconds = time.perf_counter() - start
    verdict = f"  (budget {budget:.0f} s)" if budget else ""
    if budget and seconds > budget:
        verdict = f"  OVER BUDGET ({budget:.0f} s)"
    print(f"{name:<44} {len(data) / 1e6:6.1f} MB {seconds:7.2f} s{verdict}", flush=True)
    print(f"{'':<44} {str(report).split(': ', 1)[1][:100]}", flush=True)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000, help="attempts at one exercise")
    args = parser.parse_args()
    over = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        free = load_pack(unlimited(folder)).pack
        strict = load_pack(MINIPACK).pack
        n = args.attempts
        for count in (n // 4, n // 2, n):
            timed(folder, f"{count:,} attempts, one exercise, no limit", free,
                  one_exercise(free, "why", count))  # fmt: skip
        timed(folder, f"{n:,} attempts, one exercise allowing 3", strict,
              one_exercise(strict, "why", n))  # fmt: skip
        data = largest(free, n)
        assert len(data) <= MAX_FILE_BYTES, len(data)
        seconds = timed(folder, f"{4 * n:,} attempts, four exercises, no limit", free, data,
                        BUDGET_32MB_S)  # fmt: skip
        over = seconds > BUDGET_32MB_S
        data = largest(free, n, ACCENTED)
        assert len(data) <= MAX_FILE_BYTES, len(data)
        seconds = timed(folder, "the same, the answers not plain ASCII", free, data,
                        BUDGET_32MB_S)  # fmt: skip
        over = over or seconds > BUDGET_32MB_S
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
