"""Teacher mode: the dashboard and what it opens, behind the teacher PIN.

:func:`open_dashboard` is what Teacher > Dashboard… runs: it asks for the PIN (or has
it set, the first time) and opens the dashboard window, or brings the open one to the
front. Closing the dashboard locks teacher mode again and forgets the teacher's key.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from closeread.core.pack.model import Pack
    from closeread.core.store.store import Store
    from closeread.ui.teacher.dashboard import DashboardWindow


class DashboardHost(Protocol):
    """What the dashboard's door needs of the main window."""

    @property
    def store(self) -> Store | None: ...  # None while the database opens
    @property
    def pack(self) -> Pack | None: ...  # the dashboard starts on it
    def refresh_library(self) -> None: ...  # after the dashboard changed scores
    def window(self) -> QWidget: ...  # the main window itself: owns the dashboard


def open_dashboard(
    host: DashboardHost, clock: Callable[[], float] = time.time
) -> DashboardWindow | None:
    """From the main window (with ``store`` and ``pack``): the dashboard, or None."""
    from PySide6.QtCore import QCoreApplication

    from closeread.core.classwork.pin import close_session
    from closeread.ui.teacher.dashboard import DashboardWindow
    from closeread.ui.teacher.lrs_dialog import add_send_action
    from closeread.ui.teacher.pin_dialog import ask_teacher_pin

    window = host.window()
    existing = window.findChild(DashboardWindow)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    store = host.store
    if store is None:
        return None  # the progress database is not open yet
    reason = QCoreApplication.translate("teacher", "Enter the teacher PIN to open the dashboard.")
    if not ask_teacher_pin(window, store, clock, reason=reason):
        return None
    pack = host.pack
    dashboard = DashboardWindow(store, pack.id if pack is not None else None, window)
    add_send_action(dashboard)  # File > Send to a Learning Record Store…
    dashboard.changed.connect(host.refresh_library)
    dashboard.destroyed.connect(lambda *_: close_session(store))  # the key is forgotten
    dashboard.show()
    dashboard.activateWindow()
    return dashboard
