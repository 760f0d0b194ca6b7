"""The attempt view's score pane: the teacher's overrides listed, a forged one shown as such."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from closeread.core.classwork.pin import TeacherPin, open_session
from closeread.ui.teacher.dashboard import DashboardWindow


@pytest.fixture
def dashboard(qtbot, school):
    store, pack, _people = school
    open_session(store, TeacherPin(store).set_pin("teacher-pin"))  # teacher mode is open
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_drill_in_lists_the_overrides_and_marks_one_the_teacher_did_not_make(
    dashboard, qtbot, school
):
    store, _pack, _people = school
    view = dashboard.open_cell(dashboard.proxy.index(1, 2))  # Bo
    view.exercise_list.setCurrentRow(0)  # marks: 1.375 of 4
    assert view.editor.history.isHidden()  # no score given by hand yet
    view.editor.by_points.points.setValue(3.0)
    view.editor.by_points.comment.setText("good eye")
    qtbot.mouseClick(view.editor.by_points.save_button, Qt.MouseButton.LeftButton)
    shown = view.editor.history.text()
    assert "3 of 4 points" in shown and "good eye" in shown
    assert "not made by the teacher" not in shown

    attempt = store.work.list_attempts(exercise_id="marks", student_id=view.student.id)[0]
    store.db.execute(  # what a student with the database file could add, without CloseRead
        "INSERT INTO overrides (attempt_id, score, comment, created_at, mac) "
        "VALUES (?, 1.0, 'checked by teacher', '2025-01-01T00:00:00+00:00', ?)",
        [attempt.id, "00" * 32],
    )
    store.db.conn.commit()
    view.exercise_list.setCurrentRow(1)
    view.exercise_list.setCurrentRow(0)
    lines = view.editor.history.text().split("<br>")
    assert len(lines) == 3  # the heading, the teacher's score, the forged one
    assert "not made by the teacher" not in lines[1]
    assert "4 of 4 points" in lines[2] and "not made by the teacher: ignored" in lines[2]
