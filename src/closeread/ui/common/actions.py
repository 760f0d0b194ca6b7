"""Menu and toolbar actions named for screen readers, with the shortcut in the tooltip.

The main window's menus and the pack editor's build theirs the same way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&[^&][)）]")


def without_mnemonic(text: str) -> str:
    """``text`` as it is read aloud or listed: no Alt-key marker, whether it is written
    "&File" or, as Chinese writes it, "文件(&F)"; "&&" stays one "&"."""
    text = _BRACKETED_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def make_action(window: QMainWindow, text: str, keys=(), slot=None, name: str = "") -> QAction:
    """An action named for screen readers, with its shortcut in the tooltip."""
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
    elif keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    spoken = name or without_mnemonic(text).replace("…", "")
    action.setObjectName(spoken.lower().replace(" ", "_"))
    action.setToolTip(spoken)
    action.setStatusTip(spoken)
    if action.shortcuts():
        keys_text = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{spoken} ({keys_text})")
    if slot is not None:
        action.triggered.connect(slot)
    return action


def submenus(widget: QWidget) -> list[QMenu]:
    """The menus ``widget`` (a menu bar or a menu) shows, in the order it shows them.

    Found among its children rather than through ``QAction.menu()``, whose wrapper
    PySide6 6.10.0 hands back with its menu already let go of.
    """
    own = widget.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    shown = [(menu.menuAction(), menu) for menu in own]
    return [menu for action in widget.actions() for entry, menu in shown if entry is action]


def submenu(widget: QWidget, title: str) -> QMenu:
    """The menu of ``widget`` whose title is ``title`` ("&Help")."""
    return next(menu for menu in submenus(widget) if menu.title() == title)
