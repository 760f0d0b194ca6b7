"""Hand-ins imported from the dashboard (one tampered), and reports exported from it."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from teacher_support import MINIPACK, answer

from closeread.core.classwork.results_file import build_results, suggested_name, write_results
from closeread.core.classwork.results_import import ImportBatch
from closeread.core.library.install import install_pack
from closeread.core.store.store import Store
from closeread.ui.teacher.dashboard import DashboardWindow


@pytest.fixture
def dashboard(qtbot, school):
    store, pack, _people = school
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def hand_ins(folder: Path) -> tuple[Path, Path]:
    """Two students' results files made on their own computer; the second one tampered."""
    with Store.open(folder / "student-computer") as theirs:
        pack = install_pack(MINIPACK, theirs.data_dir, theirs).pack
        paths = []
        for name, choice in (("Fay Ng", 0), ("Gil Ortiz", 1)):
            student = theirs.roster.add_student(name, "5C")
            answer(theirs, pack, student, "pick", {"selected": [choice]})
            answer(theirs, pack, student, "why", {"text": "it gives data"})
            path = folder / suggested_name(name, pack)
            write_results(path, build_results(theirs, student.id, pack).data)
            paths.append(path)
    good, bad = paths
    data = bad.read_bytes()
    assert b'"selected": [1]' in data
    bad.write_bytes(data.replace(b'"selected": [1]', b'"selected": [0]'))  # a better answer
    return good, bad


def test_import_results_files_shows_each_files_outcome(
    dashboard, qtbot, school, tmp_path, monkeypatch
):
    store, _pack, _people = school
    good, bad = hand_ins(tmp_path)
    chosen = []

    def pick_files(parent, caption, folder, filters):
        chosen.append(filters)
        return [str(good), str(bad)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick_files)
    qtbot.mouseClick(dashboard.import_button, Qt.MouseButton.LeftButton)
    dialog = imported(qtbot, dashboard)
    assert dialog is not None and dialog.isVisible()
    assert "*.results.json" in chosen[0]
    assert dialog.outcomes() == [(good.name, "✓ Imported"), (bad.name, "✗ Refused")]
    assert dialog.table.item(0, 2).text() == "2 attempts for Fay Ng (5C)"
    assert "checksum does not match" in dialog.table.item(1, 2).text()
    assert dialog.summary.text() == "1 imported · 0 already imported · 1 refused"
    names = [s.name for s in store.roster.list_students()]
    assert "Fay Ng" in names and "Gil Ortiz" not in names  # nothing from the refused file
    assert any(row.student.name == "Fay Ng" for row in dashboard.model.rows)  # shown at once
    dialog.close()

    dashboard.import_results([str(good)])
    again = imported(qtbot, dashboard)
    assert again.outcomes() == [(good.name, "= Already imported")]
    assert again.summary.text() == "0 imported · 1 already imported · 0 refused"
    assert len(store.work.list_attempts(student_id=_student(store, "Fay Ng").id)) == 2


def imported(qtbot, dashboard):
    """The outcome dialog, once the import running in the background has finished."""
    qtbot.waitUntil(lambda: dashboard.import_dialog is not None, timeout=20_000)
    return dashboard.import_dialog


def test_files_are_checked_and_saved_off_the_gui_thread_and_stop_ends_the_batch(
    qtbot, dashboard, school, tmp_path, monkeypatch
):
    """While a file is being checked the window still answers: here the teacher presses
    Stop during the first file, and the batch ends after it, with that file saved, on
    the worker's own connection; the window's store sees it at once."""
    store, _pack, _people = school
    good, bad = hand_ins(tmp_path)
    threads, savers, release = [], [], threading.Event()
    add, save = ImportBatch.add, ImportBatch.save

    def slow_add(batch, path, imported=None):
        threads.append(threading.current_thread())
        assert release.wait(20)  # held until the GUI thread has pressed Stop
        add(batch, path, imported)

    def watched_save(batch):
        savers.append(threading.current_thread())
        return save(batch)

    monkeypatch.setattr(ImportBatch, "add", slow_add)
    monkeypatch.setattr(ImportBatch, "save", watched_save)
    dashboard.import_results([str(good), str(bad)])
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert threads[0] is not threading.main_thread()
    progress = dashboard.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(progress.isVisible)  # it shows once the work takes a moment
    (stop,) = progress.findChildren(QPushButton)
    assert stop.text() == "Stop"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)  # while the worker is busy
    assert progress.isVisible()  # until the file in hand is saved: the windows stay blocked
    assert progress.labelText().startswith("Stopping after this file")
    release.set()
    dialog = imported(qtbot, dashboard)
    assert dialog.outcomes() == [(good.name, "✓ Imported")]  # the second was never checked
    assert len(threads) == 1
    assert savers == threads  # saved on the worker, not on the GUI thread
    assert any(s.name == "Fay Ng" for s in store.roster.list_students())


def test_the_progress_stays_until_the_files_are_saved(
    qtbot, dashboard, school, tmp_path, monkeypatch
):
    """Esc or closing the progress while the worker saves does not free the windows: the
    dialog stays, window-modal, until the save is done, then the outcome is shown."""
    store, _pack, _people = school
    good, _bad = hand_ins(tmp_path)
    release = threading.Event()
    save = ImportBatch.save

    def held_save(batch):
        assert release.wait(20)  # held until the GUI thread has tried to close the dialog
        return save(batch)

    monkeypatch.setattr(ImportBatch, "save", held_save)
    dashboard.import_results([str(good)])
    progress = dashboard.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(lambda: progress.isVisible() and progress.labelText() == "Saving…")
    assert not progress.findChildren(QPushButton)  # no Stop while a file is saved
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    progress.close()
    assert progress.isVisible()
    assert QApplication.activeModalWidget() is progress
    release.set()
    dialog = imported(qtbot, dashboard)
    assert dialog.outcomes() == [(good.name, "✓ Imported")]
    qtbot.waitUntil(lambda: dashboard.findChild(QProgressDialog, "importProgress") is None)
    assert any(s.name == "Fay Ng" for s in store.roster.list_students())


def _student(store, name):
    return next(s for s in store.roster.list_students() if s.name == name)


def test_a_file_for_a_pack_not_installed_and_a_non_results_file_are_refused(
    qtbot, dashboard, tmp_path
):
    stray = tmp_path / "notes.results.json"
    stray.write_text("{}", encoding="utf-8")
    missing = tmp_path / "gone.results.json"
    dashboard.import_results([str(stray), str(missing)])
    dialog = imported(qtbot, dashboard)
    assert [outcome for _name, outcome in dialog.outcomes()] == ["✗ Refused", "✗ Refused"]
    assert "Not a CloseRead results file" in dialog.table.item(0, 2).text()
    assert "No such file" in dialog.table.item(1, 2).text()


def test_attempts_over_the_limit_across_files_are_refused_and_flagged(qtbot, dashboard, tmp_path):
    """Two fresh profiles, one name: "pick" allows 3 attempts, they hand in 4."""
    files = []
    for computer, choices, hour in (("school", [1, 1, 1], 10), ("home", [0], 18)):
        with Store.open(tmp_path / computer) as theirs:
            pack = install_pack(MINIPACK, theirs.data_dir, theirs).pack
            student = theirs.roster.add_student("Hal Berg", "5C")
            for minute, choice in enumerate(choices):
                when = f"2025-03-03T{hour}:{minute:02}:00+00:00"
                answer = {"selected": [choice]}
                theirs.work.record_attempt(
                    student.id, pack, "one", "pick", answer, submitted_at=when
                )
            files.append(tmp_path / f"{computer}.results.json")
            write_results(files[-1], build_results(theirs, student.id, pack).data)
    dashboard.import_results([str(path) for path in files])
    dialog = imported(qtbot, dashboard)
    assert dialog.outcomes() == [(path.name, "✓ Imported") for path in files]
    assert dialog.table.item(0, 2).text() == "3 attempts for Hal Berg (5C)"
    assert dialog.table.item(1, 2).text() == (
        "0 attempts for Hal Berg (5C); 1 attempt refused over the limit, counting every "
        "hand-in from this student (“Which is evidence?” allows 3 attempts: 1 refused)"
    )
    flags = dashboard.review.flags
    assert not flags.isHidden()
    text = flags.text()
    assert "Hal Berg" in text and "more than one profile or device" in text
    assert "school.results.json: 3 attempts kept" in text
    assert "home.results.json: 0 attempts kept, 1 refused over the limit" in text


def save_as(monkeypatch, path: Path) -> list:
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append((suggested, filters))
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def test_export_csv_for_the_class_filter(dashboard, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "grades.csv"
    target.parent.mkdir()
    asked = save_as(monkeypatch, target)
    dashboard.class_combo.setCurrentIndex(dashboard.class_combo.findData("5B"))
    action = next(a for a in dashboard.export_button.menu().actions() if "Gradebook" in a.text())
    with qtbot.waitSignal(_finished(dashboard, action), timeout=20_000):
        pass
    assert asked[0][0].endswith("mini-5B-grades.csv")
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Name", "Class", "Student ID", "Claims and evidence (%)", "Total (%)"]
    assert rows[1:] == [
        ["Ada", "5B", "", "22.2", "22.2"],
        ["Cy", "5B", "", "", "0.0"],
        ["Dee", "5B", "", "66.7", "66.7"],
    ]
    assert "Saved" in dashboard.statusBar().currentMessage()


def _finished(dashboard, action):
    """Trigger ``action`` and hand back the signal of the export it starts."""
    action.trigger()
    assert dashboard.task is not None
    return dashboard.task.finished


def test_export_long_csv_html_and_pdf(dashboard, qtbot, tmp_path, monkeypatch):
    for kind, name, check in (
        ("csv-long", "attempts.csv", lambda data: data.decode("utf-8-sig").count("\r\n") == 10),
        ("html", "report.html", lambda data: b"<!DOCTYPE html>" in data and b"Dee" in data),
        ("pdf", "report.pdf", lambda data: data.startswith(b"%PDF")),
    ):
        target = tmp_path / name
        save_as(monkeypatch, target)
        task = dashboard.export(kind)
        with qtbot.waitSignal(task.finished, timeout=60_000):
            pass
        assert check(target.read_bytes()), kind


def test_a_cancelled_save_dialog_writes_nothing(dashboard, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dashboard.export("csv") is None
    assert not list(tmp_path.glob("*.csv"))


def test_export_grades_for_moodle_says_who_was_left_out(
    dashboard, qtbot, school, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    store, _pack, people = school
    store.roster.update_student(people["Dee"].id, student_number="S4")
    store.roster.update_student(people["Ada"].id, student_number="S1")
    dashboard.reload()
    target = tmp_path / "moodle.csv"
    asked = save_as(monkeypatch, target)
    action = next(a for a in dashboard.export_button.menu().actions() if "Moodle" in a.text())
    with qtbot.waitSignal(_finished(dashboard, action), timeout=20_000):
        pass
    assert asked[0][0].endswith("mini-all-classes-moodle-grades.csv")
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert rows == [
        ["ID number", "Full name", "Claims and evidence (of 9 points)", "Total (of 9 points)"],
        ["S1", "Ada", "2", "2"],
        ["S4", "Dee", "6", "6"],
    ]
    notes = dashboard.findChild(QMessageBox, "exportNotes")
    assert notes is not None and notes.isVisible()
    assert "could not match: Cy, Bo, Eve." in notes.informativeText()
    notes.close()
    target = tmp_path / "lms.csv"
    save_as(monkeypatch, target)
    with qtbot.waitSignal(dashboard.export("lms-csv").finished, timeout=20_000):
        pass
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 6 and rows[0][:3] == ["Student ID", "Name", "Class"]
