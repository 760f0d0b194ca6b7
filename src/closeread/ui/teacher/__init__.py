"""Teacher mode: the dashboard and what it opens, behind the teacher PIN.

:func:`open_dashboard` is what Teacher > Dashboard… runs: it asks for the PIN (or has
it set, the first time) and opens the dashboard window, or brings the open one to the
front. Closing the dashboard locks teacher mode again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def open_dashboard(window: QWidget, clock: Callable[[], float] = time.time):
    """From the main ``window`` (with ``store`` and ``pack``): the dashboard, or None."""
    from closeread.ui.teacher.dashboard import DashboardWindow
    from closeread.ui.teacher.pin_dialog import ask_teacher_pin

    existing = window.findChild(DashboardWindow)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    store = getattr(window, "store", None)
    if store is None:
        return None  # the progress database is not open yet
    if not ask_teacher_pin(window, store, clock):
        return None
    pack = getattr(window, "pack", None)
    dashboard = DashboardWindow(store, pack.id if pack is not None else None, window)
    refresh = getattr(window, "refresh_library", None)
    if callable(refresh):
        dashboard.changed.connect(refresh)
    dashboard.show()
    dashboard.activateWindow()
    return dashboard
