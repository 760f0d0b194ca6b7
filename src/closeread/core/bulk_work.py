"""Pausing Python's cycle collector while one piece of work makes many lasting objects.

Reading a 32 MB hand-in makes hundreds of thousands of dicts, lists and records that
all live until the file is saved. CPython's generational collector runs again and again
as they pile up, and each time it walks every one of them: about a tenth of the time
such an import takes (issue 20 #8). Nothing they hold refers back to itself, so
reference counting frees all of it, and the collector has nothing to find. The pause is
counted, so work on two threads that overlaps turns the collector back on only when the
last of them ends, and never turns on a collector that was off before.

The collector is the process's: while an import on a worker thread is paused, cycles
the GUI thread makes wait too (they are collected when the pause ends, a few seconds at
most). Nothing else in CloseRead turns the collector on or off meanwhile (the start-up's
own pause, in cli.py, ends when the window is ready, before any import); if something
did, the last pause to end would set it back as it was when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
_was_enabled = False


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Within the block, the cycle collector does not run; after it, it runs as before."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
