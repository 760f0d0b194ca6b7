"""Choice: radio buttons and check boxes, per-option feedback, GIFT weights."""

from panel_support import attempts_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton

from closeread.core.kinds.choice import shown_order

MULTIPLE = """
[[exercises]]
id = "many"
kind = "choice"
title = "Which are evidence?"
prompt = "Pick **every** piece of evidence."
multiple = true

[[exercises.options]]
text = "The *survey*"
weight = 50
feedback = "Yes: data."

[[exercises.options]]
text = "The 61% figure"
weight = 50

[[exercises.options]]
text = "The title"
weight = -50
feedback = "A title claims; it proves nothing."
"""


def test_choosing_the_right_option(qtbot, make_panel, store, student):
    panel = make_panel("pick")
    widget = panel.widget
    survey, title = widget.button(0), widget.button(1)
    assert isinstance(survey, QRadioButton)
    assert survey.accessibleName() == "The survey"
    assert not panel.check_button.isEnabled()
    qtbot.mouseClick(survey, Qt.MouseButton.LeftButton)
    assert widget.answer() == {"selected": [0]}
    with qtbot.waitSignal(panel.checked) as checked:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert checked.args == [1.0]
    assert panel.result.score_text() == "1 of 1 point"
    (attempt,) = attempts_of(store, student, "pick")
    assert attempt.answer == {"selected": [0]} and attempt.score == 1.0
    row = widget._rows[0]
    assert row.status.isVisibleTo(widget) and "Right" in row.status.text()
    assert row.feedback.toPlainText() == "Yes: it reports data."
    assert not widget._rows[1].status.isVisibleTo(widget)
    assert not survey.isEnabled() and survey.isChecked()  # read-only until Try again
    assert not title.isEnabled()


def test_a_wrong_choice_says_so_without_giving_the_answer(qtbot, make_panel, store, student):
    panel = make_panel("pick")
    qtbot.mouseClick(panel.widget.button(1), Qt.MouseButton.LeftButton)
    panel.check()
    assert panel.result.score_text() == "0 of 1 point"
    assert "Not yet right" in panel.widget._rows[1].status.text()  # attempts remain
    assert not panel.widget._rows[0].status.isVisibleTo(panel.widget)  # not revealed yet
    assert "The best answer" not in panel.result.feedback.toPlainText()
    (attempt,) = attempts_of(store, student, "pick")
    assert attempt.score == 0.0


def test_the_option_text_toggles_its_button_and_keys_choose(qtbot, make_panel):
    panel = make_panel("pick")
    widget = panel.widget
    top, second = widget.shown_order()
    text = widget._rows[second].text
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    assert widget.answer() == {"selected": [second]}
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    widget.button(second).setFocus()
    qtbot.keyClick(widget.button(second), Qt.Key.Key_Up)  # up the rows as shown
    assert widget.answer() == {"selected": [top]}
    assert widget.button(top).hasFocus()


def test_multiple_choice_adds_weights_and_clamps(qtbot, make_pack, make_panel, store, student):
    pack = make_pack(MULTIPLE)
    panel = make_panel("many", pack=pack)
    widget = panel.widget
    assert all(isinstance(widget.button(i), QCheckBox) for i in range(3))
    assert panel.prompt.toPlainText() == "Pick every piece of evidence."
    for index in (0, 2):
        qtbot.mouseClick(widget.button(index), Qt.MouseButton.LeftButton)
    widget.button(2).setFocus()
    qtbot.keyClick(widget.button(2), Qt.Key.Key_Space)  # untick the title again
    assert widget.answer() == {"selected": [0]}
    panel.check()
    assert panel.result.score_text() == "0.5 of 1 point"
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.button(2), Qt.MouseButton.LeftButton)
    panel.check()  # 50% - 50%: nothing, never below zero
    assert panel.result.score_text() == "0 of 1 point"
    first, second = attempts_of(store, student, "many")
    assert (first.answer, first.score) == ({"selected": [0]}, 0.5)
    assert (second.answer, second.score) == ({"selected": [0, 2]}, 0.0)
    assert "A title claims" in widget._rows[2].feedback.toPlainText()
    assert panel.result.counted.text() == "Your best attempt counts: 0.5 of 1 point."
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.button(2), Qt.MouseButton.LeftButton)
    panel.check()
    assert panel.result.score_text() == "1 of 1 point"


def test_a_shuffled_choice_keeps_one_order(qtbot, make_pack, make_panel):
    pack = make_pack(MULTIPLE.replace("multiple = true", "multiple = true\nshuffle = true"))
    first = make_panel("many", pack=pack)
    second = make_panel("many", pack=pack)

    def order(panel):
        layout = panel.widget.layout()
        rows = [layout.itemAt(i).widget() for i in range(layout.count())]
        return [row.text.toPlainText() for row in rows]

    assert order(first) == order(second)
    assert sorted(order(first)) == sorted(["The survey", "The 61% figure", "The title"])
    qtbot.mouseClick(first.widget.button(2), Qt.MouseButton.LeftButton)
    assert first.widget.answer() == {"selected": [2]}  # answers index the pack's order


def test_the_order_is_the_students_own_and_survives_a_reload(qtbot, make_pack, make_panel):
    pack = make_pack(MULTIPLE)  # says nothing about shuffling: shuffled
    first = make_panel("many", pack=pack)
    order = first.widget.shown_order()
    assert order == shown_order(
        pack.lessons[0].exercise("many"), "mini", "name:ada lovelace|class:5b"
    )
    bottom = order[-1]
    qtbot.mouseClick(first.widget.button(bottom), Qt.MouseButton.LeftButton)
    first.close()  # the draft is saved; the student comes back
    again = make_panel("many", pack=pack)
    assert again.widget.shown_order() == order
    assert again.widget.answer() == {"selected": [bottom]}  # the pack's index


def test_shuffle_false_keeps_the_written_order(qtbot, make_pack, make_panel):
    pack = make_pack(MULTIPLE.replace("multiple = true", "multiple = true\nshuffle = false"))
    assert make_panel("many", pack=pack).widget.shown_order() == [0, 1, 2]


def test_option_rows_wrap_at_a_narrow_width(qtbot, make_pack, make_panel):
    long = "A long option " * 12
    pack = make_pack(
        f"""
[[exercises]]
id = "wordy"
kind = "choice"
title = "Wordy"

[[exercises.options]]
text = "{long}"
weight = 100

[[exercises.options]]
text = "Short"
"""
    )
    panel = make_panel("wordy", pack=pack, width=420)
    text = panel.widget._rows[0].text
    assert text.width() < 420
    assert text.height() > 2 * text.fontMetrics().height()  # wrapped, not clipped
    assert panel.scroll.horizontalScrollBar().maximum() == 0
