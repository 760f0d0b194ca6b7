"""What opening the app loads before the window is ready, and what it leaves for after.

The start-up budget (``benchmarks/bench_startup.py``) is kept by loading, before the
student's place is shown, only what showing it needs. These tests run the real app in a
child process on a returning student's data folder and look at what it had loaded when
it became ready; then at what the first actions find prepared just after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from closeread.core.store.store import Store

CHILD = """
import dataclasses, gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from closeread.ui.shell import app
from closeread.ui.shell.main_window import MainWindow

seen = {}
report = app._ExitWhenShown._report
run_app = app.run_app

def opening(**options):
    seen["collecting while opening"] = gc.isenabled()
    return run_app(**options)

def tokeniser():
    tokens = sys.modules.get("closeread.core.grading.tokens")
    return tokens is not None and tokens._splitter.cache_info().currsize > 0

def dataclasses_defined():
    return sorted(
        f"{name}.{value.__qualname__}"
        for name, module in list(sys.modules.items())
        if name.startswith("closeread")
        for value in vars(module).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value)
        and value.__module__ == name
    )

def at_ready(self, at=None):
    if "ready" not in seen:
        seen["ready"] = sorted(sys.modules)
        seen["dataclasses at ready"] = dataclasses_defined()
        seen["tokeniser at ready"] = tokeniser()
        seen["collecting at ready"] = gc.isenabled()
        seen["style at ready"] = QApplication.style().name().lower()
        QTimer.singleShot(0, lambda: wait(self))  # then let the preparation run

def wait(self):
    if not self.window.after_start.done:
        QTimer.singleShot(5, lambda: wait(self))
        return
    seen["after"] = sorted(sys.modules)
    seen["tokeniser"] = tokeniser()
    seen["words"] = self.window.article._words is not None
    seen["place"] = [self.window.place.lesson_id, self.window.place.exercise_id]
    seen["style"] = type(QApplication.style()).__name__
    print("SEEN " + json.dumps(seen), flush=True)
    report(self, at=None)

app._ExitWhenShown._report = at_ready
app.run_app = opening
from closeread.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# Loaded only when something needs them: the teacher's screens, xAPI, a pack's files...
TEACHERS_AND_OTHERS = [
    "closeread.core.xapi.statements",
    "closeread.core.store.hand_ins",
    "closeread.core.store.reports",
    "closeread.core.toml.read",
    "closeread.ui.teacher",
    "closeread.ui.editor",
]
# ...the dialogs a start that goes well never shows (a returning student is remembered),
# what checking a pack needs (the pack comes from the cache of checked packs)...
DIALOGS = ["closeread.ui.shell.profile_dialog", "closeread.ui.common.problems_dialog"]
CHECKING = ["closeread.core.pack.load", "closeread.core.pack.html_blocks"]
# ...and the first save, the first check, prose not shown in the last session.
NOT_AT_START = [
    "sqlite_utils", "click", "importlib.metadata", *TEACHERS_AND_OTHERS, *DIALOGS, *CHECKING
]  # fmt: skip
NOT_FOR_AN_INTRO = [
    "markdown",  # the introduction's prose was rendered in the last session
    "closeread.core.pack.markdown_guard",  # (what Markdown may be given)
    "closeread.core.kinds.registry",
    "closeread.core.grading.grade",
    "closeread.core.grading.tokens",
    "closeread.ui.exercises.panel",
    "closeread.ui.reading.words",
    "closeread.ui.reading.cards_pane",  # the source cards are closed
    "html.parser",  # (an exercise's words of Markdown need it; an introduction's do not)
]
# ...and the rings the legible style draws round radio buttons and check boxes (a style
# written in Python: the first paint would make every style option's Python type).
ONCE_PAINTED = ["closeread.ui.common.legible_style"]


def run_app(data: Path, **more: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLOSEREAD_EXIT_WHEN_SHOWN="ready")
    env.update(more)
    env.pop("CLOSEREAD_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[-1][5:])


def loaded(modules: list[str], names: list[str]) -> list[str]:
    return [name for name in names if any(m == name or m.startswith(name + ".") for m in modules)]


@pytest.fixture
def returning(tmp_path) -> Path:
    """A student who has used the bundled pack before (the cache of checked packs is
    filled by the first run, as on any start after the first)."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        student = store.roster.add_student("Alex")
        store.roster.set_setting("last_student", student.id)
    run_app(data)
    return data


def test_a_lesson_intro_is_ready_without_the_exercise_rules_or_sqlite_utils(returning):
    seen = run_app(returning)
    assert seen["place"][1] is None  # the first lesson's introduction
    assert loaded(seen["ready"], NOT_AT_START + NOT_FOR_AN_INTRO + ONCE_PAINTED) == []
    # just after, the first actions find what they need
    after = seen["after"]
    firsts = ["sqlite_utils", "closeread.ui.exercises.panel", "markdown", *ONCE_PAINTED]
    assert loaded(after, firsts) == firsts
    assert seen["tokeniser"] and seen["words"]
    assert loaded(after, TEACHERS_AND_OTHERS) == []  # the teacher's parts still wait
    assert seen["style"] == "LegibleStyle"


def test_the_start_defines_no_dataclass(returning):
    """Defining a dataclass compiles its methods when its module loads (about 0.7 ms a
    class on the 2-core machine: 53 of them were 30-45 ms of every start); the value
    types the start loads are ``msgspec.Struct`` classes, made in C."""
    seen = run_app(returning)
    assert seen["place"][1] is None  # the benchmark's place: the first lesson's intro
    assert seen["dataclasses at ready"] == []


def test_garbage_is_collected_again_once_the_window_is_ready(returning):
    seen = run_app(returning)
    assert not seen["collecting while opening"]  # paused while the window opens
    assert seen["collecting at ready"]


def test_an_exercise_is_ready_without_compiling_the_tokeniser(returning):
    with Store.open(returning) as store:
        student = store.roster.get_setting("last_student")
        store.roster.save_reader_state(
            student, "cyber-threat-oped", lesson_id="claims-and-evidence",
            exercise_id="mark-reasons", scroll=0.2,
        )  # fmt: skip
    seen = run_app(returning)
    assert seen["place"] == ["claims-and-evidence", "mark-reasons"]
    assert loaded(seen["ready"], NOT_AT_START) == []
    assert "closeread.ui.exercises.panel" in seen["ready"]
    assert not seen["tokeniser at ready"]  # its patterns are compiled after ready
    assert seen["tokeniser"] and seen["words"]


def test_the_window_is_fusion_from_its_first_paint_whatever_the_platform_prefers(returning):
    seen = run_app(returning, QT_STYLE_OVERRIDE="Windows")  # (a style every Qt has)
    assert seen["style at ready"] == "fusion"  # the legible style's own base, until then
    assert seen["style"] == "LegibleStyle"
