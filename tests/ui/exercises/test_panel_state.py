"""The panel's life: drafts, attempts, which attempt counts, hints, the assessment edition."""

import math

from panel_support import attempts_of, select_words
from PySide6.QtCore import Qt

from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.exercises import ExerciseContext, ExercisePanel

ONE_TRY = """
[[exercises]]
id = "once"
kind = "choice"
title = "Only once"
attempts = 1

[[exercises.options]]
text = "Right"
weight = 100

[[exercises.options]]
text = "Wrong"
"""

LAST_COUNTS = """
[[exercises]]
id = "latest"
kind = "choice"
title = "The last one counts"
attempts = 2
counts = "last"

[[exercises.options]]
text = "Right"
weight = 100

[[exercises.options]]
text = "Wrong"

[[exercises.options]]
text = "Half right"
weight = 50
"""


def draft_of(store, student, exercise_id):
    draft = store.work.load_draft(student.id, "mini", "one", exercise_id)
    return None if draft is None else draft.answer


def test_a_draft_is_saved_shortly_after_a_change(qtbot, make_panel, store, student):
    panel = make_panel("why")
    qtbot.keyClicks(panel.widget.editor, "half an answ")
    assert draft_of(store, student, "why") is None  # not on every key press
    qtbot.waitUntil(lambda: draft_of(store, student, "why") is not None, timeout=2000)
    assert draft_of(store, student, "why") == {"text": "half an answ"}


def test_the_draft_comes_back_in_a_new_panel(qtbot, make_panel, store, student):
    panel = make_panel("why")
    qtbot.keyClicks(panel.widget.editor, "my draft")
    panel.hide()  # hiding saves at once
    assert draft_of(store, student, "why") == {"text": "my draft"}
    again = make_panel("why")
    assert again.widget.editor.toPlainText() == "my draft"
    assert again.is_editing() and again.check_button.isEnabled()
    assert not again.result.isVisibleTo(again)


def test_a_panel_destroyed_at_once_still_saves(qtbot, store, student, minipack):
    lesson = minipack.lessons[0]
    context = ExerciseContext(store, student.id, minipack, lesson, lesson.exercise("why"))
    panel = ExercisePanel(context)
    panel.widget.editor.setPlainText("typed just before closing")
    panel.deleteLater()
    qtbot.waitUntil(lambda: draft_of(store, student, "why") is not None, timeout=1000)
    assert draft_of(store, student, "why") == {"text": "typed just before closing"}


def test_the_last_attempt_and_its_feedback_come_back(qtbot, make_panel, store, student):
    panel = make_panel("pick")
    qtbot.mouseClick(panel.widget.button(1), Qt.MouseButton.LeftButton)
    panel.check()
    again = make_panel("pick")
    assert not again.is_editing()
    assert again.widget.answer() == {"selected": [1]}
    assert again.result.score_text() == "0 of 1 point"
    assert "You chose The title" in again.result.feedback.toPlainText()
    assert again.attempts_label.text() == "2 attempts left"
    assert again.retry_button.isVisibleTo(again)
    assert not again.check_button.isEnabled()


def test_attempts_run_out(qtbot, make_pack, make_panel, store, student):
    pack = make_pack(ONE_TRY)
    panel = make_panel("once", pack=pack)
    assert panel.attempts_label.text() == "1 attempt"
    qtbot.mouseClick(panel.widget.button(1), Qt.MouseButton.LeftButton)
    panel.check()
    assert not panel.check_button.isEnabled()
    assert not panel.retry_button.isVisibleTo(panel)
    assert panel.attempts_label.text() == "No attempts left"
    # the key may be shown now: the right option says so
    assert "You needed this one" in panel.widget._rows[0].status.text()
    panel.check()  # Ctrl+Return or a stray call: nothing more is saved
    assert len(attempts_of(store, student, "once")) == 1
    again = make_panel("once", pack=pack)
    assert not again.check_button.isEnabled() and not again.is_editing()


def test_three_attempts_then_no_more(qtbot, make_panel, store, student):
    panel = make_panel("pick")
    for choice in (1, 1, 0):
        if not panel.is_editing():
            qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
        panel.widget.button(choice).click()
        panel.check()
    assert [a.score for a in attempts_of(store, student, "pick")] == [0.0, 0.0, 1.0]
    assert [a.attempt_no for a in attempts_of(store, student, "pick")] == [1, 2, 3]
    assert not panel.check_button.isEnabled() and not panel.retry_button.isVisibleTo(panel)
    assert panel.result.counted.text() == "Your best attempt counts: 1 of 1 point."
    assert panel.fraction() == 1.0


def test_the_last_attempt_counts_when_the_pack_says_so(
    qtbot, make_pack, make_panel, store, student
):
    panel = make_panel("latest", pack=make_pack(LAST_COUNTS))
    assert "your last counts" in panel.meta.text()
    panel.widget.button(2).click()
    panel.check()
    panel.retry()
    panel.widget.button(1).click()
    panel.check()
    assert panel.result.counted.text() == "Your last attempt counts: 0 of 1 point."
    assert panel.fraction() == 0.0


def test_a_hint_costs_what_it_says(qtbot, make_panel, reader, store, student):
    panel = make_panel("marks", reader=reader)
    hints = panel.hints
    assert hints.button.text() == "Sh&ow hint 1 (costs 0.5 points)"
    qtbot.mouseClick(hints.button, Qt.MouseButton.LeftButton)
    assert hints.shown() == 1 and not hints.button.isVisible()
    assert [view.toPlainText() for view in hints.findChildren(MarkdownView)] == [
        "Look for numbers."
    ]
    for words, key in (
        ("Cats make cities better.", Qt.Key.Key_1),
        ("A survey of 400 households found that 61% of cat owners felt calmer.", Qt.Key.Key_2),
    ):
        select_words(reader, words)
        qtbot.keyClick(reader, key)
    panel.check()
    assert panel.result.score_text() == "3.5 of 4 points"
    assert "hints you opened cost 0.5 points" in panel.result.feedback.toPlainText()
    (attempt,) = attempts_of(store, student, "marks")
    assert attempt.hints_used == 1 and attempt.score == 3.5 / 4
    again = make_panel("marks", reader=reader)  # the hint stays open, its cost too
    assert again.hints.shown() == 1


def test_a_hint_opened_before_checking_is_remembered(qtbot, make_panel, store, student, reader):
    panel = make_panel("marks", reader=reader)
    panel.hints.button.click()
    panel.hide()
    again = make_panel("marks", reader=reader)
    assert again.hints.shown() == 1
    assert again.ledger.counts() == {"marks": 1}


def test_the_assessment_edition_hands_in_without_feedback(
    qtbot, make_pack, make_panel, store, student
):
    pack = make_pack(settings='edition = "assessment"')
    panel = make_panel("pick", pack=pack)
    assert panel.check_button.text() == "Hand &in"
    assert "counts" not in panel.meta.text()
    panel.widget.button(0).click()
    with qtbot.waitSignal(panel.checked) as checked:
        panel.check()
    assert math.isnan(checked.args[0])
    assert "Handed in" in panel.result.score_text()
    feedback = panel.result.feedback.toPlainText()
    assert "teacher will score it" in feedback and "reports data" not in feedback
    assert not panel.widget._rows[0].status.isVisibleTo(panel.widget)
    (attempt,) = attempts_of(store, student, "pick")
    assert attempt.answer == {"selected": [0]} and attempt.score is None
    assert attempt.detail is None  # no score yet: the teacher's CloseRead scores it


def test_a_storage_failure_is_told_in_plain_words_and_keeps_the_answer(
    qtbot, make_panel, store, student
):
    panel = make_panel("why")
    qtbot.keyClicks(panel.widget.editor, "worth keeping")
    store.close()
    panel.flush_draft()
    assert panel.error.isVisibleTo(panel)
    assert "closed" in panel.error.text()
    panel.check()
    assert panel.is_editing()  # nothing was checked; the answer is still there
    assert panel.widget.editor.toPlainText() == "worth keeping"


def test_marks_from_another_exercise_are_shown_for_reference(
    qtbot, make_panel, reader, store, student
):
    marking = make_panel("marks", reader=reader)
    claim = reader.words.snap(*select_words(reader, "Cats make cities better."))
    qtbot.keyClick(reader, Qt.Key.Key_1)
    marking.hide()
    make_panel("pairs", reader=reader)  # show_marks_from = "marks"
    assert [tuple(m) for m in reader.marks()] == [(*claim, "claim")]
    select_words(reader, "Dogs, by contrast, need walks.")
    qtbot.keyClick(reader, Qt.Key.Key_2)
    assert len(reader.marks()) == 1  # for reference only


def test_answer_changed_is_emitted_on_every_edit(qtbot, make_panel):
    panel = make_panel("pick")
    with qtbot.waitSignal(panel.answerChanged):
        panel.widget.button(0).click()


def test_a_database_that_cannot_be_read_still_gives_a_panel(qtbot, make_panel, store):
    store.close()
    panel = make_panel("pick")
    assert panel.error.isVisibleTo(panel)
    assert "Not loaded" in panel.error.text() and "closed" in panel.error.text()
    assert panel.is_editing() and panel.widget.answer() == {"selected": []}
