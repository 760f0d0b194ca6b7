"""One set of verdict words: what the panel, the widgets and the feedback say agree, and
say what is true (no "Not yet" once the attempts are used, no "Try again" at full marks)."""

from test_panel_short_match import pick

ONCE = """
[[exercises]]
id = "acts"
kind = "match"
title = "Kinds of evidence"
attempts = 2

[[exercises.pairs]]
left = "A draft law for *public* consultation"
right = "An official act"
explanation = "They show what a government *did*; what it achieves is another question."

[[exercises.pairs]]
left = "A pledge to cooperate"
right = "A promise quoted"
explanation = "A pledge shows what a leader *said*."
"""


def test_a_wrong_answer_is_not_yet_right_only_while_attempts_remain(qtbot, make_pack, make_panel):
    pack = make_pack(ONCE)
    panel = make_panel("acts", pack=pack)
    widget = panel.widget
    pick(qtbot, widget.combo(0), "A promise quoted")
    pick(qtbot, widget.combo(1), "A promise quoted")
    panel.check()
    assert panel.attempts_label.text() == "1 attempt left"
    assert "Not yet right" in widget._status[0].text()
    assert "Partly right" in panel.result.status.text()
    assert panel.retry_button.isVisibleTo(panel)
    panel.retry()
    pick(qtbot, widget.combo(0), "A promise quoted")
    panel.check()
    assert panel.attempts_label.text() == "No attempts left"
    assert "Not yet" not in panel.result.status.text() + widget._status[0].text()
    assert "Not right" in widget._status[0].text()
    feedback = panel.result.feedback.toPlainText()
    assert "not yet" not in feedback.lower()


def test_explanations_show_emphasis_not_asterisks(qtbot, make_pack, make_panel):
    pack = make_pack(ONCE.replace("attempts = 2", "attempts = 1"))
    panel = make_panel("acts", pack=pack)
    widget = panel.widget
    pick(qtbot, widget.combo(0), "A promise quoted")
    pick(qtbot, widget.combo(1), "A promise quoted")
    panel.check()
    wrong, right = widget._status[0].text(), widget._status[1].text()
    assert "<em>did</em>" in wrong and "*did*" not in wrong
    assert "<em>said</em>" in right and "*said*" not in right
    assert "what a government did" in widget._status[0].accessibleName()
    feedback = panel.result.feedback.toPlainText()
    assert "*" not in feedback and "what a government did" in feedback


def test_full_marks_offer_no_second_try(qtbot, make_pack, make_panel):
    pack = make_pack(ONCE)
    panel = make_panel("acts", pack=pack)
    pick(qtbot, panel.widget.combo(0), "An official act")
    pick(qtbot, panel.widget.combo(1), "A promise quoted")
    panel.check()
    assert panel.result.score_text() == "1 of 1 point"
    assert "✓ Right" in panel.result.status.text()
    assert not panel.retry_button.isVisibleTo(panel)
    panel.retry()
    assert not panel.is_editing()
