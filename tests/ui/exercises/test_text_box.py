"""The written answer's box: it grows with the answer, and holds no more than may be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.core.grading.answers import MAX_TEXT
from closeread.ui.exercises.text_box import AnswerBox


def box(qtbot) -> AnswerBox:
    made = AnswerBox((3, 8), "Write here", "Your answer", "a test", None)
    qtbot.addWidget(made)
    made.resize(300, 100)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_it_grows_with_the_answer_between_its_least_and_most_lines(qtbot):
    answer = box(qtbot)
    empty = answer.height()
    edited = []
    answer.edited.connect(lambda: edited.append(True))
    for _ in range(5):
        qtbot.keyClicks(answer, "one line")
        qtbot.keyClick(answer, Qt.Key.Key_Return)
    assert edited and answer.height() > empty  # five lines need more than the least three
    five = answer.height()
    answer.set_text("one line\n" * 40)
    assert answer.height() > five  # up to the most ...
    most = answer.height()
    answer.set_text("one line\n" * 80)
    assert answer.height() == most  # ... then it scrolls
    assert len(edited) == 5 * len("one line\n")  # putting a saved answer in is no edit


def test_it_never_holds_more_than_a_saved_answer_may_have(qtbot):
    answer = box(qtbot)
    answer.set_text("x" * (MAX_TEXT - 2))
    cursor = answer.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    answer.setTextCursor(cursor)
    QApplication.clipboard().setText("abcdef")
    answer.paste()
    assert len(answer.text()) == MAX_TEXT
    assert answer.text().endswith("xxab")
