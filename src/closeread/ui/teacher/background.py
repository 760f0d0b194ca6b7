"""Teacher work that reads a whole class's answers, done off the GUI thread.

The app's own connection to the progress database belongs to the GUI thread, so work
on the thread pool opens the database again, read-only, for itself (no lock, no
write: see :class:`~closeread.core.store.store.Store`). It sees everything committed
before it started. Writing the results back, when there is anything to write, is left
to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from closeread.core.store.store import Store
from closeread.ui.common.loading import BackgroundTask, run_in_background


def read_in_background(
    data_dir: str | Path,
    work: Callable[[Store], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    busy_text: str = "",
    parent: QWidget | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Run ``work(store)`` on the pool with a read-only store of its own."""

    def job() -> Any:
        with Store(data_dir, read_only=True) as store:
            return work(store)

    return run_in_background(
        job, on_done, on_failed, busy_text=busy_text, parent=parent, owner=owner
    )
