"""Marking: select words in the reader, press a label's number, check, read the article."""

import pytest
from panel_support import attempts_of, select_words
from PySide6.QtCore import Qt

CLAIM = "Cats make cities better."
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."


def mark(qtbot, reader, words, key):
    span = reader.words.snap(*select_words(reader, words))
    qtbot.keyClick(reader, key)
    return span


def test_marking_the_key_scores_full_points_and_is_saved(qtbot, make_panel, reader, store, student):
    panel = make_panel("marks", reader=reader)
    widget = panel.widget
    assert widget.is_active()
    assert not panel.check_button.isEnabled()  # nothing marked yet
    claim = mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    evidence = mark(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    expected = [[*claim, "claim"], [*evidence, "evidence"]]
    assert widget.answer() == {"marks": expected}
    assert [tuple(m) for m in reader.marks()] == [tuple(m) for m in expected]
    assert widget.list.count() == 2
    assert "Claim" in widget.list.item(0).text() and CLAIM[:20] in widget.list.item(0).text()

    with qtbot.waitSignal(panel.checked) as checked:
        qtbot.keyClick(reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert checked.args == [1.0]
    assert panel.result.score_text() == "4 of 4 points"
    assert panel.result.isVisibleTo(panel)
    (attempt,) = attempts_of(store, student, "marks")
    assert attempt.answer == {"marks": expected}
    assert attempt.score == 1.0
    assert attempt.attempt_no == 1
    assert {item.kind for item in reader.feedback()} == {"hit"}
    assert not widget.list.isVisibleTo(panel)  # the checked marks are listed in the result
    rows = panel.result.list.rows
    assert [row.note.kind for row in rows] == ["hit", "hit"]
    assert (rows[0].line.glyph, rows[0].line.label) == ("✓", "Claim")
    assert rows[0].spoken() == "Right, Claim, paragraph 1: “Cats make cities better.”"
    assert panel.result.summary.accessibleName() == "✓ 2 of 2 found"
    assert store.work.load_draft(student.id, "mini", "one", "marks") is None


def test_partial_marks_get_partial_credit_and_say_what_to_fix(
    qtbot, make_panel, reader, store, student
):
    panel = make_panel("marks", reader=reader)
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    mark(qtbot, reader, "Dogs, by contrast, need walks.", Qt.Key.Key_2)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    # one hit, one extra, one key span missed: 2·1 / (2 + 2)
    assert panel.result.score_text() == "2 of 4 points"
    (attempt,) = attempts_of(store, student, "marks")
    assert attempt.score == pytest.approx(0.5)
    kinds = sorted(item.kind for item in reader.feedback())
    assert kinds == ["extra", "hit"]  # attempts remain: the missed span is not shown
    result = panel.result
    assert result.summary.accessibleName() == "✓ 1 of 2 found · ? 1 extra · ! 1 still to find"
    said = result.feedback.toPlainText() + " ".join(row.spoken() for row in result.list.rows)
    assert "survey of 400" not in said  # the key stays hidden while attempts remain
    extra = result.list.rows[1]
    assert "Dogs, by contrast" in extra.line.quote
    assert extra.spoken() == (
        "Not in the key, Evidence, paragraph 2: “Dogs, by contrast, need walks.” "
        "Matches nothing in the key, so it lowers the score."
    )


def test_the_last_attempt_shows_the_missed_passages(
    qtbot, make_pack, make_panel, reader, store, student
):
    pack = make_pack(
        """
[[exercises]]
id = "once"
kind = "mark"
title = "Mark the claim, once"
attempts = 1
labels = ["claim", "evidence"]

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
    )
    panel = make_panel("once", pack=pack, reader=reader)
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    panel.check()
    assert not panel.check_button.isEnabled()
    assert not panel.retry_button.isVisibleTo(panel)
    assert panel.attempts_label.text() == "No attempts left"
    missed = [item for item in reader.feedback() if item.kind == "missed"]
    assert [item.key.label for item in missed] == ["evidence"]
    assert missed[0].explanation == "A statistic."
    rows = panel.result.list.rows
    assert [row.note.kind for row in rows] == ["hit", "missed"]
    assert rows[1].line.glyph == "!" and "survey of 400" in rows[1].line.quote
    assert panel.result.summary.accessibleName().endswith("! 1 missed")
    assert rows[1].why.isVisibleTo(panel) and not rows[1].is_open()  # "Why" is folded


def test_a_wrong_label_while_attempts_remain_does_not_show_the_key(
    qtbot, make_panel, reader, store, student
):
    panel = make_panel("marks", reader=reader)
    mark(qtbot, reader, EVIDENCE, Qt.Key.Key_1)  # evidence marked as a claim
    panel.check()
    (item,) = [i for i in reader.feedback() if i.mark is not None]
    assert item.kind == "wrong_label" and item.key is None and item.explanation == ""
    reader.select_span(item.mark.start + 2, item.mark.start + 2)
    assert "Evidence" not in reader.describe_at(item.mark.start + 2)


def test_the_list_finds_removes_and_relabels_marks(qtbot, make_panel, reader, store, student):
    panel = make_panel("marks", reader=reader)
    widget = panel.widget
    claim = mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    mark(qtbot, reader, "Dogs, by contrast, need walks.", Qt.Key.Key_1)
    reader.select_span(0, 0)
    widget.list.setFocus()
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert reader.current_selection() == claim
    qtbot.keyClick(widget.list, Qt.Key.Key_2)  # relabel: evidence
    assert widget.answer()["marks"][0] == [*claim, "evidence"]
    widget.list.setCurrentRow(1)
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert widget.answer() == {"marks": [[*claim, "evidence"]]}
    assert [tuple(m) for m in reader.marks()] == [(*claim, "evidence")]
    qtbot.waitUntil(lambda: store.work.load_draft(student.id, "mini", "one", "marks") is not None)
    draft = store.work.load_draft(student.id, "mini", "one", "marks")
    assert draft.answer == {"marks": [[*claim, "evidence"]]}


def test_the_label_buttons_and_delete_in_the_article(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    widget = panel.widget
    claim = reader.words.snap(*select_words(reader, CLAIM))
    button = widget.bar.button("evidence")
    assert button.isVisibleTo(panel) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert widget.answer() == {"marks": [[*claim, "evidence"]]}
    reader.select_span(claim[0] + 1, claim[0] + 1)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert widget.answer() == {"marks": []}
    assert widget.count.text() == "No marks yet."


def test_marks_and_feedback_come_back_with_the_panel(qtbot, make_panel, reader, store, student):
    panel = make_panel("marks", reader=reader)
    claim = mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    panel.check()
    panel.hide()
    assert reader.marks() == [] and reader.feedback() == []  # leaving clears the article
    panel.deleteLater()
    qtbot.wait(10)
    again = make_panel("marks", reader=reader)
    assert not again.is_editing()
    assert again.widget.answer() == {"marks": [[*claim, "claim"]]}
    assert [tuple(m) for m in reader.marks()] == [(*claim, "claim")]
    assert [item.kind for item in reader.feedback()] == ["hit"]
    assert again.result.score_text() == "2.67 of 4 points"


def test_keys_do_nothing_once_checked(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    panel.check()
    mark(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    assert len(panel.widget.answer()["marks"]) == 1
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert all(item.earlier for item in reader.feedback())  # only the last attempt's, dimmed
    mark(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    assert len(panel.widget.answer()["marks"]) == 2


def test_a_new_panel_takes_the_reader_from_the_old_one(qtbot, make_panel, reader):
    first = make_panel("marks", reader=reader)
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    second = make_panel("pick", reader=reader)
    assert not first.widget.is_active()
    assert reader.marks() == []  # the choice exercise shows no marks
    select_words(reader, EVIDENCE)
    qtbot.keyClick(reader, Qt.Key.Key_1)  # the old panel's keys are gone
    assert len(first.widget.answer()["marks"]) == 1
    first.hide()  # hiding the old panel leaves the new one's article alone
    assert second.isVisible()
    second.hide()


def test_without_a_reader_the_panel_still_builds(qtbot, make_panel):
    panel = make_panel("marks", reader=None)
    assert panel.widget.answer() == {"marks": []}
    assert "Open the article" in panel.widget.instructions.text()


def test_a_near_miss_while_attempts_remain_keeps_the_key_boundaries_hidden(
    qtbot, make_panel, reader
):
    panel = make_panel("marks", reader=reader)
    start, _ = mark(qtbot, reader, "Cats make cities", Qt.Key.Key_1)
    panel.check()
    (item,) = reader.feedback()
    assert item.kind == "partial" and item.key is None
    tooltip = reader.describe_at(start + 1)
    assert "Nearly" in tooltip and "better" not in tooltip


def test_marks_from_an_earlier_exercise_are_listed_for_comparison(
    qtbot, make_pack, make_panel, reader, store, student
):
    pack = make_pack(
        """
[[exercises]]
id = "again"
kind = "mark"
title = "Mark them again"
show_marks_from = "marks"
labels = ["claim", "evidence"]

[[exercises.key]]
quote = "Dogs, by contrast, need walks."
label = "evidence"
explanation = "A contrast."
"""
    )
    first = make_panel("marks", pack=pack, reader=reader)
    claim = mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    first.hide()
    panel = make_panel("again", pack=pack, reader=reader)
    widget = panel.widget
    rows = [widget.list.item(i).text() for i in range(widget.list.count())]
    assert rows == [
        "For comparison, your marks in “Mark the claim and the evidence”:",
        "Claim: “Cats make cities better.”",
    ]
    assert reader.marks() == []  # the article holds only this exercise's marks
    widget.list.setFocus()
    widget.list.setCurrentRow(1)
    qtbot.keyClick(widget.list, Qt.Key.Key_Return)
    assert reader.current_selection() == claim
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)  # not this exercise's to remove
    assert widget.list.count() == 2 and widget.answer() == {"marks": []}
