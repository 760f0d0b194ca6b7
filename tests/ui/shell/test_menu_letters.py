"""Alt-key letters: in every language, no two commands of one menu (or the menu bar)
share a letter, so Alt+letter always does one thing."""

from __future__ import annotations

import re

import pytest
from app_support import translated

from closeread.core.store.store import Store
from closeread.ui.common.actions import submenus
from closeread.ui.shell.main_window import MainWindow

LETTER = re.compile(r"&([^&])")


def clashes(menu) -> list[str]:
    letters: dict[str, list[str]] = {}
    for action in menu.actions():
        found = LETTER.search(action.text())
        if found:
            letters.setdefault(found.group(1).casefold(), []).append(action.text())
    own = [f"{menu.title() or 'menu bar'}: {texts}" for texts in letters.values() if len(texts) > 1]
    return own + [clash for inner in submenus(menu) for clash in clashes(inner)]


@pytest.mark.parametrize("language", ["en", "es", "zh_CN"])
def test_no_two_commands_of_a_menu_share_an_alt_letter(qapp, qtbot, tmp_path, language):
    with translated(qapp, language):
        store = Store.open(tmp_path)
        window = MainWindow(store, store.roster.add_student("Alex Chen", "9B"))
        qtbot.addWidget(window)
        titles = [menu.title() for menu in submenus(window.menuBar())]
        assert len(titles) == 5, titles  # File, View, Go, Teacher, Help
        assert clashes(window.menuBar()) == []
        window.close()
        store.close()


def test_a_shared_letter_is_found(qapp):
    from PySide6.QtWidgets import QMenu

    menu = QMenu("&Go")
    menu.addAction("&Next Exercise")
    menu.addAction("Next Pa&ne")
    inner = menu.addMenu("&Inner")
    inner.addAction("&Follow the System")
    inner.addAction("O&ff")
    assert len(clashes(menu)) == 2
