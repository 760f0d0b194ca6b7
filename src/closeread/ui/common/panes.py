"""F6 and Shift+F6: which pane of a window takes the focus next, and where in it.

The main window and the pack editor each list their panes in reading order; both step
through the visible ones the same way, starting from the pane that holds the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def next_pane(panes: Sequence[QWidget], delta: int) -> QWidget:
    """The visible pane ``delta`` steps from the one holding the focus (the first when none
    does). ``panes`` must hold at least one visible pane."""
    visible = [pane for pane in panes if pane.isVisible()]
    focus = QApplication.focusWidget()
    here = next(
        (
            n
            for n, pane in enumerate(visible)
            if pane is focus or (focus is not None and pane.isAncestorOf(focus))
        ),
        -1,
    )
    return visible[(here + delta) % len(visible)]


def focus_first_control(pane: QWidget) -> None:
    """Give the focus to the first visible, enabled control in ``pane`` that Tab reaches."""
    for widget in pane.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
