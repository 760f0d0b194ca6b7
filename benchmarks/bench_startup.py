"""Time from process start to CloseRead's main window ready to mark, with the bundled pack.

Compared, in the same run and on the same machine, with a bare PySide6 window (a
QMainWindow holding a QTextEdit, 1280×800) shown the same way. Each process prints
``shown <time.time()>`` at its moment and quits; the time counted is from just before
the process is started to that moment. Budget (issue 15): *ready* in at most 2× the
bare window's time.

CloseRead runs on a data folder that already holds one student (so no profile
dialog) and, after one warm-up run, the cache of checked packs and the student's place
(the first lesson's introduction): every start after the first. Two moments are timed,
each when a paint begins, as for the bare window: *shown*
(``CLOSEREAD_EXIT_WHEN_SHOWN=1``), the first paint of the window with the bundled pack's
article, the progress database still opening behind it; and *ready* (``=ready``), the
window's first paint once the database is open and the student's place restored, the
window usable (the library showing progress, the lesson pane or exercise panel
working). What the first actions need and showing the place does not (the legible
style's rings, sqlite-utils for the first save, the exercise panel and scoring rules,
the article's word index) is loaded once the place is painted
(``ui/shell/after_paint.py``, ``ui/shell/after_start.py``). Runs alternate between the
programs so that all see the same machine; on a shared machine compare the ratios,
never single wall times. Uses ``QT_QPA_PLATFORM=offscreen``.

    .venv/bin/python -m compileall -q src/closeread
    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--other-src DIR]

``--other-src`` times another checkout's code in the same runs, to compare two versions
on a noisy machine: ``git worktree add /tmp/old REV`` and
``.venv/bin/python -m compileall -q /tmp/old/src/closeread``, then ``--other-src
/tmp/old/src``. (Its "ready" is timed as that code's own hook times it.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 2.0

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
editor = QTextEdit(window)
window.setCentralWidget(editor)
window.resize(1280, 800)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"shown {time.time():.6f}", flush=True)
    QApplication.exit(0)

editor.viewport().installEventFilter(first := FirstPaint())
window.show()
sys.exit(app.exec())
"""


def prepare(data_dir: Path) -> None:
    from closeread.core.store.store import Store

    with Store.open(data_dir) as store:
        student = store.roster.add_student("Benchmark")
        store.roster.set_setting("last_student", student.id)


def time_once(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown ")]
    if result.returncode != 0 or not shown:
        sys.exit(f"{command[:3]} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return float(shown[-1].split()[1]) - start


def programs(folder: Path, env: dict[str, str], other_src: Path | None) -> dict[str, tuple]:
    """What each timed row runs: (label, command, environment); each CloseRead has its
    own data folder (a cache of checked packs made by other code would not be used)."""
    rows: dict[str, tuple] = {"bare": ("bare PySide6 window", [sys.executable, "-c", BARE], env)}
    copies = [("", "CloseRead", env)]
    if other_src is not None:  # the same runs, with another checkout's code first on the path
        name = other_src.parent.name if other_src.name == "src" else other_src.name
        copies.append(("other ", f"{name} (other)", dict(env, PYTHONPATH=str(other_src))))
    for key, name, base in copies:
        data_dir = folder / f"{key}data".replace(" ", "-")
        prepare(data_dir)
        closeread = [sys.executable, "-m", "closeread", "--data-dir", str(data_dir)]
        shown = dict(base, CLOSEREAD_EXIT_WHEN_SHOWN="1")
        ready = dict(base, CLOSEREAD_EXIT_WHEN_SHOWN="ready")
        rows[f"{key}shown"] = (f"{name} shown with the bundled pack", closeread, shown)
        rows[f"{key}ready"] = (f"{name} ready (database open, place restored)", closeread, ready)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--other-src",
        type=Path,
        metavar="DIR",
        help="also time the CloseRead whose src folder is DIR (a worktree of an earlier "
        "commit, say), in the same runs",
    )
    args = parser.parse_args()
    other = args.other_src.resolve() if args.other_src else None
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("CLOSEREAD_DATA_DIR", None)
        rows = programs(Path(folder), env, other)
        for name, (_label, command, environment) in rows.items():
            if name.endswith("ready") or name == "bare":  # warm-up: the pack cache, OS caches
                time_once(command, environment)
        timings: dict[str, list[float]] = {name: [] for name in rows}
        for _ in range(args.runs):
            for name, (_label, command, environment) in rows.items():
                timings[name].append(time_once(command, environment))
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, (label, _command, _environment) in rows.items():
        ratio = "" if name == "bare" else f"  ({medians[name] / medians['bare']:.2f}× bare)"
        print(f"{label:48s} median {medians[name] * 1000:4.0f} ms{ratio}")
    ratio = medians["ready"] / medians["bare"]
    verdict = "within" if ratio <= BUDGET else "OVER"
    shown = medians["shown"] / medians["bare"]
    print(
        f"{args.runs} runs each; ready/bare {ratio:.2f}× ({verdict} the budget of "
        f"{BUDGET:.0f}×); shown/bare {shown:.2f}×"
    )


if __name__ == "__main__":
    main()
