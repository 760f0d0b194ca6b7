"""How long a student waits for the app: four moments, on the bundled pack, offscreen.

Each measure drives the real main window with QTest events and counts from just before
the event to the end of the first paint that shows its outcome (the event loop is run
until that paint has been handled):

- ``label_key``: a sentence of the article selected, the label's number key pressed,
  until the article's viewport has painted the new mark;
- ``check``: the Check button of a marking exercise with marks on it clicked, until
  the feedback under it is painted (scoring and saving the attempt included);
- ``next_exercise``: the Next button clicked, until the next exercise's panel is
  painted and the article has scrolled to where it belongs;
- ``start_ready``: process start until the window is ready to mark (database open,
  the student's place restored), from ``bench_startup.py``'s processes, with a bare
  PySide6 window in the same run for the ratio.

Budgets (issue 15): 16 ms, 50 ms, 50 ms, and 2× bare. Prints one line per measure,
``NAME: median N ms``, medians of ``--runs`` (default 30).

    .venv/bin/python benchmarks/bench_interaction.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGETS = {"label_key": 16.0, "check": 50.0, "next_exercise": 50.0}
START_BUDGET = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-start", action="store_true", help="skip the start-up measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CLOSEREAD_DATA_DIR"] = str(Path(folder) / "data")
        figures = in_window(args.runs)
    for name, values in figures.items():
        report(name, values, f"budget {BUDGETS[name]:.0f} ms", BUDGETS[name])
    if not args.no_start:
        start_ready(args.runs)


def report(name: str, values: list[float], budget: str, limit: float) -> None:
    median = statistics.median(values)
    verdict = "within" if median <= limit else "OVER"
    print(f"{name}: median {median:.1f} ms  ({len(values)} runs; {verdict} the {budget})")


def in_window(runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from closeread.core.store.store import Store
    from closeread.ui.shell.main_window import MainWindow
    from closeread.ui.shell.navigation import Place

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(Path(os.environ["CLOSEREAD_DATA_DIR"]))
    student = store.roster.add_student("Benchmark")
    window = MainWindow(store, student)
    window.resize(1366, 768)
    window.show()
    window.open_initial()
    settle(app, lambda: window.pack is not None, 20)
    pack = window.pack
    assert pack is not None

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def click(button) -> Callable[[], None]:
        return lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def until_painted(widget, action: Callable[[], None]) -> float:
        spy = Painted()
        widget.installEventFilter(spy)
        started = time.perf_counter()
        action()
        while not spy.seen:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        elapsed = time.perf_counter() - started
        widget.removeEventFilter(spy)
        return elapsed * 1000

    marking = [
        (lesson, exercise)
        for lesson in pack.lessons
        for exercise in lesson.exercises
        if exercise.kind == "mark" and exercise.key
    ]
    lesson, exercise = marking[0]
    place = Place(lesson.id, exercise.id)
    article = window.article
    figures: dict[str, list[float]] = {name: [] for name in BUDGETS}
    for _ in range(runs + 1):  # the first of each is a warm-up, not counted
        window.go(Place(lesson.id, None))
        window.go(place)
        settle(app, lambda: True, 0.05)
        article.set_marks([])
        span = exercise.key[len(figures["label_key"]) % len(exercise.key)]
        article.setFocus()
        article.select_span(span.start, span.end)
        settle(app, lambda: True, 0.02)
        figures["label_key"].append(
            until_painted(article.viewport(), lambda: QTest.keyClick(article, Qt.Key.Key_1))
        )
        assert len(article.marks()) == 1, "the key did not make a mark"
        panel = window.lesson.panel
        button = panel.check_button
        if not button.isEnabled():  # attempts used up in an earlier round: a fresh student
            raise SystemExit("the Check button is disabled; the exercise allows too few attempts")
        figures["check"].append(until_painted(panel, click(button)))
        assert article.feedback(), "checking showed no feedback on the article"
        assert store.work.list_attempts(student.id), "checking saved no attempt"
        store.db.execute("DELETE FROM exercise_results")  # attempts used, so Check stays on
        store.db.execute("DELETE FROM scores")
        store.db.execute("DELETE FROM attempts")
        window.go(Place(lesson.id, None))
        window.go(place)
        settle(app, lambda: True, 0.02)
        next_button = window.lesson.next_button
        figures["next_exercise"].append(until_painted(window.lesson, click(next_button)))
    window.close()
    store.close()
    return {name: values[1:] for name, values in figures.items()}


def settle(app, done: Callable[[], bool], seconds: float) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end or not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > end + 30:
            raise SystemExit("the app did not get there in 30 s")


def start_ready(runs: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    import bench_startup

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        bench_startup.prepare(data_dir)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("CLOSEREAD_DATA_DIR", None)
        ready = dict(env, CLOSEREAD_EXIT_WHEN_SHOWN="ready")
        closeread = [sys.executable, "-m", "closeread", "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", bench_startup.BARE]
        bench_startup.time_once(closeread, ready)  # warm-up
        bench_startup.time_once(bare, env)
        times: dict[str, list[float]] = {"bare": [], "ready": []}
        for _ in range(max(runs // 3, 5)):
            times["bare"].append(bench_startup.time_once(bare, env) * 1000)
            times["ready"].append(bench_startup.time_once(closeread, ready) * 1000)
    bare_ms = statistics.median(times["bare"])
    ready_ms = statistics.median(times["ready"])
    ratio = ready_ms / bare_ms
    verdict = "within" if ratio <= START_BUDGET else "OVER"
    print(
        f"start_ready: median {ready_ms:.0f} ms  ({len(times['ready'])} runs; bare PySide6 "
        f"window {bare_ms:.0f} ms: {ratio:.2f}× bare, {verdict} the budget of "
        f"{START_BUDGET:.0f}×)"
    )


if __name__ == "__main__":
    main()
