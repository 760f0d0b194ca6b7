"""Source cards beside the article, the glossary's "Words to know" and the discussion
prompts, in the main window as a student uses them (keyboard first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_support import data_dir, shown_with_the_keys, wait_for_pack
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.core.store.store import Store
from closeread.ui.reading.glossary import DefinitionPopup
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.prefs import Prefs
from closeread.ui.shell.shortcut_list import shortcut_rows

CARDPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "cardpack"
FILLER = "Paragraph {n}. A plain sentence that fills the page so that the article scrolls."


@pytest.fixture
def store():
    opened = Store.open(data_dir())
    yield opened
    opened.close()


@pytest.fixture
def student(store):
    return store.roster.add_student("Alex Chen", "9B")


def open_window(qtbot, store, student, pack: Path) -> MainWindow:
    window = MainWindow(store, student)
    qtbot.addWidget(window)
    shown_with_the_keys(qtbot, window)
    window.open_pack_path(pack)
    wait_for_pack(qtbot, window)
    return window


def focused():
    return QApplication.focusWidget()


def test_the_pane_is_made_the_first_time_it_is_wanted(qtbot, store, student):
    """Not with the window: by its shortcut (F6 passes it by until then), or by an
    exercise that names a card."""
    window = open_window(qtbot, store, student, CARDPACK)
    assert window.aids.made is None
    window.actions.zoom_in.trigger()
    window.article.setFocus()
    qtbot.waitUntil(window.article.hasFocus)  # (the window has the keys)
    qtbot.keyClick(window.article, Qt.Key.Key_F6)  # no pane yet: the next one is the lesson's
    assert window.aids.made is None and window.lesson.isAncestorOf(focused())
    window.article.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.article, Qt.Key.Key_C, modifiers)
    pane = window.aids.made
    assert pane is not None and pane.isVisible()
    qtbot.waitUntil(lambda: focused() is not None and pane.isAncestorOf(focused()))
    zoomed = window.lesson.font().pointSizeF()
    assert zoomed > QApplication.font().pointSizeF()
    assert pane.font().pointSizeF() == zoomed  # the zoom reaches it
    window.close()

    again = MainWindow(store, student)  # the student closed it before: not made at the start
    qtbot.addWidget(again)
    again.aids.set_open(False)
    again.show()
    again.open_pack_path(CARDPACK)
    wait_for_pack(qtbot, again)
    assert again.aids.made is None
    again.go(Place("one", "marks"))  # names the card "the-survey"
    assert again.aids.made is not None and again.aids.made.current_card() == "the-survey"


def test_an_exercise_with_a_card_opens_the_pane_at_that_card(qtbot, store, student):
    window = open_window(qtbot, store, student, CARDPACK)
    pane = window.aids.pane
    assert window.place == Place("one", None) and not pane.isVisible()
    window.go(Place("one", "marks"))  # card = "the-survey"
    assert pane.isVisible() and pane.current_card() == "the-survey"
    assert pane.title.text() == "Who ran the survey?"
    assert "We could not confirm who ran the survey" in pane.body.toPlainText()
    assert pane.sources.text() == "[1] The article itself, paragraph 1"
    assert window.actions.source_cards.isChecked()
    assert window.aids.splitter.indexOf(window.article) == 0  # beside the article
    assert window.aids.splitter.indexOf(pane) == 1
    qtbot.waitUntil(lambda: pane.list.verticalScrollBar().maximum() == 0)  # both titles show

    window.go(Place("one", "pick"))  # card = "daily-test"
    assert pane.current_card() == "daily-test"
    assert pane.sources.text() == (
        '[1] The Daily Test, "About us", dailytest.invalid. accessed 2024-05-01. '
        "https://dailytest.invalid/about\n\n"
        '[2] A. Editor, "Twenty years of pets", The Daily Test. 2023-03-14'
    )
    assert pane.sources.textFormat() == Qt.TextFormat.PlainText  # a URL is never a link
    window.go(Place("one", "why"))  # no card: the pane it opened by itself closes
    assert not pane.isVisible() and not window.actions.source_cards.isChecked()


def test_view_source_cards_toggles_the_pane_by_keyboard_and_is_remembered(qtbot, store, student):
    window = open_window(qtbot, store, student, CARDPACK)
    pane, action = window.aids.pane, window.actions.source_cards
    assert action.text() == "Source &Cards" and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert ("Ctrl+Shift+C", "Show the source cards") in shortcut_rows(window.menuBar())
    assert ("Ctrl+D", "Define the glossary word at the cursor") in shortcut_rows(window.menuBar())

    window.article.setFocus()
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.isVisible() and action.isChecked()
    qtbot.waitUntil(lambda: focused() is not None and pane.isAncestorOf(focused()))
    assert Prefs(data_dir()).cards_layout()[0] is True  # saved at once
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)  # the second card
    assert pane.current_card() == "the-survey"

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # closes it; back to the article
    assert not pane.isVisible() and not action.isChecked()
    assert focused() is window.article
    assert Prefs(data_dir()).cards_layout()[0] is False

    action.trigger()  # through the menu: open again, and F6 reaches it
    assert pane.isVisible()
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_F6)
    assert pane.isAncestorOf(focused())
    pane.close_button.click()
    assert not pane.isVisible()

    action.trigger()
    sizes = window.aids.splitter.sizes()
    window.close()
    again = open_window(qtbot, store, student, CARDPACK)
    assert again.aids.pane.isVisible()  # open again, as the student left it
    assert again.actions.source_cards.isChecked()
    assert Prefs(data_dir()).cards_layout() == (True, sizes)  # its width too


def test_a_pack_without_cards_has_the_action_off(qtbot, store, student, tmp_path):
    plain = tmp_path / "plain"
    shutil.copytree(Path(__file__).resolve().parents[2] / "core" / "fixtures" / "minipack", plain)
    window = open_window(qtbot, store, student, plain)
    assert not window.actions.source_cards.isEnabled()
    window.aids.set_open(True)
    assert not window.aids.pane.isVisible()


def long_cardpack(folder: Path) -> Path:
    """The card pack with filler paragraphs, and a term first used only at the end."""
    root = folder / "longcards"
    shutil.copytree(CARDPACK, root)
    article = root / "article.md"
    filler = "\n\n".join(FILLER.format(n=n) for n in range(1, 60))
    ending = "\n\nAt the very end, a zebra crosses the road.\n"
    article.write_text(article.read_text(encoding="utf-8") + "\n\n" + filler + ending, "utf-8")
    toml = root / "pack.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8")
        + '\n[[glossary]]\nterm = "zebra"\ndefinition = "A striped **horse** of Africa."\n',
        "utf-8",
    )
    return root


def test_words_to_know_enter_scrolls_the_article_and_shows_the_definition(
    qtbot, store, student, tmp_path
):
    window = open_window(qtbot, store, student, long_cardpack(tmp_path))
    words = window.lesson.words
    assert words is not None and words.isVisible()
    terms = [words.list.item(row).text() for row in range(words.list.count())]
    assert terms == ["survey", "household", "by contrast", "zebra"]  # the article's order
    assert "many people" in words.definition.toPlainText()  # the first one's definition
    qtbot.waitUntil(lambda: words.list.height() >= words.list.sizeHint().height())
    assert words.list.verticalScrollBar().maximum() == 0  # every term shows, none cut off
    assert window.article.verticalScrollBar().value() == 0

    words.list.setFocus()
    words.list.setCurrentRow(3)
    assert "A striped horse of Africa." in words.definition.toPlainText()
    item = words.list.item(3)
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "A striped horse of Africa."
    qtbot.keyClick(words.list, Qt.Key.Key_Return)
    popup = window.article.findChild(DefinitionPopup)
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.accessibleName() == "Definition of zebra"
    text = window.article.article.text
    zebra = text.index("zebra")
    assert window.article.verticalScrollBar().value() > 0  # scrolled to its first use
    rect = window.article.cursorRect(window.article._cursor_at(window.article.textmap.to_qt(zebra)))
    assert window.article.viewport().rect().contains(rect)
    qtbot.waitUntil(lambda: focused() is popup)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.waitUntil(lambda: focused() is words.list)  # back where the student was


def test_define_word_at_cursor_by_keyboard(qtbot, store, student):
    window = open_window(qtbot, store, student, CARDPACK)
    text = window.article.article.text
    window.article.setFocus()
    window.article.select_span(text.index("Survey once") + 1, text.index("Survey once") + 1)
    qtbot.keyClick(window.article, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    popup = window.article.findChild(DefinitionPopup)
    assert popup is not None and popup.entry.term == "survey"
    popup.close()
    window.article.select_span(text.index("Dogs"), text.index("Dogs"))
    qtbot.keyClick(window.article, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "The cursor is not on a word of the glossary."


def test_the_discussion_prompts_end_the_lesson_page(qtbot, store, student):
    window = open_window(qtbot, store, student, CARDPACK)
    talk = window.lesson.talk
    assert talk is not None and talk.isVisible()
    shown = talk.prompts.toPlainText()
    assert "Would you trust a survey of 400 households?" in shown
    assert "Where could you check who publishes The Daily Test?" in shown
    assert "<b>survey</b>" in talk.prompts.toHtml() or "font-weight" in talk.prompts.toHtml()
    layout = window.lesson._intro_layout
    order = [layout.itemAt(index).widget() for index in range(layout.count())]
    assert order.index(window.lesson.words) < order.index(talk)  # "Talk about it" last
    assert order.index(window.lesson.start_button) < order.index(window.lesson.words)
