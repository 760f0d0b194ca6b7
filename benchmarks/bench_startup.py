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
    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        prepare(data_dir)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("CLOSEREAD_DATA_DIR", None)
        shown = dict(env, CLOSEREAD_EXIT_WHEN_SHOWN="1")
        ready = dict(env, CLOSEREAD_EXIT_WHEN_SHOWN="ready")
        closeread = [sys.executable, "-m", "closeread", "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE]
        time_once(closeread, ready)  # warm-up: fills the cache of checked packs, OS caches
        time_once(bare, env)
        timings: dict[str, list[float]] = {"bare": [], "shown": [], "ready": []}
        for _ in range(args.runs):
            timings["bare"].append(time_once(bare, env))
            timings["shown"].append(time_once(closeread, shown))
            timings["ready"].append(time_once(closeread, ready))
    medians = {name: statistics.median(values) for name, values in timings.items()}
    labels = {
        "bare": "bare PySide6 window",
        "shown": "CloseRead shown with the bundled pack",
        "ready": "CloseRead ready (database open, place restored)",
    }
    for name, label in labels.items():
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
