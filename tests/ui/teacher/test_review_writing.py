"""A writing task end to end: the student writes and hands in, the teacher scores each
criterion in the review queue, and the student and the reports see the levels.

On a shared computer the student's panel reads the same database as the dashboard; a
student elsewhere hands in a results file, and the teacher's own database scores it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import ModalWatcher, shown_with_the_keys
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from closeread.core.classwork.pin import TeacherPin, open_session
from closeread.core.classwork.results_file import export_results, write_results
from closeread.core.classwork.results_import import import_one
from closeread.core.library.install import install_pack
from closeread.core.report.data import build_report
from closeread.core.report.formats import report_bytes
from closeread.core.report.html_report import report_html
from closeread.core.store.store import Store
from closeread.ui.exercises import ExerciseContext, ExercisePanel
from closeread.ui.teacher.dashboard import DashboardWindow
from closeread.ui.teacher.report_pdf import write_report_pdf

WRITINGPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "writingpack"
CTRL = Qt.KeyboardModifier.ControlModifier
SHORT_TEXT = "Cats are calm, so cities are better."  # 7 words: the guide asks for 40 to 120
FULL_TEXT = " ".join(
    [
        "The article claims that cats make cities better, but its only evidence is that 61%",
        "of 400 cat owners felt calmer. Feeling calmer is about the owners, not the city, and",
        "a survey of owners cannot say what the cats did for anyone else, so the claim goes",
        "further than its evidence.",
    ]
)  # 52 words
COMMENT = "A sharp thesis; now weigh the survey."


def student_panel(qtbot, store, student_id, pack) -> ExercisePanel:
    lesson = pack.lessons[0]
    context = ExerciseContext(store, student_id, pack, lesson, lesson.exercise("response"))
    panel = ExercisePanel(context)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def hand_in(qtbot, panel: ExercisePanel, button: QMessageBox.StandardButton | None) -> list[str]:
    """Click Hand in; answer the word-guide question with ``button`` (None: none expected)."""
    watcher = ModalWatcher(QMessageBox, lambda box: box.button(button).click())
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert len(watcher.texts) == (0 if button is None else 1)
    return watcher.texts


def dashboard(qtbot, store, pack) -> DashboardWindow:
    open_session(store, TeacherPin(store).set_pin("teacher-pin"))  # overrides get signed
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    shown_with_the_keys(qtbot, window)
    window.tabs.setCurrentWidget(window.review)
    return window


def score_with_keys(qtbot, window: DashboardWindow, levels: list[int], click_last: bool) -> None:
    """Enter in the queue, a digit per criterion (the last one clicked if asked), a
    comment, Ctrl+Enter: the teacher never needs the mouse."""
    review = window.review
    form = review.writing
    review.list.setFocus()
    qtbot.keyClick(review.list, Qt.Key.Key_Return)
    for index, level in enumerate(levels):
        row = form.rows[index]
        if click_last and index == len(levels) - 1:
            qtbot.mouseClick(row.buttons[level], Qt.MouseButton.LeftButton)
            form.comment.setFocus()
            continue
        focused = QApplication.focusWidget()
        assert focused in row.buttons, f"criterion {index + 1} should have the keyboard"
        qtbot.keyClick(focused, str(level))
        assert row.level() == level
        assert row.descriptor.text() == f"Level {level}: {row.criterion.levels[level]}"
    assert QApplication.focusWidget() is form.comment
    qtbot.keyClicks(form.comment, COMMENT)
    qtbot.keyClick(form.comment, Qt.Key.Key_Return, CTRL)


def test_a_student_hands_in_the_teacher_scores_each_criterion_the_student_reads_it(qtbot, store):
    pack = install_pack(WRITINGPACK, store.data_dir, store).pack
    ana = store.roster.add_student("Ana", "10B")
    panel = student_panel(qtbot, store, ana.id, pack)
    widget = panel.widget
    assert panel.check_button.text() == "Hand &in"
    assert "level 3: A precise, arguable position" in widget.rubric.toPlainText()
    assert not widget.exemplars.isVisible()  # never before handing in

    qtbot.keyClicks(widget.editor, SHORT_TEXT)
    assert widget.count.text() == "7 words · aim for 40–120 (33 to go)"
    panel.flush_draft()  # the autosave every kind has
    assert store.work.load_draft(ana.id, pack.id, "respond", "response").answer == {
        "text": SHORT_TEXT
    }
    asked = hand_in(qtbot, panel, QMessageBox.StandardButton.No)
    assert "Your response has 7 words; the task asks for at least 40." in asked[0]
    assert store.work.list_attempts() == [] and panel.is_editing()  # nothing handed in

    hand_in(qtbot, panel, QMessageBox.StandardButton.Yes)
    [attempt] = store.work.list_attempts()
    assert attempt.answer == {"text": SHORT_TEXT} and attempt.score is None  # waits
    assert widget.editor.isReadOnly()
    assert widget.exemplars.isVisible() and "Strong (about 3" in widget.exemplars.toPlainText()
    assert panel.result.status.accessibleName().startswith("Handed in")

    window = dashboard(qtbot, store, pack)
    review = window.review
    assert window.tabs.tabText(1) == "&Review (1)"
    assert review.writing.isVisible() and not review.editor.isVisible()
    assert SHORT_TEXT in review.answer.text()
    assert review.writing.words.text() == "7 words · the task asks for 40–120 (too short)"
    assert not review.writing.save_button.isEnabled()
    score_with_keys(qtbot, window, [3, 2, 2, 1], click_last=True)

    saved = store.work.get_attempt(attempt.id)
    assert saved.override_score == pytest.approx(8 / 12)  # 12 × (3 + 2 + 2 + 1) × 0.25 / 3
    assert (saved.override_levels, saved.override_comment) == ((3, 2, 2, 1), COMMENT)
    assert [o.authentic for o in store.work.override_history(attempt.id)] == [True]
    assert review.list.count() == 0 and window.tabs.tabText(1) == "&Review"

    review.show_decided.setChecked(True)  # reopening shows the saved levels and comment
    assert review.current().decided
    assert [row.level() for row in review.writing.rows] == [3, 2, 2, 1]
    assert review.writing.comment.toPlainText() == COMMENT
    assert review.writing.total.text() == "Score: 8 of 12 points"

    analysis = window.analysis  # the mean level per criterion, over scored answers
    window.tabs.setCurrentWidget(analysis)
    qtbot.waitUntil(lambda: bool(analysis.analysis), timeout=10_000)
    task = analysis.tree.topLevelItem(0).child(1)
    levels = task.child(task.childCount() - 1)
    assert levels.text(0) == "Levels you gave (1 scored): the mean level"
    assert [levels.child(n).text(1) for n in range(4)] == ["3.0", "2.0", "2.0", "1.0"]
    assert levels.child(3).text(2) == "0 at 0, 1 at 1, 0 at 2, 0 at 3"

    again = student_panel(qtbot, store, ana.id, pack)  # the student's panel, read anew
    assert again.result.score_text() == "8 of 12 points"
    feedback = again.result.feedback.toPlainText()
    assert "Claim and thesis (25%): level 3 of 3. A precise, arguable position" in feedback
    assert "Clarity (25%): level 1 of 3. Mostly clear, with muddled sentences." in feedback
    assert f"Your teacher: {COMMENT}" in feedback
    assert again.widget.status.accessibleName().startswith("Scored by your teacher")


def test_a_results_file_is_scored_in_the_teachers_queue_and_reported(qtbot, tmp_path):
    with Store.open(tmp_path / "student") as home:
        pack = install_pack(WRITINGPACK, home.data_dir, home).pack
        maya = home.roster.add_student("Maya Chen", "10B")
        panel = student_panel(qtbot, home, maya.id, pack)
        panel.widget.editor.setPlainText(FULL_TEXT)
        hand_in(qtbot, panel, None)  # within the guide: no question
        handed = write_results(tmp_path / "maya.json", export_results(home, maya.id, pack))
        panel.close()

    with Store.open(tmp_path / "teacher") as school:
        key = install_pack(WRITINGPACK, school.data_dir, school).pack
        report = import_one(school, handed, [key])
        assert (report.outcome, report.attempts) == ("imported", 1)
        long_before = report_bytes(school, [key], None, "csv-long").decode("utf-8-sig")
        assert long_before.splitlines()[1].split(",")[13:15] == ["", ""]  # not scored yet

        window = dashboard(qtbot, school, key)
        assert FULL_TEXT in window.review.answer.text()
        score_with_keys(qtbot, window, [2, 3, 2, 2], click_last=False)
        [attempt] = school.work.list_attempts()
        assert attempt.override_levels == (2, 3, 2, 2)
        assert attempt.override_score == pytest.approx(0.75)  # 12 × 2.25 / 3 = 9 of 12

        built = build_report(school, [key])
        html = report_html(built)
        assert 'Write a response <span class="score">· 9 of 12 points (teacher\'s score)' in html
        assert "(52 words)<br>The article claims that cats make cities better" in html
        assert "<b>Use of evidence</b> (25%): level 3 of 3. Quotes the survey" in html
        assert f"Your teacher: {COMMENT}" in html
        row = report_bytes(school, [key], None, "csv-long").decode("utf-8-sig").splitlines()[1]
        assert row.split(",")[13:15] == ["", "75.0"] and row.endswith(",2 3 2 2")
        wide = report_bytes(school, [key], None, "csv").decode("utf-8-sig").splitlines()
        assert wide[1].startswith("Maya Chen,10B,,69.2,69.2")  # 9 of 13 points
        write_report_pdf(built, tmp_path / "report.pdf")
        document = QPdfDocument()
        assert document.load(str(tmp_path / "report.pdf")) == QPdfDocument.Error.None_
        pdf = " ".join(
            " ".join(document.getAllText(page).text().split())
            for page in range(document.pageCount())
        )
        assert "Use of evidence (25%): level 3 of 3." in pdf and COMMENT in pdf
        window.close()


def test_tab_goes_from_criterion_to_criterion_and_the_arrows_along_one(qtbot, store):
    pack = install_pack(WRITINGPACK, store.data_dir, store).pack
    bo = store.roster.add_student("Bo", "10C")
    store.work.record_attempt(bo.id, pack, "respond", "response", {"text": FULL_TEXT})
    window = dashboard(qtbot, store, pack)
    form = window.review.writing
    form.rows[1].buttons[2].setChecked(True)
    form.focus_first()
    seen = []
    for _ in range(5):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    rows = form.rows
    # each criterion once, on the level picked (else level 0), then the comment
    assert seen == [rows[0].buttons[0], rows[1].buttons[2], rows[2].buttons[0],
                    rows[3].buttons[0], form.comment]  # fmt: skip
    qtbot.keyClick(rows[1].buttons[2], Qt.Key.Key_Right)
    assert rows[1].level() == 3 and QApplication.focusWidget() is rows[1].buttons[3]
    qtbot.keyClick(rows[1].buttons[3], Qt.Key.Key_Right)  # held at the top level
    assert rows[1].level() == 3
    qtbot.keyClick(rows[1].buttons[3], Qt.Key.Key_Left)
    assert rows[1].level() == 2
    assert rows[1].descriptor.text() == "Level 2: Quotes the survey and says what it shows."
    assert "Level 1: Mentions the article without quoting it." in rows[1].buttons[1].toolTip()


def test_the_drill_in_scores_a_writing_task_by_its_levels_too(qtbot, store):
    """A score given from the student's answers (not the queue) keeps its levels."""
    pack = install_pack(WRITINGPACK, store.data_dir, store).pack
    ana = store.roster.add_student("Ana", "10B")
    panel = student_panel(qtbot, store, ana.id, pack)
    qtbot.keyClicks(panel.widget.editor, FULL_TEXT)
    hand_in(qtbot, panel, None)
    [attempt] = store.work.list_attempts()
    window = dashboard(qtbot, store, pack)
    window.tabs.setCurrentIndex(0)
    view = window.open_cell(window.proxy.index(0, 2))
    ids = [exercise.id for exercise in pack.lessons[0].exercises]
    view.exercise_list.setCurrentRow(ids.index("response"))
    assert view.status.accessibleName() == "To score. worth 12 points"  # no provisional points
    assert view.exercise_list.currentItem().text().endswith("worth 12 points · To score")
    pane = view.editor
    assert pane.by_levels.isVisible() and not pane.by_points.isVisible()
    first = pane.by_levels.rows[0].buttons[0]
    qtbot.waitUntil(first.isVisible)  # rows made for this task show once events run
    for row, level in zip(pane.by_levels.rows, [2, 2, 1, 3], strict=True):
        qtbot.mouseClick(row.buttons[level], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.by_levels.save_button, Qt.MouseButton.LeftButton)
    saved = store.work.get_attempt(attempt.id)
    assert saved.override_levels == (2, 2, 1, 3)
    assert saved.override_score == pytest.approx((2 + 2 + 1 + 3) / 12)
    assert "levels 2 2 1 3" in pane.history.text()
