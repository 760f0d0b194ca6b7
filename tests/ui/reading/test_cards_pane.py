"""The source cards pane: a card chosen while the pane is hidden is shown when it opens."""

from __future__ import annotations

from closeread.core.pack.model import CardSource, SourceCard
from closeread.ui.reading import cards_pane
from closeread.ui.reading.cards_pane import CardsPane

CARDS = (
    SourceCard("paper", "What is The Daily Test?", "A *made-up* paper [1].", (CardSource("Us"),)),
    SourceCard("survey", "Who ran the survey?", "Nobody **knows** [1].", ()),
)


def test_a_hidden_pane_renders_its_card_when_first_shown(qtbot, monkeypatch):
    rendered = []
    real = cards_pane.MarkdownView.set_markdown

    def counting(view, text: str) -> None:
        rendered.append(text)
        real(view, text)

    monkeypatch.setattr(cards_pane.MarkdownView, "set_markdown", counting)
    pane = CardsPane()
    qtbot.addWidget(pane)
    pane.set_cards(CARDS, None)
    assert pane.current_card() == "paper"  # chosen at once...
    assert rendered == [] and pane.title.text() == ""  # ...rendered only when seen

    pane.show()
    qtbot.waitExposed(pane)
    assert rendered == ["A *made-up* paper [1]."]
    assert pane.title.text() == "What is The Daily Test?"
    assert "A made-up paper [1]." in pane.body.toPlainText()
    assert pane.sources.text() == "[1] Us"

    pane.show_card("survey")  # shown at once while the pane is open
    assert pane.title.text() == "Who ran the survey?"
    assert "Nobody knows [1]." in pane.body.toPlainText()
    assert pane.sources.text() == "No source is given."


def test_the_card_chosen_last_while_hidden_is_the_one_shown(qtbot):
    pane = CardsPane()
    qtbot.addWidget(pane)
    pane.set_cards(CARDS, None)
    pane.show()
    qtbot.waitExposed(pane)
    pane.hide()
    assert pane.show_card("survey")  # chosen while hidden: the paper is still on the page
    assert pane.title.text() == "What is The Daily Test?"
    pane.show()
    assert pane.title.text() == "Who ran the survey?"
    assert "Nobody knows [1]." in pane.body.toPlainText()
    assert pane.body.accessibleName() == "Who ran the survey?"

    pane.hide()
    pane.set_cards((), None)  # a pack without cards
    pane.show()
    assert pane.empty.isVisible() and not pane.title.isVisible()
    assert pane.body.toPlainText() == ""
