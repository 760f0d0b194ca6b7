"""The place in the article stays put: the first line in view is kept when the text wraps
anew (a resize, a narrower panel) or is set again (the theme changes), as the restore does."""

import pytest
from PySide6.QtGui import QTextCursor

from closeread.core.pack.rendering import article_from_markdown
from closeread.ui.common.theme import palette_for
from closeread.ui.reading.reader import ArticleView

ARTICLE = "\n\n".join(
    f"Paragraph {n}. Readers weigh each sentence on its own, asking what is asserted, what "
    "is offered in support, and whether the support could be checked by somebody else."
    for n in range(1, 61)
)


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article_from_markdown(ARTICLE))
    view.resize(700, 420)
    view.show()
    qtbot.waitExposed(view)
    return view


def line_start(view, offset: int) -> int:
    """Where the line holding ``offset`` starts, as the view wraps the text now."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(offset))
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    return view.textmap.from_qt(cursor.position())


def test_the_first_line_in_view_comes_back_the_same(view):
    view.scroll_to_offset(ARTICLE.index("Paragraph 30."))
    first = view.first_visible_offset()
    for _ in range(3):
        view.scroll_to_offset(view.first_visible_offset())
        assert view.first_visible_offset() == first  # no creeping back a line at a time


def test_a_resize_keeps_the_first_visible_character_in_view(qtbot, view):
    view.scroll_to_offset(ARTICLE.index("Paragraph 30.") + 120)
    first = view.first_visible_offset()
    assert first > 0
    for width in (520, 430, 610, 480):
        view.resize(width, 420)
        qtbot.wait(10)
        assert view.first_visible_offset() == line_start(view, first), width
    view.resize(700, 420)
    qtbot.wait(10)
    assert view.first_visible_offset() == first  # back where it was, no drift


def test_a_theme_change_keeps_the_place(view):
    view.scroll_to_offset(ARTICLE.index("Paragraph 41.") + 60)
    first = view.first_visible_offset()
    view.setPalette(palette_for(True))
    assert view.first_visible_offset() == first
    view.setPalette(palette_for(False))
    assert view.first_visible_offset() == first


def test_scrolling_after_a_resize_is_the_new_place(qtbot, view):
    view.scroll_to_offset(ARTICLE.index("Paragraph 20."))
    view.resize(520, 420)
    view.scroll_to_offset(ARTICLE.index("Paragraph 50."))  # the student moves on
    moved = view.first_visible_offset()
    view.resize(700, 420)
    qtbot.wait(10)
    assert view.first_visible_offset() == line_start(view, moved)


def test_at_the_top_a_resize_stays_at_the_top(qtbot, view):
    view.resize(480, 420)
    qtbot.wait(10)
    assert view.verticalScrollBar().value() == 0
