"""Menu and toolbar actions named for screen readers, with the shortcut in the tooltip.

The main window's menus and the pack editor's build theirs the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def make_action(window: QMainWindow, text: str, keys=(), slot=None, name: str = "") -> QAction:
    """An action named for screen readers, with its shortcut in the tooltip."""
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
    elif keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    spoken = name or text.replace("&", "").replace("…", "")
    action.setObjectName(spoken.lower().replace(" ", "_"))
    action.setToolTip(spoken)
    action.setStatusTip(spoken)
    if action.shortcuts():
        keys_text = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{spoken} ({keys_text})")
    if slot is not None:
        action.triggered.connect(slot)
    return action
