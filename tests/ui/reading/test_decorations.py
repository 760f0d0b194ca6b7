"""Tags and feedback badges on the article: each clear of the letters and of the others."""

import itertools

import pytest
from PySide6.QtGui import QFontMetricsF

from closeread.core.pack.model import Label
from closeread.core.pack.rendering import article_from_markdown
from closeread.ui.reading.overlay import FeedbackItem
from closeread.ui.reading.reader import ArticleView

LABELS = (
    Label("claim", "Claim", "#d55e00", number=1),
    Label("evidence", "Evidence", "#0072b2", number=2),
)
TEXT = (
    "Cats make cities better. A survey found calm owners. So it is. "
    "Dogs need walks, the author says, and cats do not, which is why the city "
    "suits them well and why this sentence goes on long enough to wrap twice."
)


def spans(text, *phrases):
    return [(text.index(p), text.index(p) + len(p)) for p in phrases]


def letter_bands(view):
    """(top, bottom) of the letters of every line in view: from the top of the capitals
    to the bottom of the descenders, in viewport coordinates."""
    metrics = QFontMetricsF(view.document().defaultFont())
    layout = view.document().documentLayout()
    scroll = view.verticalScrollBar().value()
    bands = []
    block = view.document().begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top() - scroll
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            baseline = origin + line.y() + line.ascent()
            bands.append((baseline - metrics.capHeight(), origin + line.y() + line.height()))
        block = block.next()
    return bands


@pytest.mark.parametrize("zoom", [0, 4])
def test_badges_overlap_neither_each_other_nor_the_letters(qtbot, zoom):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_labels(LABELS)
    view.set_article(article_from_markdown(TEXT))
    view.resize(520, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(zoom)
    text = view.article.text
    (c1, c2), (e1, e2), (s1, s2), (w1, w2) = spans(
        text, "Cats make cities better.", "A survey found calm owners.", "So", "it is."
    )
    marks = [(c1, c2, "claim"), (e1, e2, "evidence"), (s1, s2, "claim"), (w1, w2, "evidence")]
    view.set_marks(marks)
    view.set_feedback(
        [
            FeedbackItem("hit", marks[0]),
            FeedbackItem("partial", marks[1]),
            FeedbackItem("extra", marks[2]),
            FeedbackItem("wrong_label", marks[3]),
        ]
    )
    view.viewport().grab()
    badges = view.painted_badges
    assert len(badges) == 8  # a tag and an outcome for each mark
    for first, second in itertools.combinations(badges, 2):
        assert not first.intersects(second), (first, second)
    bands = letter_bands(view)
    for badge in badges:
        assert badge.height() >= 9
        for top, bottom in bands:
            assert badge.bottom() <= top or badge.top() >= bottom, "a badge covers letters"
