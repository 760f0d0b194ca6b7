""" "Words to know": each term's definition in plain words, for its tooltip and for a screen
reader, is the definition's Markdown read as text, and it is made only when asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from closeread.core.pack.glossary import first_uses
from closeread.core.pack.model import GlossaryEntry
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.exercises import lesson_aids
from closeread.ui.exercises.lesson_aids import WordsToKnow
from closeread.ui.reading.glossary import definition_text

TEXT = "Norms, a survey & the zebra: a <b>tag</b> and some tu quoque."
GLOSSARY = (
    GlossaryEntry("norms", "Rules most people **follow**.", ("norms",)),
    GlossaryEntry("survey", "Asking *many*\npeople   the same\n\nquestions.", ("survey",)),
    GlossaryEntry("zebra", "A striped horse & <i>not</i> a tag: `x < y`.", ("zebra",)),
    GlossaryEntry("tag", "1. one\n2. two\n\n> quoted [link](page.md)", ("tag",)),
    GlossaryEntry("tu quoque", "\\*Not\\* emphasis; ![a picture](cat.png) here.", ("tu quoque",)),
)


def make_words(qtbot) -> WordsToKnow:
    words = WordsToKnow()
    qtbot.addWidget(words)
    words.set_uses(first_uses(TEXT, GLOSSARY), None)
    return words


def test_each_terms_words_are_its_definition_as_plain_text(qtbot):
    words = make_words(qtbot)
    model = words.list.model()
    assert words.list.count() == len(GLOSSARY)
    for row in range(words.list.count()):
        item = words.list.item(row)
        entry = next(e for e in GLOSSARY if e.term == item.text())
        expected = definition_text(entry)
        assert expected  # every definition says something
        assert item.toolTip() == plain_tooltip(expected)
        assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == expected
        index = model.index(row, 0)  # what the view and a screen reader ask of the model
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == plain_tooltip(expected)
        assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == expected
        assert model.data(index, Qt.ItemDataRole.DisplayRole) == entry.term
    assert words.list.item(2).toolTip() == plain_tooltip(
        "A striped horse & <i>not</i> a tag: x < y."
    )


def test_a_definition_is_rendered_when_asked_for_and_only_once(qtbot, monkeypatch):
    asked = []

    def counting(entry: GlossaryEntry) -> str:
        asked.append(entry.term)
        return definition_text(entry)

    monkeypatch.setattr(lesson_aids, "definition_text", counting)
    words = make_words(qtbot)
    words.show()
    qtbot.waitExposed(words)
    assert asked == []  # listing the terms and showing the first definition renders none
    item = words.list.item(1)
    tooltip = item.toolTip()
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) in tooltip
    assert asked == [item.text()]
