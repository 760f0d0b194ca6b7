"""Every control named and reachable by keyboard; nothing clipped in a narrow side panel."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

KINDS = ["marks", "pick", "why", "pairs", "analogy"]


def focusable(panel):
    return [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.isVisibleTo(panel)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
    ]


def activate(qtbot, panel):
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)


@pytest.mark.parametrize("exercise_id", KINDS)
def test_every_control_has_an_accessible_name(qtbot, make_panel, reader, exercise_id):
    panel = make_panel(exercise_id, reader=reader)
    controls = focusable(panel)
    assert controls
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName().strip()]
    assert unnamed == []
    assert panel.accessibleName().startswith("Exercise: ")


@pytest.mark.parametrize("exercise_id", KINDS)
def test_tab_reaches_the_answer_and_the_check_button(qtbot, make_panel, reader, exercise_id):
    panel = make_panel(exercise_id, reader=reader)
    if exercise_id == "pick":
        panel.widget.button(0).click()
    elif exercise_id == "why":
        panel.widget.editor.setPlainText("data")
    activate(qtbot, panel)
    first = focusable(panel)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget is None or widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    names = [w.accessibleName() for w in seen]
    if exercise_id in ("pick", "why"):
        assert "Check your answer" in names
    assert len(seen) >= 2


def test_ctrl_return_checks_from_an_option(qtbot, make_panel, store, student):
    panel = make_panel("pick")
    activate(qtbot, panel)
    button = panel.widget.button(0)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    with qtbot.waitSignal(panel.checked):
        qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_mnemonics_check_and_try_again(qtbot, make_panel):
    panel = make_panel("pick")
    activate(qtbot, panel)
    panel.widget.button(1).click()  # a wrong answer: Try again is offered
    panel.widget.button(1).setFocus()
    with qtbot.waitSignal(panel.checked):
        qtbot.keyClick(panel.widget.button(1), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.result.feedback  # on to the feedback
    qtbot.keyClick(panel.result.feedback, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.is_editing)  # a mnemonic clicks after a short animation


@pytest.mark.parametrize("width", [420, 520])
@pytest.mark.parametrize("exercise_id", KINDS)
def test_nothing_is_clipped_at_side_panel_widths(qtbot, make_panel, reader, exercise_id, width):
    panel = make_panel(exercise_id, reader=reader, width=width)
    body = panel.scroll.widget()
    assert body.minimumSizeHint().width() <= panel.scroll.viewport().width()
    assert panel.scroll.horizontalScrollBar().maximum() == 0
    for label in body.findChildren(QLabel):
        if label.isVisibleTo(panel) and not label.wordWrap():
            assert label.sizeHint().width() <= label.width() + 1, label.text()
    for button in panel.findChildren(QAbstractButton):
        if button.isVisibleTo(panel) and button.text():
            assert button.sizeHint().width() <= button.width() + 1, button.text()


def test_after_checking_the_score_is_named_for_screen_readers(qtbot, make_panel):
    panel = make_panel("pick")
    panel.widget.button(0).click()
    panel.check()
    assert panel.result.accessibleDescription() == "1 of 1 point, Right"
    assert panel.result.feedback.accessibleName() == "Feedback"


MENU_AND_PANE_KEYS = set("FVGTHPNS")  # File View Go Teacher Help; Previous Next Start


@pytest.mark.parametrize("exercise_id", KINDS)
def test_mnemonics_are_unique_and_leave_the_menus_alone(qtbot, make_panel, reader, exercise_id):
    panel = make_panel(exercise_id, reader=reader)
    keys = []
    for button in panel.findChildren(QAbstractButton):
        text = button.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].upper())
    assert len(keys) == len(set(keys))
    assert not set(keys) & MENU_AND_PANE_KEYS
