"""Text from outside CloseRead, shown exactly as typed: the one way it reaches a widget.

Packs and hand-ins come from other people, and so do the names of their files. Qt decides
by itself whether a string is rich text: a QLabel's default format, a message box's text
and every tooltip are read as HTML when they look like it (``Qt.mightBeRichText``). An
``<img>`` in them makes Qt's own loader read a file from the disk (``/dev/zero`` never
ends), and any other tag changes what is shown. So outside text goes to Qt only through:

- :func:`plain_label` (or :func:`make_plain`): a label whose whole text may come from
  outside, shown as plain text;
- :func:`escaped`: outside text put inside CloseRead's own rich text;
- :func:`plain_tooltip`: a tooltip, which Qt always detects by itself;
- :func:`plain_question`: a yes-or-no message box whose text may name outside things.

Pack Markdown is another matter: it is rendered and sanitised by
:mod:`closeread.core.pack.rendering`, and its pictures come from the pack only.
``tests/ui/test_hostile_text.py`` walks every screen with a hostile pack and hand-in.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

AnyLabel = TypeVar("AnyLabel", bound=QLabel)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as typed."""
    return make_plain(QLabel(text, parent))


def make_plain(label: AnyLabel) -> AnyLabel:
    """``label``, made to show its text as typed, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def escaped(text: str) -> str:
    """``text`` to put inside rich text, shown as typed, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as typed; "" for no tooltip.

    A tooltip has no format of its own, so the text is escaped and wrapped in a paragraph:
    rich text that shows exactly the characters given."""
    return f"<p>{escaped(text)}</p>" if text else ""


def plain_question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` with ``text`` shown as typed: the button chosen (Escape
    chooses Cancel, else No, as Qt's own question does)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None:
        return box.standardButton(clicked)
    cancel = QMessageBox.StandardButton.Cancel
    return cancel if buttons & cancel else QMessageBox.StandardButton.No
