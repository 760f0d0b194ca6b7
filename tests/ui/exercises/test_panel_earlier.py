"""After "Try again" the last attempt's verdict stays on each mark, dimmed, until it changes."""

from panel_support import select_words
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
CLAIM = "Cats make cities better."
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."
DOGS = "Dogs, by contrast, need walks."


def label(qtbot, reader, words, key):
    span = reader.words.snap(*select_words(reader, words))
    qtbot.keyClick(reader, key)
    return span


def verdicts(reader):
    return {
        (item.mark.start, item.mark.end): (item.kind, item.earlier) for item in reader.feedback()
    }


def rows(panel):
    widget = panel.widget
    return [widget.list.item(row).text() for row in range(widget.list.count())]


def checked_then_try_again(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    claim = label(qtbot, reader, CLAIM, Qt.Key.Key_1)
    dogs = label(qtbot, reader, DOGS, Qt.Key.Key_1)
    panel.check()
    assert verdicts(reader) == {claim: ("hit", False), dogs: ("extra", False)}
    qtbot.keyClick(panel.retry_button, Qt.Key.Key_Space)  # Try again, from the keyboard
    assert panel.is_editing()
    return panel, claim, dogs


def test_the_verdicts_stay_dimmed_on_the_article_and_in_the_list(qtbot, make_panel, reader):
    panel, claim, dogs = checked_then_try_again(qtbot, make_panel, reader)
    assert verdicts(reader) == {claim: ("hit", True), dogs: ("extra", True)}
    assert rows(panel) == [
        "✓ Right last time · Claim: “Cats make cities better.”",
        "? Not in the key last time · Claim: “Dogs, by contrast, need walks.”",
    ]
    assert "Last attempt:" in reader.describe_at(claim[0] + 1)  # the tooltip says so too
    reader.viewport().repaint()
    assert len(reader.painted_badges) == 4  # two number tags and two (hollow) verdicts


def test_a_changed_mark_loses_its_verdict_and_undo_brings_it_back(qtbot, make_panel, reader):
    panel, claim, dogs = checked_then_try_again(qtbot, make_panel, reader)
    label(qtbot, reader, DOGS, Qt.Key.Key_2)  # relabelled: the old verdict is not about it
    assert verdicts(reader) == {claim: ("hit", True)}
    assert rows(panel)[1] == "Evidence: “Dogs, by contrast, need walks.”"
    evidence = label(qtbot, reader, EVIDENCE, Qt.Key.Key_2)  # a new mark has none
    assert evidence not in verdicts(reader) and claim in verdicts(reader)
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    assert verdicts(reader) == {claim: ("hit", True), dogs: ("extra", True)}
    select_words(reader, CLAIM)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert verdicts(reader) == {dogs: ("extra", True)}


def test_checking_again_shows_fresh_verdicts(qtbot, make_panel, reader):
    panel, claim, _dogs = checked_then_try_again(qtbot, make_panel, reader)
    select_words(reader, DOGS)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)
    evidence = label(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    qtbot.keyClick(reader, Qt.Key.Key_Return, CTRL)
    assert not panel.is_editing()
    assert verdicts(reader) == {claim: ("hit", False), evidence: ("hit", False)}


def test_the_verdicts_come_back_with_the_draft(qtbot, make_panel, reader):
    panel, claim, _dogs = checked_then_try_again(qtbot, make_panel, reader)
    label(qtbot, reader, DOGS, Qt.Key.Key_2)
    panel.flush_draft()
    panel.hide()
    panel.deleteLater()
    qtbot.wait(10)
    again = make_panel("marks", reader=reader)
    assert again.is_editing()
    assert verdicts(reader) == {claim: ("hit", True)}
    assert rows(again)[0].startswith("✓ Right last time")
