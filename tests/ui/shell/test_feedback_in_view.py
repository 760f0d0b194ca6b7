"""At 1366×768 the checked marking exercise's feedback reads without scrolling."""

from __future__ import annotations

from app_support import data_dir, wait_for_pack
from PySide6.QtCore import QRect, Qt

from closeread.core.store.store import Store
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place


def in_view(scroll, widget) -> bool:
    """Whether all of ``widget`` is inside the scroll area's viewport."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_the_summary_and_every_row_are_in_view_after_checking(qtbot):
    store = Store.open(data_dir())
    student = store.roster.add_student("Ana Lima", "10A")
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_initial()
    wait_for_pack(qtbot, window)
    window.go(Place("claims-and-evidence", "mark-first-half"))
    panel = window.lesson.panel
    article = window.article
    exercise = panel.exercise
    article.setFocus()
    for span in exercise.key[:10]:  # ten of the thirteen, one of them under the other label
        article.select_span(span.start, span.end)
        key = Qt.Key.Key_1 if (span.label == "claim") != (span.id == "pacts") else Qt.Key.Key_2
        qtbot.keyClick(article, key)
    qtbot.keyClick(article, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = panel.result
    assert len(result.list.rows) == 10
    rows = result.list.rows
    qtbot.waitUntil(lambda: all(in_view(panel.scroll, row) for row in rows), timeout=2000)
    assert in_view(panel.scroll, result.points) and in_view(panel.scroll, result.summary)

    window.go_next()
    window.go_previous()  # opened again: the saved attempt, its feedback in view at once
    again = window.lesson.panel
    assert again is not panel and not again.is_editing()
    rows = again.result.list.rows
    qtbot.waitUntil(lambda: all(in_view(again.scroll, row) for row in rows), timeout=2000)
    window.close()
    store.close()
