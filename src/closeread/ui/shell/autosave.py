"""Saving where the student is, as it happens: place, scroll, zoom and the window's layout.

The place (pack, lesson, exercise) is saved on every move, the article's scroll half
a second after scrolling stops, and everything again on close, each in its own
committed transaction, so a crash loses at most the last half second of scrolling. A
place the database already holds (the one just restored, or saved a moment ago) is not
written again.

The window's layout goes to its preferences file (``prefs``), read before the database
opens. The scroll position is saved as the offset of the first visible character, as a
fraction of the article's text: it comes back to the same words at any window size
or zoom.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer

from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_storage_error

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QSplitter, QStatusBar, QWidget

    from closeread.core.pack.model import Pack
    from closeread.core.records import ReaderState, Student
    from closeread.core.store.store import Store
    from closeread.ui.reading.reader import ArticleView
    from closeread.ui.shell.navigation import Place
    from closeread.ui.shell.prefs import Prefs

SCROLL_SAVE_MS = 500
ANCHOR_SECONDS = 1.5  # how long a restored scroll position holds through layout changes


def student_key(student_id: int, name: str) -> str:
    return f"student.{student_id}.{name}"


class AutoSaveHost(Protocol):
    """What the autosave needs of the main window."""

    @property
    def article(self) -> ArticleView: ...
    @property
    def store(self) -> Store | None: ...
    @property
    def student(self) -> Student | None: ...
    @property
    def pack(self) -> Pack | None: ...
    @property
    def place(self) -> Place | None: ...
    @property
    def prefs(self) -> Prefs: ...
    @property
    def splitter(self) -> QSplitter: ...
    @property
    def library_preferred(self) -> bool: ...
    def set_library_visible(self, visible: bool, *, by_user: bool = True) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def saveGeometry(self) -> QByteArray: ...
    def restoreGeometry(self, geometry: QByteArray) -> bool: ...
    def window(self) -> QWidget: ...  # the main window itself: owns the autosave, parents boxes


class AutoSave(QObject):
    """Saves ``host``'s place in its store; reports a failing store once, plainly."""

    def __init__(self, host: AutoSaveHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.article = host.article
        self.pending_scroll: float | None = None  # to apply once the article is laid out
        self._restoring = False
        self._error_shown = False
        self.timer = QTimer(self, singleShot=True, interval=SCROLL_SAVE_MS)
        self.timer.timeout.connect(self.save_state)
        self._anchor: tuple[int, float] | None = None  # (offset, until) kept while settling
        self._stored: tuple[object, ...] | None = None  # the place last read or written
        self.article.installEventFilter(self)
        self.article.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.article.zoomChanged.connect(self._on_zoomed)

    @property
    def store(self) -> Store | None:
        return self.host.store

    # -- the scroll position ------------------------------------------------------------

    def scroll_fraction(self) -> float:
        """Where the article is scrolled to, as a fraction of its text (0 at the top)."""
        length = len(self.article.article.text)
        if not length or self.article.verticalScrollBar().value() == 0:
            return 0.0
        return min(1.0, self.article.first_visible_offset() / length)

    def restore_scroll(self, fraction: float) -> None:
        """Scroll to ``fraction``, and stay there while the window settles its layout.

        Panels and splitters often change the article's width just after a restore;
        the text then reflows and the same scroll value shows other words. For a moment
        every resize scrolls back to the restored words.
        """
        length = len(self.article.article.text)
        offset = round(fraction * length) if fraction > 0 and length else 0
        self._anchor = (offset, time.monotonic() + ANCHOR_SECONDS)
        self._scroll_to(offset)

    def _scroll_to(self, offset: int) -> None:
        """The smallest scroll value whose first visible character is ``offset`` (or after):
        exactly how the position was saved, whatever the line and paragraph spacing."""
        bar = self.article.verticalScrollBar()
        self._restoring = True
        try:
            if offset <= 0:
                bar.setValue(0)
                return
            self.article.scroll_to_offset(offset)
            reach = max(self.article.fontMetrics().lineSpacing(), 12) * 4
            low, high = (
                max(bar.minimum(), bar.value() - reach),
                min(bar.maximum(), bar.value() + reach),
            )
            while low < high:  # the first visible character grows with the scroll value
                middle = (low + high) // 2
                bar.setValue(middle)
                if self.article.first_visible_offset() >= offset:
                    high = middle
                else:
                    low = middle + 1
            bar.setValue(low)
        finally:
            self._restoring = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._anchor is not None:
            offset, until = self._anchor
            if time.monotonic() < until:
                QTimer.singleShot(0, lambda: self._scroll_to(offset))
            else:
                self._anchor = None
        return False

    def restore_later(self, fraction: float) -> None:
        """Scroll to ``fraction`` as soon as the article is on screen."""
        self.pending_scroll = fraction
        if self.article.isVisible():
            QTimer.singleShot(0, self.apply_pending)

    def apply_pending(self) -> None:
        if self.pending_scroll is not None and self.article.isVisible():
            fraction, self.pending_scroll = self.pending_scroll, None
            self.restore_scroll(fraction)

    def _on_scrolled(self, _value: int) -> None:
        if self._restoring or not self.host.pack:
            return
        if self.article.isVisible():
            self.pending_scroll = None  # the student scrolled first: their place wins
        self.timer.start()

    # -- saving -------------------------------------------------------------------------

    def save_state(self) -> None:
        """Save the pack, lesson, exercise and scroll position now."""
        self.timer.stop()
        host = self.host
        store, student, pack, place = host.store, host.student, host.pack, host.place
        if store is None or store.closed or student is None or pack is None or place is None:
            return
        scroll = self.scroll_fraction() if self.pending_scroll is None else self.pending_scroll
        record = (store, student.id, pack.id, place.lesson_id, place.exercise_id, scroll)
        if record == self._stored:
            return
        try:
            store.roster.save_reader_state(
                student.id,
                pack.id,
                lesson_id=place.lesson_id,
                exercise_id=place.exercise_id,
                scroll=scroll,
            )
        except StorageError as error:
            self.failed(error)
        else:
            self._stored = record

    def load_state(self, pack: Pack) -> ReaderState | None:
        store, student = self.store, self.host.student
        if store is None or student is None:
            return None
        try:
            state = store.roster.load_reader_state(student.id, pack.id)
        except StorageError as error:
            self.failed(error)
            return None
        if state is not None:
            self._stored = (
                store,
                student.id,
                pack.id,
                state.lesson_id,
                state.exercise_id,
                state.scroll,
            )
        return state

    def remember(self, key: str, value: Any) -> None:
        store = self.store
        if store is None:
            return
        try:
            store.roster.set_setting(key, value)
        except StorageError as error:
            self.failed(error)

    def recall(self, key: str, default: Any = None) -> Any:
        store = self.store
        if store is None:
            return default
        try:
            return store.roster.get_setting(key, default)
        except StorageError as error:
            self.failed(error)
            return default

    def failed(self, error: StorageError) -> None:
        """Say so in the status bar, and once in a message: a full disk must not bury them."""
        self.host.statusBar().showMessage(str(error), 15_000)
        if not self._error_shown:
            self._error_shown = True
            show_storage_error(self.host.window(), error)

    def _on_zoomed(self, step: int) -> None:
        if self.host.student is not None:
            self.remember(student_key(self.host.student.id, "zoom"), step)

    # -- the window's layout (in the window's preferences, read before the database) ----

    def restore_layout(self) -> None:
        host, prefs = self.host, self.host.prefs
        geometry = prefs.geometry()
        if geometry is not None:
            host.restoreGeometry(geometry)
        sizes = prefs.splitter()
        if sizes is not None:
            host.splitter.setSizes(sizes)
        host.set_library_visible(prefs.library_visible())

    def restore_zoom(self) -> None:
        if self.host.student is None:
            return
        zoom = self.recall(student_key(self.host.student.id, "zoom"), 0)
        if isinstance(zoom, int) and zoom != self.article.zoom:
            self.article.blockSignals(True)
            self.article.set_zoom(zoom)
            self.article.blockSignals(False)

    def save_layout(self) -> None:
        host = self.host
        host.prefs.save_layout(host.saveGeometry(), host.splitter.sizes(), host.library_preferred)
