"""Short answers typed at the keyboard, and matching picked with the arrow keys."""

from panel_support import attempts_of
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from closeread.ui.exercises.match import right_items, shuffled_rights

# -- short answers ------------------------------------------------------------------------


def test_an_accepted_short_answer(qtbot, make_panel, store, student):
    panel = make_panel("why")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    editor = panel.widget.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "It gives DATA!")
    assert panel.widget.count.text() == "3 words"
    assert panel.check_button.isEnabled()
    with qtbot.waitSignal(panel.checked):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "It gives DATA!"  # Ctrl+Return checked, added no line
    assert panel.result.score_text() == "1 of 1 point"
    assert "Right" in panel.widget.status.text()
    assert editor.isReadOnly()
    (attempt,) = attempts_of(store, student, "why")
    assert attempt.answer == {"text": "It gives DATA!"} and attempt.score == 1.0


def test_an_answer_the_rules_cannot_decide_goes_to_the_teacher(qtbot, make_panel, store, student):
    panel = make_panel("why")
    qtbot.keyClicks(panel.widget.editor, "Because the author says so")
    panel.check()
    status = panel.widget.status.text()
    assert "Provisional" in status and "teacher will read your answer" in status
    assert "Provisional" in panel.result.status.accessibleName()
    assert "your teacher will confirm it" in panel.result.feedback.toPlainText().lower()
    (attempt,) = attempts_of(store, student, "why")
    assert attempt.answer == {"text": "Because the author says so"}
    assert attempt.score == 0.0 and attempt.detail["status"] == "needs_review"


def test_a_rubric_term_is_enough(qtbot, make_panel, store, student):
    panel = make_panel("why")
    qtbot.keyClicks(panel.widget.editor, "It reports a statistic")
    panel.check()
    assert panel.result.score_text() == "1 of 1 point"  # provisional: the teacher confirms
    assert "Provisional" in panel.result.status.accessibleName()
    assert "mentions data" in panel.result.feedback.toPlainText()


def test_tab_leaves_the_answer_box(qtbot, make_panel):
    panel = make_panel("why")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    editor = panel.widget.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "data")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "data"
    assert not editor.hasFocus()


# -- matching -------------------------------------------------------------------------------


def pick(qtbot, combo, text):
    """Choose ``text`` with the arrow keys, the list closed, as a keyboard user does."""
    combo.setFocus()
    target = combo.findText(text)
    assert target > 0
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def test_matching_with_the_keyboard(qtbot, make_panel, store, student):
    panel = make_panel("pairs")
    widget = panel.widget
    first, second = widget.combo(0), widget.combo(1)
    assert first.currentText() == "Choose…"
    assert first.accessibleName() == "Match for 61% felt calmer"
    pick(qtbot, first, "Cats make cities better")
    pick(qtbot, second, "Cats make cities better")
    assert widget.answer() == {"matches": [[0, 0], [1, 0]]}
    panel.check()
    assert panel.result.score_text() == "0.5 of 1 point"
    assert "Right" in widget._status[0].text()
    assert "Not yet right" in widget._status[1].text()
    assert "Cats are easier" not in widget._status[1].text()  # not revealed yet
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    pick(qtbot, second, "Cats are easier")
    panel.check()
    assert panel.result.score_text() == "1 of 1 point"
    first_attempt, second_attempt = attempts_of(store, student, "pairs")
    assert first_attempt.answer == {"matches": [[0, 0], [1, 0]]}
    assert first_attempt.score == 0.5
    assert second_attempt.answer == {"matches": [[0, 0], [1, 1]]}
    assert second_attempt.score == 1.0
    assert widget._chosen[1].text() == "→ Cats are easier"  # legible once checked


def test_the_right_hand_order_is_shuffled_the_same_way_every_time(qtbot, make_panel, minipack):
    exercise = minipack.lessons[0].exercise("pairs")
    order = shuffled_rights(exercise, "mini/pairs")
    assert order == shuffled_rights(exercise, "mini/pairs")
    assert sorted(order) == list(range(len(right_items(exercise))))
    first, second = make_panel("pairs"), make_panel("pairs")
    shown = [first.widget.combo(0).itemText(i) for i in range(first.widget.combo(0).count())]
    again = [second.widget.combo(1).itemText(i) for i in range(second.widget.combo(1).count())]
    assert shown == again == ["Choose…", *(right_items(exercise)[i] for i in order)]


def test_distractors_are_offered_and_an_unmatched_item_counts_nothing(
    qtbot, make_pack, make_panel, store, student
):
    pack = make_pack(
        """
[[exercises]]
id = "sides"
kind = "match"
title = "The two sides"
left_title = "Evidence"
right_title = "Claim"
distractors = ["Dogs are loud"]

[[exercises.pairs]]
left = "A survey"
right = "Cats calm people"
explanation = "The survey measured calm."

[[exercises.pairs]]
left = "Fewer walks"
right = "Cats are easier"
"""
    )
    panel = make_panel("sides", pack=pack)
    combo = panel.widget.combo(0)
    assert combo.findText("Dogs are loud") > 0
    pick(qtbot, combo, "Dogs are loud")
    panel.check()  # one item is blank: it asks first
    assert not attempts_of(store, student, "sides", pack_id="mini")
    panel.check()  # "Check anyway"
    assert panel.result.score_text() == "0 of 1 point"
    (attempt,) = attempts_of(store, student, "sides", pack_id="mini")
    assert attempt.answer == {"matches": [[0, 2]]}
    assert "Not matched" in panel.widget._status[1].text()


def wheel_over(widget, steps: int = -1) -> None:
    """One turn of the mouse wheel with the pointer over ``widget`` (down when negative).

    Qt hands a wheel event the widget ignores on to its parents only when it comes from
    the system; a test's event does not, so this goes up the parents the same way."""
    target, where = widget, QPointF(widget.rect().center())
    while target is not None:
        event = QWheelEvent(
            where, QPointF(target.mapToGlobal(where.toPoint())), QPoint(), QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(target, event)
        if event.isAccepted():
            return
        where = QPointF(target.mapToParent(where.toPoint()))
        target = target.parentWidget()


def test_the_wheel_scrolls_the_panel_past_a_list_it_is_not_in(qtbot, make_panel, store, student):
    panel = make_panel("pairs")
    panel.resize(440, 160)  # short enough to scroll
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    combo = panel.widget.combo(0)
    bar = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0 and combo.isVisible()
    panel.widget.combo(1).setFocus()  # the keyboard is elsewhere; the pointer is on the first
    qtbot.waitUntil(lambda: not combo.hasFocus())
    wheel_over(combo)
    wheel_over(combo)
    assert combo.currentIndex() == 0  # the answer did not change under the pointer
    assert bar.value() > 0  # the panel scrolled instead
    panel.flush_draft()
    assert store.work.load_draft(student.id, "mini", "one", "pairs") is None
    combo.setFocus()  # once the student is in the list, the wheel chooses
    qtbot.waitUntil(combo.hasFocus)
    wheel_over(combo)
    assert combo.currentIndex() == 1


def test_check_asks_before_an_attempt_is_spent_on_blank_items(qtbot, make_panel, store, student):
    panel = make_panel("pairs")
    widget = panel.widget
    pick(qtbot, widget.combo(0), "Cats make cities better")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert attempts_of(store, student, "pairs") == []  # no attempt used
    assert panel.is_editing()
    assert "1 item has no answer yet" in panel.error.text()
    assert panel.check_button.text() == "&Check anyway"
    assert panel.attempts_label.text() == "3 attempts"

    pick(qtbot, widget.combo(1), "Cats are easier")  # finishing the answer asks no more
    assert panel.check_button.text() == "&Check" and not panel.error.isVisibleTo(panel)
    qtbot.keyClick(widget.combo(1), Qt.Key.Key_Up)
    qtbot.keyClick(widget.combo(1), Qt.Key.Key_Up)
    assert widget.combo(1).currentIndex() == 0  # blank again
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert attempts_of(store, student, "pairs") == []  # asked again
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    (attempt,) = attempts_of(store, student, "pairs")  # checked anyway
    assert attempt.answer == {"matches": [[0, 0]]}
    assert panel.check_button.text() == "&Check" and not panel.error.isVisibleTo(panel)


def test_with_unlimited_attempts_blank_items_are_checked_at_once(
    qtbot, make_pack, make_panel, store, student
):
    pack = make_pack(
        """
[[exercises]]
id = "free"
kind = "match"
title = "As often as you like"
attempts = 0

[[exercises.pairs]]
left = "A survey"
right = "Cats calm people"

[[exercises.pairs]]
left = "Fewer walks"
right = "Cats are easier"
"""
    )
    panel = make_panel("free", pack=pack)
    pick(qtbot, panel.widget.combo(0), "Cats calm people")
    panel.check()
    assert len(attempts_of(store, student, "free")) == 1
