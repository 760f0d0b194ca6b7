"""The glossary in the reader: a dotted underline under each term's first use, painted
beside the text (never in it), its definition on hover and in a popup by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from closeread.core.pack.model import GlossaryEntry, Label
from closeread.core.pack.rendering import article_from_markdown
from closeread.ui.reading.glossary import DefinitionPopup
from closeread.ui.reading.reader import ArticleView

LABELS = (Label("claim", "Claim", "#d55e00"),)
ARTICLE = (
    "# Spies and 😀 norms\n\n"
    "A first line about nothing. The *norms* of espionage differ, and Norms change.\n\n"
    "Akin to burglary? Espionage is not akin to it, some say."
)
GLOSSARY = (
    GlossaryEntry("norms", "Rules most people **follow**.", ("norms", "norm")),
    GlossaryEntry("espionage", "Spying.", ("espionage",)),
    GlossaryEntry("unused", "Not in the text.", ("unused",)),
)


def make_view(qtbot, width=700, height=500) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_labels(LABELS)
    view.set_article(article_from_markdown(ARTICLE))
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def rect_of(view: ArticleView, start: int, end: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.textmap.to_qt(end))
    right = view.cursorRect(cursor)
    return left.left(), right.right(), left.top(), left.bottom()


def grab(view: ArticleView) -> QImage:
    view.clearFocus()  # no blinking caret between two pictures
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_first_uses_sit_at_their_offsets_and_change_no_text_and_no_mark(qtbot):
    view = make_view(qtbot)
    text = view.article.text
    marks = [(text.index("The norms"), text.index("differ,") + 6, "claim")]
    view.set_marks(marks)
    before_text, before_marks = view.plain_text(), view.marks()
    view.set_glossary(GLOSSARY)
    assert view.plain_text() == before_text == text  # the document is the article's text
    assert view.marks() == before_marks
    found = {use.entry.term: (use.start, use.end) for use in view.glossary.uses}
    # "norms" in the heading comes first; the astral emoji before it shifts Qt's positions
    assert found == {
        "norms": (text.index("norms"), text.index("norms") + 5),
        "espionage": (text.index("espionage"), text.index("espionage") + 9),
    }
    for start, end in found.values():
        qt_start, qt_end = view.textmap.to_qt(start), view.textmap.to_qt(end)
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().lower() == text[start:end].lower()


def test_the_underline_is_painted_under_the_first_use_only(qtbot):
    view = make_view(qtbot)
    plain = grab(view)
    view.set_glossary(GLOSSARY[1:2])  # espionage
    drawn = grab(view)
    text = view.article.text
    first = text.index("espionage")
    later = text.index("Espionage is")
    left, right, top, bottom = rect_of(view, first, first + 9)
    changed = [
        (x, y)
        for y in range(plain.height())
        for x in range(plain.width())
        if plain.pixel(x, y) != drawn.pixel(x, y)
    ]
    assert changed, "no underline was drawn"
    ratio = drawn.devicePixelRatio()
    for x, y in changed:  # all under the first use, at the bottom of its line
        assert left - 2 <= x / ratio <= right + 2, (x, y)
        assert (top + bottom) / 2 <= y / ratio <= bottom + 3, (x, y)
    l2, r2, t2, b2 = rect_of(view, later, later + 9)
    assert not [(x, y) for x, y in changed if l2 <= x / ratio <= r2 and t2 <= y / ratio <= b2]


def test_hovering_the_term_shows_its_definition(qtbot):
    view = make_view(qtbot)
    view.set_glossary(GLOSSARY)
    text = view.article.text
    start = text.index("espionage")
    left, right, top, bottom = rect_of(view, start, start + 9)
    point = QPoint((left + right) // 2, (top + bottom) // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "<b>espionage</b>" in QToolTip.text() and "Spying." in QToolTip.text()
    QToolTip.hideText()


def test_the_definition_at_the_cursor_in_a_popup_a_screen_reader_reads(qtbot):
    view = make_view(qtbot)
    view.set_glossary(GLOSSARY)
    text = view.article.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(text.index("Norms change") + 2))  # not the first use
    view.setTextCursor(cursor)
    view.setFocus()
    popup = view.define_at_cursor()
    assert isinstance(popup, DefinitionPopup)
    qtbot.waitUntil(popup.isVisible)
    assert popup.accessibleName() == "Definition of norms"
    assert popup.label.accessibleName() == "norms: Rules most people follow."
    assert "<strong>follow</strong>" in popup.label.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())

    cursor.setPosition(view.textmap.to_qt(text.index("burglary")))
    view.setTextCursor(cursor)
    assert view.define_at_cursor() is None  # no term there


def test_a_new_article_drops_the_old_glossary(qtbot):
    view = make_view(qtbot)
    view.set_glossary(GLOSSARY)
    view.set_article(article_from_markdown("Nothing here."))
    assert view.glossary.uses == ()


def test_the_underline_shows_in_dark_mode_too(qtbot):
    view = make_view(qtbot)
    palette = view.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(palette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    plain = grab(view)
    view.set_glossary(GLOSSARY[1:2])
    drawn = grab(view)
    changed = [
        QColor(drawn.pixel(x, y)).lightness()
        for y in range(plain.height())
        for x in range(plain.width())
        if plain.pixel(x, y) != drawn.pixel(x, y)
    ]
    assert changed and max(changed) > 140  # a light dotted line on the dark page
