"""Helpers the exercise panel tests share: acting on the reader, reading the store."""

from PySide6.QtGui import QTextCursor

from closeread.ui.reading.reader import ArticleView


def select_words(view: ArticleView, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``words`` in the reader through a QTextCursor, as a student's drag would."""
    text = view.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    end = start + len(words)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(start))
    cursor.setPosition(view.textmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    return start, end


def attempts_of(store, student, exercise_id, pack_id="mini"):
    return store.work.list_attempts(student_id=student.id, pack_id=pack_id, exercise_id=exercise_id)
