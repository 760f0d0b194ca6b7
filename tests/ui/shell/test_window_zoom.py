"""Zoom and the system's font size scale the whole window: prompts, options and feedback
grow with the article, headings keep their proportions, and nothing is below the system's
text size."""

import pytest
from app_support import student_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from closeread.ui.reading.readingpane import ZOOM_STEP
from closeread.ui.shell.navigation import Place


@pytest.fixture
def window(qtbot):
    with student_window(qtbot) as window:
        window.go(Place("one", "pick"))
        yield window


def sizes(window):
    panel = window.lesson.panel
    return {
        "prompt": panel.widget.font().pointSizeF(),
        "option": panel.widget._rows[0].text.document().defaultFont().pointSizeF(),
        "title": panel.title.font().pointSizeF(),
        "header": window.lesson.title.font().pointSizeF(),
        "library": window.library.tree.font().pointSizeF(),
        "cards": window.aids.pane.font().pointSizeF(),
        "article": window.article.point_size(),
    }


def test_zoom_scales_the_panel_and_the_library_with_the_article(qtbot, window):
    before = sizes(window)
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    assert before["prompt"] >= system and before["option"] >= system
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.article, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    after = sizes(window)
    for part, size in before.items():
        assert after[part] == pytest.approx(size * ZOOM_STEP**2, rel=0.02), part
    qtbot.keyClick(window.article, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert sizes(window) == pytest.approx(before, rel=0.01)


def test_a_panel_opened_while_zoomed_is_zoomed_too(qtbot, window):
    normal = sizes(window)["option"]
    window.article.set_zoom(3)
    window.go(Place("one", "why"))
    window.go(Place("one", "pick"))
    assert sizes(window)["option"] == pytest.approx(normal * ZOOM_STEP**3, rel=0.02)


def test_a_larger_system_font_reaches_every_part(qtbot, window):
    before = sizes(window)
    app = QApplication.instance()
    original = QFont(app.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        app.setFont(bigger)
        qtbot.waitUntil(lambda: sizes(window)["prompt"] > before["prompt"])
        after = sizes(window)
        assert after["prompt"] == pytest.approx(bigger.pointSizeF(), rel=0.02)
        assert after["title"] > before["title"] and after["library"] > before["library"]
        assert after["article"] > before["article"]
    finally:
        app.setFont(original)


def test_source_cards_first_wanted_while_zoomed_are_zoomed_too(qtbot, window):
    window.article.set_zoom(2)
    assert window.aids.made is None  # the pane is made when it is first wanted
    assert window.aids.pane.font().pointSizeF() == pytest.approx(
        window.library.tree.font().pointSizeF(), rel=0.01
    )
