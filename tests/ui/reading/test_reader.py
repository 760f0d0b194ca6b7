"""ArticleView driven as a student drives it: the text, selections, zoom, marks, feedback."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from closeread.core.grading.spans import Span, score_spans
from closeread.core.pack.load import load_pack
from closeread.core.pack.model import Label
from closeread.core.pack.rendering import article_from_markdown
from closeread.ui.common.markstyle import TEXT_CONTRAST, contrast
from closeread.ui.reading.document import NUMBER_PROPERTY
from closeread.ui.reading.overlay import FeedbackItem, Mark
from closeread.ui.reading.reader import ArticleView

LESSONS = Path(__file__).resolve().parents[3] / "lessons"
LABELS = (Label("claim", "Claim", "#d55e00"), Label("evidence", "Evidence", "#0072b2"))

RICH = """# A *title* with `code`

First paragraph with **bold**, *italic*, `code` and a [link](page.html).
It goes on\u00a0here, with an emoji 😀 before **Cats** and more.

> A quoted passage that is **long enough** to wrap.

- first item
- second item

![A figure caption in alt text](figure.png)

## Second heading

Last paragraph. Another sentence here! And a third?
"""


def make_view(qtbot, article, *, labels=LABELS, width=760, height=560):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_labels(labels)
    view.set_article(article)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def offsets_of(text, words, after=0):
    start = text.index(words, after)
    return start, start + len(words)


def point_at(view, offset):
    """The viewport point in the middle of the character at ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.textmap.to_qt(offset + 1))
    right = view.cursorRect(cursor)
    return QPoint((left.center().x() + right.center().x()) // 2, left.center().y())


# -- the document is the article's text --------------------------------------------------


def pack_paths():
    return sorted(path.parent for path in LESSONS.glob("*/pack.toml"))


def loadable_packs():
    packs = []
    for path in pack_paths():
        result = load_pack(path)
        if result.pack is not None:
            packs.append(result.pack)
    return packs


def test_minipack_document_text_is_the_article_text(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    assert view.document().toPlainText() == minipack.article.text
    assert view.plain_text() == minipack.article.text


@pytest.mark.parametrize("pack", loadable_packs(), ids=lambda pack: pack.id)
def test_every_bundled_pack_maps_exactly(qtbot, pack):
    view = make_view(qtbot, pack.article)
    assert view.plain_text() == pack.article.text
    assert view.document().toPlainText() == pack.article.text.replace("\u00a0", " ")
    for block in pack.article.blocks:  # every block starts where the core says it does
        assert view.document().findBlock(view.textmap.to_qt(block.start)).text() == block.text


@pytest.mark.parametrize("path", sorted(LESSONS.glob("*/article.md")), ids=lambda p: p.parent.name)
def test_every_bundled_article_maps_exactly_even_before_its_pack_loads(qtbot, path):
    article = article_from_markdown(path.read_text(encoding="utf-8"))
    view = make_view(qtbot, article)
    assert len(article.text) > 100
    assert view.plain_text() == article.text


def test_rich_markdown_keeps_the_text_and_carries_styles_in_formats(qtbot):
    article = article_from_markdown(RICH)
    view = make_view(qtbot, article)
    assert view.plain_text() == article.text
    assert view.document().toPlainText() == article.text.replace("\u00a0", " ")
    document = view.document()

    def char_format(words):
        cursor = QTextCursor(document)
        cursor.setPosition(view.textmap.to_qt(article.text.index(words)) + 1)
        return cursor.charFormat()

    assert char_format("bold").fontWeight() >= 700
    assert char_format("italic,").fontItalic()
    assert char_format("code and").fontFixedPitch()
    assert not char_format("First").fontItalic() and char_format("First").fontWeight() < 700
    kinds = [block.kind for block in article.blocks]
    assert kinds == ["h1", "p", "blockquote", "li", "li", "figure", "h2", "p"]
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    assert blocks[0].blockFormat().headingLevel() == 1
    assert blocks[6].blockFormat().headingLevel() == 2
    assert blocks[2].blockFormat().leftMargin() > 0  # the quote is indented
    assert blocks[3].textList() is not None and blocks[3].textList() == blocks[4].textList()
    assert blocks[5].text() == "A figure caption in alt text"
    assert char_format("figure caption").fontItalic()
    numbers = [block.blockFormat().property(NUMBER_PROPERTY) for block in blocks]
    assert numbers == [None, 1, None, None, None, None, None, 2]  # paragraphs only
    heading_size = char_format("title").font().pointSizeF()
    assert heading_size > char_format("First").font().pointSizeF() * 1.3


def test_the_column_is_about_seventy_characters_and_centred(qtbot, minipack):
    view = make_view(qtbot, minipack.article, width=1400)
    frame = view.document().rootFrame().frameFormat()
    column = view.viewport().width() - frame.leftMargin() - frame.rightMargin()
    char = view.fontMetrics().averageCharWidth()
    metrics_char = view.document().defaultFont()
    assert metrics_char.family()
    assert 50 * char < column < 90 * view.document().defaultFont().pointSizeF()
    assert abs(frame.leftMargin() - frame.rightMargin()) < 4
    view.resize(420, 400)
    qtbot.waitUntil(lambda: view.document().rootFrame().frameFormat().leftMargin() < 200)
    narrow = view.document().rootFrame().frameFormat()
    assert view.viewport().width() - narrow.leftMargin() - narrow.rightMargin() > 150


def test_paragraph_numbers_are_painted_in_the_margin(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    image = view.viewport().grab().toImage()
    document = view.document()
    base = view.palette().color(QPalette.ColorRole.Base)
    left = int(document.rootFrame().frameFormat().leftMargin())
    for number in (1, 2):
        block = document.findBlockByNumber(number)
        rect = document.documentLayout().blockBoundingRect(block)
        top = int(rect.top() - view.verticalScrollBar().value())
        line_height = int(block.layout().lineAt(0).height())
        inked = [
            (x, y)
            for x in range(0, left)
            for y in range(top, top + line_height)
            if QColor(image.pixel(x, y)) != base
        ]
        assert inked, f"no paragraph number beside paragraph {number}"
    heading = document.documentLayout().blockBoundingRect(document.firstBlock())
    assert not [
        (x, y)
        for x in range(0, left - 2)
        for y in range(int(heading.top()), int(heading.bottom()))
        if QColor(image.pixel(x, y)) != base
    ]


# -- selecting ---------------------------------------------------------------------------


def test_a_cursor_selection_snaps_to_whole_words(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    start = text.index("ats make cit")
    with qtbot.waitSignal(view.selectionSnapped) as signal:
        view.select_span(start, start + len("ats make cit"))
    expected = offsets_of(text, "Cats make cities")
    assert signal.args == list(expected)
    assert view.current_selection() == expected
    view.select_span(text.index(". A survey") + 1, text.index(". A survey") + 2)
    assert view.current_selection() is None


def test_shift_arrows_select_and_snap(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    view.setFocus()
    start = text.index("survey")
    view.select_span(start + 2, start + 2)  # inside "survey"
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.raw_selection() == (start + 2, start + 5)
    assert view.current_selection() == (start, start + len("survey"))
    qtbot.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    # Ctrl+Right goes to the start of the next word: "vey of " grows to "survey of".
    assert view.current_selection() == offsets_of(text, "survey of")


def test_ctrl_click_selects_the_sentence(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    inside = text.index("households")
    with qtbot.waitSignal(view.selectionSnapped) as signal:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            point_at(view, inside),
        )
    sentence = offsets_of(
        text, "A survey of 400 households found that 61% of cat owners felt calmer."
    )
    assert signal.args == list(sentence)
    assert view.raw_selection() == sentence
    assert view.window().focusWidget() is view


def test_a_plain_click_does_not_select_a_sentence(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, text.index("households"))
    )
    assert view.raw_selection() is None
    assert abs(view.cursor_offset() - text.index("households")) <= 1


def test_a_mouse_drag_is_snapped_on_release(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    begin = text.index("ogs, by")
    end = text.index("ontrast")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, begin))
    target = point_at(view, end)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        target,
        view.viewport().mapToGlobal(target),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert view.raw_selection() == offsets_of(text, "Dogs, by contrast")


# -- zoom ---------------------------------------------------------------------------------


def test_zoom_keys(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    view.set_marks([(0, 4, "claim")])
    view.setFocus()
    size = view.point_size()
    with qtbot.waitSignal(view.zoomChanged) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [1]
    assert view.point_size() > size
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 2
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 0 and view.point_size() == pytest.approx(size)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() < size
    # Zooming rebuilds the document: the text, marks and numbers stay where they were.
    assert view.plain_text() == minipack.article.text
    assert view.marks() == [Mark(0, 4, "claim")]
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["Cats"]
    for _ in range(40):
        view.zoom_out()
    assert view.zoom == -6  # bounded


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(qtbot, minipack):
    view = make_view(qtbot, minipack.article)

    def wheel(modifiers):
        event = QWheelEvent(
            QPointF(50, 50),
            QPointF(view.viewport().mapToGlobal(QPoint(50, 50))),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    with qtbot.waitSignal(view.zoomChanged):
        wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom == 1


def test_zoom_keeps_the_selection(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    view.select_span(5, 9)
    view.zoom_in()
    assert view.raw_selection() == (5, 9)


# -- marks --------------------------------------------------------------------------------


def test_marks_are_drawn_over_the_text_without_changing_it(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    claim = (*offsets_of(text, "Cats make cities better."), "claim")
    evidence = (*offsets_of(text, "A survey of 400 households"), "evidence")
    view.set_marks([claim, evidence])
    assert view.plain_text() == text
    selections = view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == [
        "Cats make cities better.",
        "A survey of 400 households",
    ]
    first, second = (s.format.background().color() for s in selections)
    assert first != second  # the labels' colours
    assert first.red() > first.blue() and second.blue() > second.red()
    with pytest.raises(ValueError):
        view.set_marks([(0, len(text) + 5, "claim")])


def test_overlapping_marks_with_different_labels_both_show(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    outer = (*offsets_of(text, "A survey of 400 households found that"), "evidence")
    inner = (*offsets_of(text, "400 households"), "claim")
    view.set_marks([outer, inner])
    selections = view.extraSelections()
    pieces = [s.cursor.selectedText() for s in selections]
    assert pieces == ["A survey of ", "400 households", " found that"]
    backgrounds = {s.cursor.selectedText(): s.format.background().color() for s in selections}
    # The shared stretch keeps the outer mark's background ...
    assert backgrounds["400 households"] == backgrounds["A survey of "]
    # ... and gets the inner mark's underline (drawn by the view) and both tags.
    shared = next(s for s in view._segments if text[s.start : s.end] == "400 households")
    assert shared.outer.label == "evidence" and shared.inner.label == "claim"
    tip = view.describe_at(text.index("households"))
    assert "Claim" in tip and "Evidence" in tip
    assert view.marks_at(text.index("households"))[0].label == "claim"  # innermost first


def test_the_same_span_under_two_labels_shows_both(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    span = offsets_of(text, "Dogs, by contrast, need walks.")
    view.set_marks([(*span, "claim"), (*span, "evidence")])
    (segment,) = view._segments
    assert {segment.outer.label, segment.inner.label} == {"claim", "evidence"}


@pytest.mark.parametrize(
    ("base", "ink"), [("#ffffff", "#1a1a1a"), ("#1b1b1d", "#e8eaed"), ("#fdf6e3", "#586e75")]
)
def test_mark_backgrounds_keep_the_text_legible(qtbot, minipack, base, ink):
    view = make_view(qtbot, minipack.article)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(ink))
    view.setPalette(palette)
    view.set_labels([*LABELS, Label("analogy", "Analogy", "#f0e442"), Label("x", "X", "#000000")])
    view.set_marks([(0, 4, "claim"), (5, 9, "evidence"), (10, 16, "analogy"), (17, 24, "x")])
    # AA contrast is kept whenever the page has room for a tint (its own contrast is at
    # least 7:1); on a low-contrast page a tint costs at most 15% of it.
    own = contrast(QColor(ink), QColor(base))
    selections = view.extraSelections()
    assert len(selections) == 4
    for selection in selections:
        background = selection.format.background().color()
        assert background != QColor(base)
        if own >= 7:
            assert contrast(QColor(ink), background) >= TEXT_CONTRAST
        else:
            assert contrast(QColor(ink), background) >= 0.85 * own


def test_a_dark_palette_rebuilds_with_the_same_text(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    view.set_marks([(0, 4, "claim")])
    selections = view.extraSelections()
    light = selections[0].format.background().color()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#151515"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    selections = view.extraSelections()
    dark = selections[0].format.background().color()
    assert dark.lightness() < light.lightness()
    assert view.plain_text() == minipack.article.text
    view.viewport().grab()  # paints margin, tags and underlines on the dark page


# -- text outside the Basic Multilingual Plane ----------------------------------------------


def test_offsets_stay_code_points_after_an_emoji(qtbot):
    article = article_from_markdown("# 🐈 Cats\n\nThe 😀 cat 🐈‍⬛ sat on the **mat** today.")
    text = article.text
    view = make_view(qtbot, article)
    assert view.plain_text() == text
    mat = offsets_of(text, "mat")
    view.set_marks([(*mat, "claim")])
    assert view.extraSelections()[0].cursor.selectedText() == "mat"
    # Select "at" of "mat" with Qt positions; the core's offsets come back.
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.textmap.to_qt(mat[0] + 1))
    cursor.setPosition(view.textmap.to_qt(mat[1]), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectionStart() > mat[0] + 1  # Qt counts the emoji twice
    assert view.current_selection() == mat
    sat = text.index("sat")
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        point_at(view, sat),
    )
    start, end = view.current_selection()
    assert text[start:end] == "The 😀 cat 🐈‍⬛ sat on the mat today."


# -- feedback -----------------------------------------------------------------------------


def minipack_feedback(minipack, marks):
    exercise = minipack.lessons[0].exercise("marks")
    result = score_spans(
        minipack.article.text,
        exercise.key,
        [Span(*mark) for mark in marks],
        theta=exercise.theta,
        label_credit=minipack.label_credit,
    )
    return result.outcomes


def test_feedback_from_the_scoring_core_is_shown_and_explained(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    claim = (*offsets_of(text, "Cats make cities better."), "evidence")  # wrong label
    extra = (*offsets_of(text, "Dogs, by contrast"), "claim")
    view.set_marks([claim, extra])
    outcomes = minipack_feedback(minipack, [claim, extra])
    view.set_feedback(outcomes)
    kinds = sorted(item.kind for item in view.feedback())
    assert kinds == ["extra", "missed", "wrong_label"]
    wrong = view.describe_at(text.index("cities"))
    assert "Wrong label" in wrong and "Claim" in wrong and "main claim" in wrong
    missed = view.describe_at(text.index("households"))
    assert "Missed" in missed and "statistic offered as support" in missed
    assert "Not in the key" in view.describe_at(text.index("contrast"))
    assert view.describe_at(text.index("walks")) == ""
    view.viewport().grab()  # outlines and badges paint without error
    view.set_feedback([])
    assert "Wrong label" not in view.describe_at(text.index("cities"))


def test_partial_feedback_quotes_the_key(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    mark = (*offsets_of(text, "A survey of 400 households found that 61%"), "evidence")
    key = Mark(
        *offsets_of(text, "A survey of 400 households found that 61% of cat owners felt calmer."),
        "evidence",
    )
    view.set_marks([mark])
    view.set_feedback([FeedbackItem("partial", mark, key, "Include the result.")])
    tip = view.describe_at(text.index("survey"))
    assert "Nearly" in tip and "Include the result" in tip
    assert "missing words: “of cat owners felt calmer”" in tip  # what to add, not the whole key
    with pytest.raises(ValueError):
        FeedbackItem("great", mark)
    with pytest.raises(ValueError):
        FeedbackItem("hit")


def test_hovering_a_mark_shows_its_tooltip(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    view.set_marks([(*offsets_of(text, "Cats make cities better."), "claim")])
    point = point_at(view, text.index("cities"))
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    assert "Claim" in QToolTip.text()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    far = point_at(view, text.index("walks"))
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, far, view.viewport().mapToGlobal(far)))
    assert not QToolTip.isVisible() or "Claim" not in QToolTip.text()


def test_the_cursor_reports_the_mark_it_is_in(qtbot, minipack):
    text = minipack.article.text
    view = make_view(qtbot, minipack.article)
    view.set_marks([(*offsets_of(text, "Cats make cities better."), "claim")])
    with qtbot.waitSignal(view.cursorInfoChanged) as signal:
        view.select_span(text.index("cities"), text.index("cities"))
    assert "Claim" in signal.args[0] and "<b>" not in signal.args[0]


# -- keyboard, accessibility, scrolling -------------------------------------------------------


def test_the_view_is_named_and_reachable_by_keyboard(qtbot, minipack):
    view = make_view(qtbot, minipack.article)
    assert view.accessibleName()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.isReadOnly()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert view.tabChangesFocus()


def test_the_scroll_position_can_be_saved_and_restored(qtbot):
    article = article_from_markdown(
        "\n\n".join(f"Paragraph {n} has some words." for n in range(200))
    )
    view = make_view(qtbot, article, height=300)
    target = article.text.index("Paragraph 120")
    view.scroll_to_offset(target)
    assert view.verticalScrollBar().value() > 0
    top = view.first_visible_offset()
    assert abs(top - target) < 40
    view.verticalScrollBar().setValue(0)
    view.scroll_to_offset(top)
    assert abs(view.first_visible_offset() - top) < 40
    hidden = ArticleView()
    qtbot.addWidget(hidden)
    hidden.set_article(article)
    hidden.resize(500, 300)
    hidden.scroll_to_offset(target)  # before it is shown: applied once it is
    hidden.show()
    qtbot.waitUntil(lambda: hidden.verticalScrollBar().value() > 0)
    assert abs(hidden.first_visible_offset() - target) < 40


def test_zooming_before_the_view_is_shown_keeps_it_at_the_top(qtbot):
    paragraphs = (f"Paragraph {n} has some words." for n in range(200))
    article = article_from_markdown("\n\n".join(paragraphs))
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article)
    view.set_zoom(2)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    assert view.verticalScrollBar().value() == 0
    assert view.first_visible_offset() == 0
