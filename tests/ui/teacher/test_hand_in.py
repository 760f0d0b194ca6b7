"""File > Export My Results…: the student's hand-in, as the teacher's import reads it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from teacher_support import MINIPACK, answer

from closeread.core.classwork.results_file import parse_results
from closeread.core.library.install import install_pack
from closeread.ui.shell.hand_in import export_my_results
from closeread.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    student = store.roster.add_student("Alex Smith", "7A", "S042")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_pack_path(MINIPACK)
    qtbot.waitUntil(lambda: window.pack is not None and window.pack.id == "mini", timeout=10_000)
    return window


def open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_export_writes_the_students_results_file(window, qtbot, tmp_path, monkeypatch):
    store, pack, student = window.store, window.pack, window.student
    answer(store, pack, student, "pick", {"selected": [0]})
    answer(store, pack, student, "why", {"text": "it gives data"})
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append((caption, suggested, filters))
        return str(tmp_path / "handin"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert window.actions.export_results.text() == "&Export My Results…"
    window.actions.export_results.trigger()
    caption, suggested, filters = asked[0]
    assert caption == "CloseRead — Export My Results"
    assert suggested.endswith("mini-Alex-Smith.results.json")
    assert "*.results.json" in filters
    written = tmp_path / "handin.results.json"  # the suffix is added to a bare name
    results = parse_results(written.read_bytes())
    assert results.student.name == "Alex Smith"
    assert (results.student.class_name, results.student.student_number) == ("7A", "S042")
    assert (results.pack.id, results.pack.content_hash) == ("mini", pack.content_hash)
    assert [(a.exercise, a.answer) for a in results.attempts] == [
        ("pick", {"selected": [0]}),
        ("why", {"text": "it gives data"}),
    ]
    boxes = open_boxes()
    assert boxes and "Saved your 2 checked answers" in boxes[0].text()
    assert "Hand this file to your teacher" in boxes[0].text()
    boxes[0].close()


def test_nothing_checked_yet_means_nothing_to_hand_in(window, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file should be asked for")
    )
    assert export_my_results(window) is None
    boxes = open_boxes()
    assert boxes and "nothing to hand in" in boxes[0].text()
    boxes[0].close()


def test_a_teacher_imports_what_the_student_exported(window, qtbot, tmp_path, monkeypatch, store):
    from closeread.core.classwork.results_import import import_results
    from closeread.core.store.store import Store

    answer(store, window.pack, window.student, "pick", {"selected": [1]})
    target = tmp_path / "alex.results.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert export_my_results(window) == target
    for box in open_boxes():
        box.close()
    with Store.open(tmp_path / "teacher") as teacher:
        pack = install_pack(MINIPACK, teacher.data_dir, teacher).pack
        (report,) = import_results(teacher, [target], [pack])
        assert report.outcome == "imported" and report.attempts == 1
        (attempt,) = teacher.work.list_attempts()
        assert attempt.score == 0.0  # scored by the teacher's key: "The title" is wrong
