"""LabelBar and MarkingController: labelling, relabelling and removing marks as a student does."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from closeread.core.pack.model import Label
from closeread.ui.reading.labelbar import LabelBar
from closeread.ui.reading.marking import MarkingController
from closeread.ui.reading.overlay import FeedbackItem, Mark
from closeread.ui.reading.reader import ArticleView

CLAIM, EVIDENCE = "claim", "evidence"


@pytest.fixture
def marking(qtbot, minipack):
    """A window with the label bar over the article, as the app lays them out."""
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget()
    layout = QVBoxLayout(central)
    bar = LabelBar()
    view = ArticleView()
    layout.addWidget(bar)
    layout.addWidget(view)
    window.setCentralWidget(central)
    controller = MarkingController(view, bar)
    controller.set_labels(minipack.labels)
    view.set_article(minipack.article)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    view.setFocus()
    return window, view, bar, controller


def span(text, words, after=0):
    start = text.index(words, after)
    return start, start + len(words)


def press(qtbot, widget, key):
    qtbot.keyClick(widget, key)


# -- the bar -------------------------------------------------------------------------------


def test_one_named_button_per_label_in_order(marking, minipack):
    _, _, bar, _ = marking
    assert bar.label_ids() == [CLAIM, EVIDENCE]
    claim, evidence = bar.button(CLAIM), bar.button(EVIDENCE)
    assert claim.text() == "Claim" and evidence.text() == "Evidence"
    assert "Claim" in claim.accessibleName() and "1" in claim.accessibleName()
    assert "2" in evidence.toolTip()
    assert not claim.icon().isNull()
    assert claim.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click leaves the keys in the article
    assert bar.accessibleName() and bar.remove_button().accessibleName()
    assert not bar.remove_button().isEnabled()  # nothing to remove yet


def test_clicking_a_button_emits_its_label(qtbot):
    bar = LabelBar()
    qtbot.addWidget(bar)
    bar.set_labels([Label("a", "Analogy", "#009e73"), Label("b", "Claim", "#d55e00")])
    bar.show()
    with qtbot.waitSignal(bar.labelChosen) as signal:
        qtbot.mouseClick(bar.button("b"), Qt.MouseButton.LeftButton)
    assert signal.args == ["b"]
    bar.set_labels([Label("c", "Cause", "#0072b2")])  # a new exercise: new buttons only
    assert bar.label_ids() == ["c"]
    with pytest.raises(KeyError):
        bar.button("a")


def test_the_buttons_are_in_tab_order(marking):
    _, _, bar, _ = marking
    assert bar.button(CLAIM).nextInFocusChain() is bar.button(EVIDENCE)
    assert bar.button(EVIDENCE).nextInFocusChain() is bar.remove_button()
    assert bar.remove_button().focusPolicy() == Qt.FocusPolicy.TabFocus


# -- labelling -----------------------------------------------------------------------------


def test_select_press_1_and_the_mark_is_emitted(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    start, end = span(text, "ats make cit")  # a ragged selection
    view.select_span(start, end)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_1)
    expected = [(*span(text, "Cats make cities"), CLAIM)]
    assert signal.args == [expected]
    assert view.marks() == expected
    assert view.raw_selection() is None  # collapsed, so the new mark shows


def test_keyboard_only_selection_and_label(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    view.select_span(text.index("A survey"), text.index("A survey"))
    for _ in range(3):
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(*span(text, "A survey of"), EVIDENCE)]]


def test_relabel_the_same_span(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    claim = span(text, "Cats make cities better.")
    view.select_span(*claim)
    press(qtbot, view, Qt.Key.Key_1)
    view.select_span(*claim)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(*claim, EVIDENCE)]]  # replaced, not added


def test_relabel_the_mark_under_the_cursor_without_selecting(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    view.select_span(*span(text, "Dogs, by contrast"))
    press(qtbot, view, Qt.Key.Key_1)
    view.select_span(text.index("contrast") + 2, text.index("contrast") + 2)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(*span(text, "Dogs, by contrast"), EVIDENCE)]]
    assert view.cursor_offset() == text.index("contrast") + 2  # the cursor stays


def test_marks_with_different_labels_may_overlap(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    outer = span(text, "A survey of 400 households found that 61% of cat owners felt calmer.")
    inner = span(text, "61% of cat owners")
    view.select_span(*outer)
    press(qtbot, view, Qt.Key.Key_2)
    view.select_span(*inner)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_1)
    assert signal.args == [[(*outer, EVIDENCE), (*inner, CLAIM)]]


def test_a_same_label_overlap_resizes_the_mark(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    view.select_span(*span(text, "A survey of 400"))
    press(qtbot, view, Qt.Key.Key_2)
    longer = span(text, "survey of 400 households found")
    view.select_span(*longer)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(*longer, EVIDENCE)]]


def test_label_buttons_label_the_selection(qtbot, marking, minipack):
    _, view, bar, controller = marking
    text = minipack.article.text
    view.select_span(*span(text, "need walks"))
    with qtbot.waitSignal(controller.marksChanged) as signal:
        qtbot.mouseClick(bar.button(EVIDENCE), Qt.MouseButton.LeftButton)
    assert signal.args == [[(*span(text, "need walks"), EVIDENCE)]]
    # The cursor rests just after the new mark: Delete would take it back.
    assert bar.remove_button().isEnabled()
    view.select_span(0, 0)
    assert not bar.remove_button().isEnabled()
    view.select_span(text.index("walks"), text.index("walks"))
    assert bar.remove_button().isEnabled()


def test_nothing_to_label_says_so_and_changes_nothing(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    view.select_span(text.index(". A") + 1, text.index(". A") + 2)  # just a space
    with (
        qtbot.assertNotEmitted(controller.marksChanged),
        qtbot.waitSignal(controller.message) as signal,
    ):
        press(qtbot, view, Qt.Key.Key_1)
    assert "Select" in signal.args[0]
    view.select_span(*span(text, "Cats"))
    with qtbot.assertNotEmitted(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_7)  # the exercise has two labels
    assert controller.marks() == []


# -- removing ------------------------------------------------------------------------------


def test_delete_removes_the_innermost_mark_under_the_cursor(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    outer = (*span(text, "A survey of 400 households"), EVIDENCE)
    inner = (*span(text, "400 households"), CLAIM)
    controller.set_marks([outer, inner])
    view.select_span(text.index("households") + 1, text.index("households") + 1)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_Delete)
    assert signal.args == [[outer]]
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_Backspace)
    assert signal.args == [[]]
    with qtbot.assertNotEmitted(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_Delete)


def test_delete_with_a_mark_selected_removes_that_mark(qtbot, marking, minipack):
    _, view, bar, controller = marking
    text = minipack.article.text
    outer = (*span(text, "A survey of 400 households"), EVIDENCE)
    inner = (*span(text, "400 households"), CLAIM)
    controller.set_marks([outer, inner])
    view.select_span(outer[0], outer[1])
    assert bar.remove_button().isEnabled()
    with qtbot.waitSignal(controller.marksChanged) as signal:
        qtbot.mouseClick(bar.remove_button(), Qt.MouseButton.LeftButton)
    assert signal.args == [[inner]]


def test_the_cursor_just_after_a_mark_still_removes_it(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    mark = (*span(text, "Dogs"), CLAIM)
    controller.set_marks([mark])
    view.select_span(mark[1], mark[1])
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_Backspace)
    assert signal.args == [[]]


# -- around the edits ------------------------------------------------------------------------


def test_restoring_marks_does_not_emit_and_editing_clears_feedback(qtbot, marking, minipack):
    _, view, _, controller = marking
    text = minipack.article.text
    saved = (*span(text, "Cats make cities better."), CLAIM)
    with qtbot.assertNotEmitted(controller.marksChanged):
        controller.set_marks([saved])
    view.set_feedback([FeedbackItem("hit", saved, saved)])
    assert view.feedback()
    view.select_span(*span(text, "Dogs"))
    press(qtbot, view, Qt.Key.Key_2)
    assert view.feedback() == []  # it was about the marks before this edit
    assert controller.marks() == [Mark(*saved), Mark(*span(text, "Dogs"), EVIDENCE)]


def test_a_new_article_forgets_the_old_marks(qtbot, marking, minipack):
    _, view, _, controller = marking
    controller.set_marks([(0, 4, CLAIM)])
    view.set_article(minipack.article)
    assert controller.marks() == [] and view.marks() == []
    view.select_span(0, 4)
    with qtbot.waitSignal(controller.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(0, 4, EVIDENCE)]]


def test_a_disabled_controller_refuses_edits(qtbot, marking, minipack):
    _, view, bar, controller = marking
    controller.set_enabled(False)
    assert not bar.button(CLAIM).isEnabled()
    view.select_span(0, 4)
    with qtbot.assertNotEmitted(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_1)
    controller.set_enabled(True)
    with qtbot.waitSignal(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_1)


def test_detached_controller_no_longer_listens(qtbot, marking, minipack):
    _, view, bar, controller = marking
    controller.detach()
    view.select_span(0, 4)
    with qtbot.assertNotEmitted(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_1)
        qtbot.mouseClick(bar.button(CLAIM), Qt.MouseButton.LeftButton)
    other = MarkingController(view, bar)
    other.set_labels(minipack.labels)
    view.select_span(0, 4)
    with qtbot.waitSignal(other.marksChanged) as signal:
        press(qtbot, view, Qt.Key.Key_2)
    assert signal.args == [[(0, 4, EVIDENCE)]]


def test_the_article_keeps_its_keys_over_window_shortcuts(qtbot, marking, minipack):
    window, view, _, controller = marking
    fired = []
    for key in ("1", "Delete"):
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False, key=key: fired.append(key))
        window.addAction(action)
    view.select_span(0, 4)
    with qtbot.waitSignal(controller.marksChanged):
        press(qtbot, view, Qt.Key.Key_1)
    with qtbot.waitSignal(controller.marksChanged):
        view.select_span(2, 2)
        press(qtbot, view, Qt.Key.Key_Delete)
    assert fired == []
    assert controller.marks() == []


def test_typing_digits_elsewhere_labels_nothing(qtbot, marking, minipack):
    window, view, _, controller = marking
    field = QLineEdit()
    window.centralWidget().layout().addWidget(field)
    view.select_span(0, 4)
    field.setFocus()
    with qtbot.assertNotEmitted(controller.marksChanged):
        qtbot.keyClicks(field, "12")
    assert field.text() == "12"
