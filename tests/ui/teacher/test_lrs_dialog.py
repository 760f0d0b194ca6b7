"""Send to a Learning Record Store… from the dashboard, as a teacher does it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from teacher_support import make_class

sys.path.insert(0, str(Path(__file__).parents[2] / "core"))
from ralph_lrs import PASSWORD, USER, Ralph, free_port

from closeread.ui.common.actions import submenus
from closeread.ui.teacher.dashboard import DashboardWindow
from closeread.ui.teacher.lrs_dialog import SendDialog, add_send_action

BASE, HOME = "https://school.example/closeread/", "https://school.example/"


@pytest.fixture
def dashboard(qtbot, store):
    store.outbox.configure(BASE, HOME)
    _store, pack, _people = make_class(store)
    window = DashboardWindow(store, pack.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    add_send_action(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_dialog(qtbot, window) -> SendDialog:
    action = window.findChild(QAction, "sendToLrsAction")
    action.trigger()
    dialog = window.send_dialog
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog, address, user, password):
    for field, text in (
        (dialog.address, address),
        (dialog.user, user),
        (dialog.password, password),
    ):
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_file_menu_has_the_item_among_the_exports(dashboard):
    menu = submenus(dashboard.menuBar())[0]
    texts = [action.text() for action in menu.actions()]
    place = texts.index("Send to a &Learning Record Store…")
    assert texts[place - 1] == "&Export" and menu.actions()[place + 1].isSeparator()


def test_the_dialog_sends_the_class_to_ralph_and_says_what_it_did(qtbot, dashboard, tmp_path):
    store = dashboard.store
    pending = store.outbox.state().pending
    assert pending > 0
    ralph = Ralph(tmp_path / "ralph")
    try:
        dialog = open_dialog(qtbot, dashboard)
        assert dialog.base_iri.text() == BASE and dialog.home_page.text() == HOME
        assert f"{pending} statements to send" in dialog.queue.text()
        fill(qtbot, dialog, ralph.endpoint, USER, PASSWORD)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=60_000)
    finally:
        ralph.stop()
    assert dialog.outcome.toPlainText().splitlines()[:2] == [
        f"sent {pending} statements",
        "pending 0 statements",
    ]
    assert store.outbox.state().sent == pending
    assert "0 statements to send" in dialog.queue.text()
    assert store.roster.get_setting("xapi.lrs_url") == ralph.endpoint


def test_a_wrong_address_or_no_answer_is_said_plainly_and_nothing_is_lost(qtbot, dashboard):
    store = dashboard.store
    pending = store.outbox.state().pending
    dialog = open_dialog(qtbot, dashboard)
    fill(qtbot, dialog, "lrs.school.example", "t", "p")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "must start with http://" in dialog.outcome.toPlainText()
    fill(qtbot, dialog, f"http://127.0.0.1:{free_port()}/xAPI/", "t", "")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "Give the user and the password" in dialog.outcome.toPlainText()
    dialog.home_page.clear()
    qtbot.keyClicks(dialog.home_page, "school")
    fill(qtbot, dialog, f"http://127.0.0.1:{free_port()}/xAPI/", "t", "p")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "The home page must be a web address" in dialog.outcome.toPlainText()
    assert store.outbox.settings().home_page == HOME  # unchanged
    assert store.outbox.state().pending == pending
