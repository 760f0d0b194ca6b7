"""Who draws on the shared article: one exercise at a time.

The reader is shared by every exercise of a lesson. The widget that shows last
*claims* it (its marks, its feedback, its label keys); the one it replaces is told to
let go. Releasing clears the overlay only when the releaser still holds the reader,
so hiding an old panel after a new one has shown never wipes the new one's marks.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject
from shiboken6 import isValid

from closeread.ui.reading.reader import ArticleView

_holders: weakref.WeakKeyDictionary[ArticleView, tuple[weakref.ref, Callable[[], None]]]
_holders = weakref.WeakKeyDictionary()


def holder(reader: ArticleView) -> QObject | None:
    """The object that holds ``reader`` now, if it still exists."""
    entry = _holders.get(reader)
    if entry is None:
        return None
    owner = entry[0]()
    return owner if owner is not None and isValid(owner) else None


def claim(reader: ArticleView, owner: QObject, let_go: Callable[[], None]) -> None:
    """Give ``reader`` to ``owner``; the previous holder's ``let_go`` runs first."""
    entry = _holders.get(reader)
    if entry is not None:
        previous = entry[0]()
        if previous is not owner and previous is not None and isValid(previous):
            entry[1]()
    _holders[reader] = (weakref.ref(owner), let_go)


def release(reader: ArticleView, owner: QObject) -> bool:
    """If ``owner`` holds ``reader``: let go and clear the article's marks and feedback."""
    entry = _holders.get(reader)
    if entry is None or entry[0]() is not owner:
        return False
    del _holders[reader]
    entry[1]()
    if isValid(reader):
        reader.set_feedback([])
        reader.set_marks([])
    return True
