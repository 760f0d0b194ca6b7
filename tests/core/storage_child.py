"""A second CloseRead process for the storage tests: ``storage_child.py MODE DATA_DIR``.

Modes:

- ``save``: open the store, save one answer, print ``SAVED <id>``;
- ``hold``: open the store, print ``OPEN``, then obey stdin lines (``save`` saves an
  answer and prints its id; end of input closes the store);
- ``loop``: open the store and save answers forever, printing each attempt's id only
  after ``record_attempt`` returned (that is, after its commit);
- ``read``: open the store read-only and print the number of attempts;
- ``fill``: open the store, then limit the size of files this process may write
  (``RLIMIT_FSIZE``, as a full disk would) and save large answers until it fails.

A :class:`StorageError` is printed as ``ERROR <type>: <message>`` with exit status 3:
the plain message a user would see, never a traceback.
"""

from __future__ import annotations

import sys

from closeread.core.records import PackRef
from closeread.core.store.store import StorageError, Store

REF = PackRef("cyber-op-ed", "1.0", "hash-1")


def _student(store: Store) -> int:
    found = store.roster.find_student("Child Process", "test")
    return (found or store.roster.add_student("Child Process", "test")).id


def _save(store: Store, student_id: int, number: int) -> int:
    exercise = f"e{number % 40}"
    store.work.save_draft(student_id, REF.id, "lesson", exercise, {"text": f"draft {number}"})
    return store.work.record_attempt(
        student_id,
        REF,
        "lesson",
        exercise,
        {"text": f"answer {number}"},
        score=(number % 11) / 10,
        scoring_version="test",
    )


def _limit_file_size(limit: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write(), not a signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def main(mode: str, data_dir: str) -> int:
    try:
        if mode == "read":
            with Store(data_dir, read_only=True) as store:
                print("ATTEMPTS", len(store.work.list_attempts()), flush=True)
            return 0
        with Store(data_dir) as store:
            student_id = _student(store)
            if mode == "save":
                print("SAVED", _save(store, student_id, 0), flush=True)
            elif mode == "hold":
                print("OPEN", flush=True)
                for number, line in enumerate(sys.stdin):
                    if line.strip() == "save":
                        print("SAVED", _save(store, student_id, number), flush=True)
            elif mode == "loop":
                number = 0
                while True:
                    attempt_id = _save(store, student_id, number)
                    sys.stdout.write(f"{attempt_id}\n")
                    sys.stdout.flush()
                    number += 1
            elif mode == "fill":
                _limit_file_size(store.path.stat().st_size + 256 * 1024)
                number = 0
                while True:
                    attempt_id = store.work.record_attempt(
                        student_id, REF, "lesson", f"big{number}", {"text": "x" * 20_000}
                    )
                    print(attempt_id, flush=True)
                    number += 1
            else:
                raise SystemExit(f"unknown mode {mode!r}")
    except StorageError as error:
        print(f"ERROR {type(error).__name__}: {error}", flush=True)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
