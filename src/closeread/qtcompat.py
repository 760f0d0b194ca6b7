"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

PySide6 6.12's bindings return ``None`` from methods that return nothing (``void`` in
C++) without taking a reference to it, which is only harmless where ``None`` is
immortal (CPython 3.12 and later). On 3.11 every such call (``QPainter.save()``,
``QTextDocument.setHtml()``, ``QFont.setPixelSize()``, ...) takes one reference from
``None``; after some tens of thousands of calls its count reaches zero and the
interpreter stops with "Fatal Python error: none_dealloc". A grade report of a large
class makes that many calls, and so does a long session in the app.

:func:`protect_none` gives ``None`` a reference count no program can use up (about
10**12 more), which is what 3.12 does by making it immortal. ``None`` is never freed
in any case, so this changes nothing else. Call it before making many Qt calls.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def protect_none() -> None:
    """Make ``None`` as good as immortal on CPython before 3.12 (a no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field
    if count.value < _RESERVE:
        count.value += _RESERVE
