"""Outside text reaches Qt as plain text through one module, and only through it."""

from __future__ import annotations

import re
from pathlib import Path

from app_support import ModalWatcher
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from closeread.ui.common.outside_text import (
    escaped,
    make_plain,
    plain_label,
    plain_question,
    plain_tooltip,
)

UI = Path(__file__).resolve().parents[3] / "src" / "closeread" / "ui"
HOSTILE = '<img src="file:///dev/zero"><b style="font-size:200px">Ada & Bo</b>\nline two'
Button = QMessageBox.StandardButton


def shown(rich: str) -> str:
    """What Qt shows for ``rich`` read as HTML."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_labels_show_outside_text_as_typed(qtbot):
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HOSTILE
    assert make_plain(QLabel()).textFormat() == Qt.TextFormat.PlainText


def test_escaped_text_and_tooltips_read_as_html_show_the_characters_typed(qtbot):
    assert "<img" not in escaped(HOSTILE) and "<b " not in escaped(HOSTILE)
    assert shown(escaped(HOSTILE)) == HOSTILE  # its line break too
    tip = plain_tooltip(HOSTILE)
    assert QtGui.Qt.mightBeRichText(tip)  # so Qt reads it as the escaped text it is
    assert shown(tip) == HOSTILE
    assert plain_tooltip("") == ""  # no tooltip at all


def test_a_question_shows_its_text_as_typed_and_returns_the_button_chosen(qtbot):
    formats = []

    def answer(box: QMessageBox) -> None:
        formats.append((box.textFormat(), box.text(), box.defaultButton() is box.button(Button.No)))
        box.button(Button.Yes).click()

    watcher = ModalWatcher(QMessageBox, answer)
    assert (
        plain_question(None, "Replace?", HOSTILE, Button.Yes | Button.No, Button.No) == Button.Yes
    )
    watcher.stop()
    assert formats == [(Qt.TextFormat.PlainText, HOSTILE, True)]

    watcher = ModalWatcher(QMessageBox, lambda box: box.reject())  # Escape, or the close box
    chosen = plain_question(
        None, "Save?", "x", Button.Save | Button.Discard | Button.Cancel, Button.Save
    )
    watcher.stop()
    assert chosen == Button.Cancel


def test_the_ui_escapes_and_asks_only_through_outside_text():
    """``html.escape`` and Qt's static message boxes (which guess the format) are not
    used anywhere else in the UI: the rule stays in one place."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "outside_text.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"\bhtml\.escape\(|QMessageBox\.(question|information|warning|critical)\(", line
            ):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []
