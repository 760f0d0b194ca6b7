"""The checked marks as a list tied to the article: the summary, the rows, the keys."""

from panel_support import select_words
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
CLAIM = "Cats make cities better."
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."
DOGS = "Dogs, by contrast, need walks."
ONCE = """
[[exercises]]
id = "once"
kind = "mark"
title = "Mark the claim, once"
attempts = 1
labels = ["claim", "evidence"]
explanation = "A claim, then the **evidence** for it."

[[exercises.key]]
quote = "Cats make cities better."
suffix = " A survey"
label = "claim"
explanation = "The main claim."

[[exercises.key]]
quote = "A survey of 400 households found that 61% of cat owners felt calmer."
label = "evidence"
explanation = "A statistic."
"""


def label(qtbot, reader, words, key):
    span = reader.words.snap(*select_words(reader, words))
    qtbot.keyClick(reader, key)
    return span


def checked(qtbot, make_pack, make_panel, reader):
    """Claim right, "Cats make cities" again as evidence (a wrong label), dogs extra."""
    panel = make_panel("once", pack=make_pack(ONCE), reader=reader)
    claim = label(qtbot, reader, CLAIM, Qt.Key.Key_1)
    dogs = label(qtbot, reader, DOGS, Qt.Key.Key_2)
    qtbot.keyClick(reader, Qt.Key.Key_Return, CTRL)  # check, from the article
    return panel, claim, dogs


def test_a_summary_line_then_a_row_per_mark_in_reading_order(qtbot, make_pack, make_panel, reader):
    panel, _claim, _dogs = checked(qtbot, make_pack, make_panel, reader)
    result = panel.result
    assert result.summary.accessibleName() == "✓ 1 of 2 found · ? 1 extra · ! 1 missed"
    rows = result.list.rows
    assert [(row.note.kind, row.line.glyph, row.line.label) for row in rows] == [
        ("hit", "✓", "Claim"),
        ("missed", "!", "Evidence"),
        ("extra", "?", "Evidence"),
    ]
    assert [row.line.where for row in rows] == ["¶1", "¶1", "¶2"]  # the margin's numbers
    assert rows[0].advice is None  # right: nothing to do
    assert "Not in the key" in rows[2].advice.text()
    assert not panel.widget.list.isVisibleTo(panel)  # the marks are listed once, here
    assert "The main claim." not in result.feedback.toPlainText()  # no wall of text
    assert not result.explanation.isVisibleTo(panel) and result.about.isVisibleTo(panel)


def test_the_keyboard_walks_the_rows_and_the_article_follows(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    claim = label(qtbot, reader, CLAIM, Qt.Key.Key_1)
    again = label(qtbot, reader, "Cats make cities better, the author says again.", Qt.Key.Key_2)
    dogs = label(qtbot, reader, DOGS, Qt.Key.Key_2)
    panel.activateWindow()  # (the reader is a window of its own here)
    qtbot.waitUntil(panel.isActiveWindow)
    panel.check_button.setFocus()
    qtbot.keyClick(panel.check_button, Qt.Key.Key_Space)  # Check, from the panel
    rows = panel.result.list.rows
    assert [row.note.kind for row in rows] == ["hit", "extra", "extra"]
    assert QApplication.focusWidget() is rows[0]  # the answer is read-only: to the feedback
    assert panel.first_focus() is rows[0]  # where F6 comes back to
    qtbot.keyClick(rows[0], Qt.Key.Key_Down)
    assert rows[1].hasFocus() and rows[1].selected and not rows[0].selected
    assert panel.result.list.current() == 1
    assert reader.current_selection() == dogs  # in reading order, and in the article
    qtbot.keyClick(rows[1], Qt.Key.Key_End)
    assert rows[2].hasFocus() and reader.current_selection() == again
    qtbot.keyClick(rows[2], Qt.Key.Key_Home)
    assert reader.current_selection() == claim
    reader.select_span(0, 0)
    qtbot.keyClick(rows[0], Qt.Key.Key_Return)
    assert reader.current_selection() == claim

    assert not rows[0].is_open()
    qtbot.keyClick(rows[0], Qt.Key.Key_Space)  # what was found may be explained: unfolds
    assert rows[0].is_open() and rows[0].why.isChecked()
    qtbot.keyClick(rows[0], Qt.Key.Key_Left)
    assert not rows[0].is_open()
    qtbot.keyClick(rows[0], Qt.Key.Key_Right)
    assert rows[0].is_open()
    qtbot.keyClick(rows[0], Qt.Key.Key_Tab)  # one stop of Tab: out of the list
    assert not any(row.hasFocus() for row in rows)


def test_a_click_on_a_row_shows_its_passage(qtbot, make_pack, make_panel, reader):
    panel, _claim, dogs = checked(qtbot, make_pack, make_panel, reader)
    rows = panel.result.list.rows
    qtbot.mouseClick(rows[2], Qt.MouseButton.LeftButton)
    assert rows[2].selected and reader.current_selection() == dogs
    qtbot.mouseClick(rows[0].why, Qt.MouseButton.LeftButton)
    assert rows[0].is_open()


def test_the_exercises_explanation_unfolds_under_about(qtbot, make_pack, make_panel, reader):
    panel, _claim, _dogs = checked(qtbot, make_pack, make_panel, reader)
    result = panel.result
    result.about.setFocus()
    qtbot.keyClick(result.about, Qt.Key.Key_Space)
    assert result.explanation.isVisibleTo(panel)
    assert result.explanation.toPlainText().strip() == "A claim, then the evidence for it."


def test_while_attempts_remain_the_list_keeps_the_key(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    label(qtbot, reader, EVIDENCE, Qt.Key.Key_1)  # evidence marked as a claim
    panel.check()
    (row,) = panel.result.list.rows
    assert row.note.kind == "wrong_label" and row.why is None  # nothing to explain yet
    assert row.spoken().endswith("Worth marking, but not as Claim.")
    summary = panel.result.summary.accessibleName()
    assert summary == "0 of 2 found · ✗ 1 wrong label · ! 1 still to find"
