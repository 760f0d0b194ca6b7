"""The rows of the keyboard-shortcuts dialog (F1): read off the menus themselves, so a
new command is listed as soon as it has a shortcut, then the article's and the panel's own
keys, which belong to no menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenuBar

from closeread.ui.common.actions import submenus, without_mnemonic
from closeread.ui.common.i18n import translate


def typed(keys: QKeySequence) -> bool:
    """Whether a shortcut can be typed on an ordinary keyboard (not a media key such as
    the "Open" key a standard shortcut brings along on Linux)."""
    # QKeySequence is indexable (its first key combination); PySide6's stub says not.
    return keys.count() > 0 and keys[0].key() < Qt.Key.Key_Back  # type: ignore[index]


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts dialog: every menu command with a shortcut,
    in menu order (so a new command is listed as soon as it is in a menu), then the keys
    of the article and the exercise panel."""
    rows = []
    menus = submenus(bar)
    while menus:
        menu = menus.pop(0)
        inner = {inside.menuAction(): inside for inside in submenus(menu)}
        for action in menu.actions():
            if action in inner:
                menus.insert(0, inner[action])
                continue
            shown = [k for k in action.shortcuts() if typed(k)]
            if shown:
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)
                rows.append((keys, action.statusTip() or without_mnemonic(action.text())))
    rows += [
        (translate("menus", "Shift+Arrows"), translate("menus", "Select words in the article")),
        (translate("menus", "Ctrl+Shift+Arrows"), translate("menus", "Select word by word")),
        (translate("menus", "Ctrl+Click"), translate("menus", "Select a whole sentence")),
        (
            translate("menus", "1 … 9"),
            translate(
                "menus", "Label the selection (each label's number, the same in every exercise)"
            ),
        ),
        (translate("menus", "Delete"), translate("menus", "Remove the mark at the cursor")),
        (translate("menus", "Ctrl+Z"), translate("menus", "Undo the last change to your marks")),
        (
            translate("menus", "Ctrl+Shift+Z, Ctrl+Y"),
            translate("menus", "Redo the change you undid"),
        ),
        (translate("menus", "Ctrl+Enter"), translate("menus", "Check your answer")),
        (
            translate("menus", "Up, Down, Space"),
            translate("menus", "In the checked marks: show each in the article; open Why"),
        ),
        (translate("menus", "Tab, Shift+Tab"), translate("menus", "Move between controls")),
    ]
    return rows
