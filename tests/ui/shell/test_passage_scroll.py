"""Opening an exercise brings the article to the passage it is about, by keyboard too."""

from __future__ import annotations

import pytest
from app_support import student_window, wait_for_pack
from PySide6.QtCore import Qt

from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place


@pytest.fixture
def window(qtbot):
    with student_window(qtbot, None, student=("Sam Ortiz", "9C"), size=(1366, 768)) as window:
        yield window  # on the bundled pack


def paragraph_on_top(window: MainWindow) -> str:
    """The first words of the first line in view."""
    offset = window.article.first_visible_offset()
    return window.article.article.text[offset : offset + 40]


def line_in_view(window: MainWindow, words: str) -> bool:
    """Whether the line where ``words`` begin is in the upper two thirds of the article."""
    article = window.article
    rect = article.cursorRect(
        article._cursor_at(article.textmap.to_qt(article.article.text.index(words)))
    )
    return rect.top() >= 0 and rect.bottom() <= article.viewport().height() * 2 // 3


def test_find_the_analogy_opens_at_its_paragraph_and_the_next_question_stays(qtbot, window):
    article = window.article
    window.go(Place("break-in-analogy", None))  # the lesson's intro: the article stays put
    assert article.verticalScrollBar().value() == 0
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.place == Place("break-in-analogy", "find-analogy")
    assert line_in_view(window, "The arbitrary nature of the US")
    assert not line_in_view(window, "China's hosting of the Second")
    top = article.verticalScrollBar().value()
    assert top > 0

    qtbot.keyClick(article, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.place == Place("break-in-analogy", "what-is-this")  # quotes that paragraph
    assert article.verticalScrollBar().value() == top  # already in view: no jump

    window.go(Place("shape-of-the-argument", "main-point"))  # about the whole piece
    assert article.verticalScrollBar().value() == top


def test_a_passage_out_of_view_comes_to_the_top(qtbot, window):
    window.go(Place("break-in-analogy", "find-analogy"))
    window.go(Place("claims-and-evidence", "mark-first-half"))
    assert paragraph_on_top(window).startswith("China's hosting of the Second")


def test_the_students_own_place_wins_when_the_app_opens_again(qtbot, window):
    window.go(Place("break-in-analogy", "find-analogy"))
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum())  # they read on to the end
    offset = window.article.first_visible_offset()
    window.save_state()
    store, student = window.store, window.student
    window.close()
    again = MainWindow(store, student)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    qtbot.waitExposed(again)
    again.open_initial()
    wait_for_pack(qtbot, again)
    assert again.place == Place("break-in-analogy", "find-analogy")
    qtbot.waitUntil(lambda: again.article.first_visible_offset() == offset, timeout=3000)
    again.close()
