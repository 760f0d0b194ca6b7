"""Text from a pack or a hand-in is never rendered as rich text, on any screen (issue 20).

Every text a person reads in a hostile pack, and a hand-in's student name, class and file
name, hold markup: a picture of ``probe`` and a word in a huge bold font. Every screen is
opened with real widgets, before and after checking, and every label, message box,
document and tooltip is looked at (:class:`hostile_support.Leaks`).

``probe`` is a named pipe whose writer end a separate process keeps trying to open: the
open succeeds only while something has the pipe open for reading, so a picture Qt tried
to load is counted, and the reader gets an empty file instead of waiting forever. The
last test walks the same screens in a child process with ``/dev/zero`` as the picture,
under a memory limit: were it read, the child would run out of memory or time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from app_support import ModalWatcher, data_dir, wait_for_pack
from hostile_support import FILE_NAME, PROBE_VARIABLE, Leaks, Probe, answers, hostile_pack, marker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from closeread.core.classwork.results_file import build_results, write_results
from closeread.core.classwork.results_import import ImportBatch
from closeread.core.library.install import install_pack
from closeread.core.report.data import build_report
from closeread.core.report.html_report import report_html
from closeread.core.store.store import Store
from closeread.ui.editor import PackEditor
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.profile_dialog import ProfileDialog
from closeread.ui.teacher.dashboard import DashboardWindow
from closeread.ui.teacher.report_pdf import write_report_pdf


@pytest.fixture
def probe(tmp_path):
    made = Probe(tmp_path)
    yield made
    made.stop()


# -- the student's screens ------------------------------------------------------------


def check(qtbot, panel, answer: dict) -> None:
    panel.widget.set_answer(answer)
    panel.widget.answerChanged.emit()
    qtbot.waitUntil(panel.check_button.isEnabled)
    panel.check()
    if panel.is_editing():  # it asked about items left blank: a second Check checks
        panel.check()
    assert not panel.is_editing()


def reader_tips(window: MainWindow, leaks: Leaks, step: str) -> None:
    """What the article shows on hover: over each mark and key span, and each term."""
    view = window.article
    offsets = {mark.start for mark in view.marks()}
    offsets |= {item.span.start for item in view.feedback()}
    for offset in sorted(offsets):
        leaks.tooltip(step, f"article at {offset}", view.describe_at(offset))
    for use in view.glossary.uses:
        leaks.tooltip(step, f"article term {use.entry.term[-12:]}", view.describe_at(use.start))


def open_student_window(qtbot, store, student) -> MainWindow:
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def walk_student_screens(qtbot, tmp_path: Path, probe: Probe, monkeypatch) -> Leaks:
    leaks = Leaks(probe.path)
    mark = marker(probe.path)
    folder = hostile_pack(tmp_path, mark)
    store = Store.open(data_dir())
    student = store.roster.add_student(f"{mark} Ada", f"{mark} 5B")
    window = open_student_window(qtbot, store, student)
    window.open_pack_path(folder)
    leaks.walk("pack being checked")  # the busy dialog names the folder
    wait_for_pack(qtbot, window)
    pack = window.pack
    leaks.walk("pack opened")
    window.aids.set_open(True)
    for row in range(window.aids.pane.list.count()):
        window.aids.pane.list.setCurrentRow(row)
        leaks.walk(f"source card {row}")
    for lesson in pack.lessons:
        window.go(Place(lesson.id, None))
        leaks.walk(f"intro of {lesson.id}")
        words = window.lesson.words
        for use in words.uses if words is not None and words.isVisible() else ():
            window.aids.show_term(use)
            leaks.walk(f"term {use.entry.term[-12:]}")
        for exercise in lesson.exercises:
            step = f"{lesson.id}/{exercise.id}"
            window.go(Place(lesson.id, exercise.id))
            panel = window.lesson.panel
            leaks.walk(f"{step} before checking")
            check(qtbot, panel, answers(exercise, right=False, mark=mark))
            leaks.walk(f"{step} checked")
            reader_tips(window, leaks, f"{step} checked")
            if panel.retry_button.isVisible():
                panel.retry()
                check(qtbot, panel, answers(exercise, right=True, mark=mark))
                leaks.walk(f"{step} checked again")
                reader_tips(window, leaks, f"{step} checked again")
    export_results(window, leaks, tmp_path, monkeypatch)
    replace_pack(qtbot, window, leaks, folder, mark)
    window.close()
    store.close()
    return leaks


def export_results(window: MainWindow, leaks: Leaks, folder: Path, monkeypatch) -> None:
    """File > Export My Results: the message names the file and the pack."""
    target = folder / FILE_NAME
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    window.export_my_results()
    assert target.exists()
    leaks.walk("results exported")
    for box in window.findChildren(QMessageBox):
        box.close()


def replace_pack(qtbot, window: MainWindow, leaks: Leaks, folder: Path, mark: str) -> None:
    """Open Pack with the same id from another author: the question names both packs."""
    other = folder.with_name(folder.name + " 2")
    shutil.copytree(folder, other)
    meta = other / "pack.toml"
    text = meta.read_text(encoding="utf-8").replace('version = "1.1"', 'version = "1.2"', 1)
    meta.write_text(text.replace("A. Teacher", "B. Stranger"), encoding="utf-8")
    asked = ModalWatcher(QMessageBox, lambda box: (
        leaks.walk("replace the pack?", [box]),
        box.button(QMessageBox.StandardButton.No).click(),
    ))  # fmt: skip
    window.open_pack_path(other)
    qtbot.waitUntil(lambda: bool(asked.seen), timeout=10_000)
    asked.stop()


@pytest.mark.timeout(120)
def test_no_pack_text_is_rich_text_on_the_students_screens(qtbot, tmp_path, probe, monkeypatch):
    leaks = walk_student_screens(qtbot, tmp_path, probe, monkeypatch)
    assert_clean(leaks, probe, [
        "busyDialog", "studentLabel", "libraryTree", "exerciseTitle", "cardList", "cardTitle",
        "cardSources", "glossaryList", "definitionText", "feedbackRow/QLabel",
        "MarkWidget/QWidget/QToolButton", "MatchWidget/StatusLabel", "AnalogyWidget",
        "article at", "article term", "handInSaved", "mainWindow/QMessageBox",
    ])  # fmt: skip


def assert_clean(leaks: Leaks, probe: Probe, places: list[str]) -> None:
    """Nothing rendered as rich text, no picture read, and the walk saw ``places``."""
    assert not leaks.found, "outside text shown as rich text:\n" + leaks.report()
    assert not probe.opened(), "a picture named in outside text was read"
    assert leaks.unseen(places) == [], "the walk never met the marker in these places"


# -- the teacher's screens ------------------------------------------------------------


def hand_ins(folder: Path, pack_folder: Path, mark: str) -> list[Path]:
    """The hostile student's hand-ins from two computers: every exercise answered, the
    second file over every limit (each exercise allows one or two attempts)."""
    paths = []
    for computer in ("school", "home"):
        with Store.open(folder / computer) as theirs:
            pack = install_pack(pack_folder, theirs.data_dir, theirs).pack
            student = theirs.roster.add_student(f"{mark} Ada", f"{mark} 5B")
            for lesson in pack.lessons:
                for exercise in lesson.exercises:
                    for right in (False, True)[: exercise.attempts]:
                        value = answers(exercise, right=right, mark=mark)
                        theirs.work.record_attempt(student.id, pack, lesson.id, exercise.id, value)
            paths.append(folder / computer / FILE_NAME)
            write_results(paths[-1], build_results(theirs, student.id, pack).data)
    return paths


def importing(qtbot, dashboard, files: list[Path], leaks: Leaks, monkeypatch) -> None:
    """Import ``files``, looking at the progress dialog while it names the first one."""
    release, add = threading.Event(), ImportBatch.add

    def held(batch, path, imported=None):
        assert release.wait(20)
        add(batch, path, imported)

    monkeypatch.setattr(ImportBatch, "add", held)
    dashboard.import_results([str(path) for path in files])
    progress = dashboard.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(lambda: "HOSTILE" in progress.labelText())
    leaks.walk("importing", [progress])
    release.set()
    qtbot.waitUntil(lambda: dashboard.import_dialog is not None, timeout=20_000)


def walk_teacher_screens(qtbot, tmp_path: Path, probe: Probe, monkeypatch) -> Leaks:
    leaks = Leaks(probe.path)
    mark = marker(probe.path)
    folder = hostile_pack(tmp_path, mark)
    files = hand_ins(tmp_path, folder, mark)
    store = Store.open(tmp_path / "teacher")
    pack = install_pack(folder, store.data_dir, store).pack
    dashboard = DashboardWindow(store, pack.id)
    dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    importing(qtbot, dashboard, files, leaks, monkeypatch)
    leaks.walk("import results")
    dashboard.import_dialog.close()
    leaks.walk("gradebook")
    dashboard.tabs.setCurrentWidget(dashboard.review)
    for row in range(dashboard.review.list.count()):
        dashboard.review.list.setCurrentRow(row)
        leaks.walk(f"review {row}")
    dashboard.tabs.setCurrentWidget(dashboard.analysis)
    qtbot.waitUntil(lambda: not dashboard.analysis.busy() and bool(dashboard.analysis.analysis))
    dashboard.analysis.tree.expandAll()
    leaks.walk("item analysis")
    proxy = dashboard.proxy
    view = dashboard.open_cell(proxy.index(0, 2))
    qtbot.waitExposed(view)
    for lesson in range(view.lesson_combo.count()):
        view.lesson_combo.setCurrentIndex(lesson)
        for row in range(view.exercise_list.count()):
            view.exercise_list.setCurrentRow(row)
            leaks.walk(f"attempt view {lesson}/{row}")
    view.close()
    rescore = dashboard.open_rescore()
    leaks.walk("re-score")
    rescore.close()
    profiles = ProfileDialog(store)
    qtbot.addWidget(profiles)
    profiles.show()
    leaks.walk("profiles", [profiles])
    report = build_report(store, [pack])
    assert not any(needle in report_html(report) for needle in leaks.needles)
    write_report_pdf(report, tmp_path / "report.pdf")  # its pictures: the charts only
    dashboard.close()
    store.close()
    return leaks


@pytest.mark.timeout(120)
def test_no_pack_or_hand_in_text_is_rich_text_on_the_teachers_screens(
    qtbot, tmp_path, probe, monkeypatch
):
    leaks = walk_teacher_screens(qtbot, tmp_path, probe, monkeypatch)
    assert_clean(leaks, probe, [
        "importProgress", "importTable", "gradebookTable", "reviewFlags", "reviewRubric",
        "answerText", "writingScoreForm", "itemAnalysisTree", "attemptView", "exerciseList",
        "scorePane", "rescoreDialog", "profileList",
    ])  # fmt: skip


# -- the pack editor ------------------------------------------------------------------


def walk_editor(qtbot, tmp_path: Path, probe: Probe) -> Leaks:
    leaks = Leaks(probe.path)
    folder = hostile_pack(tmp_path, marker(probe.path))
    editor = PackEditor(folder)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    for node in editor.outline.nodes():
        editor.outline.select(node, emit=True)
        leaks.walk(f"editor {node.kind} {node.ref[-12:]}")
        if node.kind in ("exercise", "part"):
            editor.try_exercise()
            leaks.walk(f"trying {node.ref[-12:]}")
            editor.try_dialog.close()
    title = editor.form.fields.widgets["title"]  # the last node: an exercise of RESPOND
    title.setFocus()
    qtbot.keyClicks(title, " again")
    assert editor.session.modified
    asked = ModalWatcher(QMessageBox, lambda box: (
        leaks.walk("save the pack?", [box]),
        box.button(QMessageBox.StandardButton.Discard).click(),
    ))  # fmt: skip
    editor.close()
    asked.stop()
    assert asked.seen, "closing with edits asks first"
    return leaks


@pytest.mark.timeout(120)
def test_no_pack_text_is_rich_text_in_the_pack_editor(qtbot, tmp_path, probe):
    leaks = walk_editor(qtbot, tmp_path, probe)
    assert_clean(leaks, probe, [
        "editorOutline", "PackForm", "problemsPanel", "KeyPanel", "editorLabelRow",
        "exerciseBody", "packEditor/QMessageBox",
    ])  # fmt: skip


# -- /dev/zero -----------------------------------------------------------------------

MEMORY_LIMIT = 4 * 2**30  # far above what the walks take; reached in seconds by /dev/zero


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
@pytest.mark.skipif(bool(os.environ.get(PROBE_VARIABLE)), reason="the child itself")
def test_no_screen_reads_dev_zero_named_in_outside_text(tmp_path):
    """The walks above, in a child whose marker's picture is /dev/zero: it would never
    finish reading, so the child would run out of its memory or its time."""
    env = {**os.environ, PROBE_VARIABLE: "/dev/zero", "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
        f"--basetemp={tmp_path / 'child'}", __file__,
    ]  # fmt: skip
    try:
        child = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=240,
            preexec_fn=_limit_memory, cwd=Path(__file__).parents[2],
        )  # fmt: skip
    except subprocess.TimeoutExpired as stopped:
        pytest.fail(f"the walks did not finish in {stopped.timeout} s: was /dev/zero read?")
    if child.returncode < 0:  # killed: std::bad_alloc aborts, and says where first
        pytest.fail(f"the walks died of signal {-child.returncode}:\n{child.stderr[:3000]}")
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    assert " passed" in child.stdout and " failed" not in child.stdout
