"""Find in the article from the keyboard: Ctrl+F, Enter, Shift+Enter, F3, Esc."""

import pytest
from app_support import long_pack, student_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from closeread.ui.reading.find import FindBar, find_all
from closeread.ui.shell.navigation import Place

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_matching_ignores_case_spacing_and_kinds_of_quotes():
    text = 'It’s here.  Cats\nmake cities better; "cats" and CATS  MAKE them calm.'
    assert find_all(text, "cats make") == [(12, 21), (48, 58)]
    assert find_all(text, "it's") == [(0, 4)]
    assert find_all(text, "“cats”") == [(37, 43)]
    assert find_all(text, "   ") == [] and find_all(text, "dogs") == []
    assert find_all("a.b axb", "a.b") == [(0, 3)]  # the words, not a pattern


@pytest.fixture
def window(qtbot, tmp_path):
    with student_window(qtbot, long_pack(tmp_path), student=("Alex Chen",), active=True) as window:
        window.go(Place("one", "marks"))
        yield window


def key(qtbot, keys, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), keys, modifiers)


def test_find_walks_the_places_and_leaves_the_marks_alone(qtbot, window):
    article = window.article
    text = article.article.text
    article.setFocus()
    marks = [(0, 4, "claim")]
    window.lesson.panel.widget.set_answer({"marks": [list(marks[0])]})
    window.lesson.panel.widget.activate()
    before = [tuple(m) for m in article.marks()]
    assert before == marks
    key(qtbot, Qt.Key.Key_F, CTRL)
    bar = article.findChild(FindBar)
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "readers  WEIGH")
    places = find_all(text, "readers weigh")
    assert len(places) > 3
    assert bar.count.text() == f"1 of {len(places)}"
    found, current = article.found()
    assert current == places[0] and found == places
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    assert article.found()[1] == places[2] and bar.count.text() == f"3 of {len(places)}"
    key(qtbot, Qt.Key.Key_Return, SHIFT)
    assert article.found()[1] == places[1]
    where = QTextCursor(article.document())
    where.setPosition(article.textmap.to_qt(places[1][0]))
    assert article.viewport().rect().contains(article.cursorRect(where))  # scrolled to it
    assert [tuple(m) for m in article.marks()] == before  # marks untouched
    assert len(article.extraSelections()) == len(before) + len(places)

    key(qtbot, Qt.Key.Key_F3)
    assert article.found()[1] == places[2]
    key(qtbot, Qt.Key.Key_F3, SHIFT)
    key(qtbot, Qt.Key.Key_Escape)
    assert not bar.isVisible() and article.hasFocus()
    assert article.found() == ([], None)
    assert article.current_selection() == places[1]  # ready to mark with a number key
    assert [tuple(m) for m in article.marks()] == before


def test_no_match_says_so(qtbot, window):
    window.article.setFocus()
    key(qtbot, Qt.Key.Key_F, CTRL)
    bar = window.article.findChild(FindBar)
    qtbot.keyClicks(bar.field, "zebra crossing")
    assert bar.count.text() == "No match" and window.article.found() == ([], None)
    key(qtbot, Qt.Key.Key_Return)  # nothing to go to: nothing happens
    assert bar.isVisible()
