"""What the student's first actions need, loaded once the window is ready.

Opening the window loads only what showing the student's place needs (see
``benchmarks/bench_startup.py``). What the first actions will need is loaded just after:
first, off the GUI thread, what needs no Qt (sqlite-utils and its plugins for the first
save, the scoring rules, Python-Markdown for prose the last session did not show, the
tokeniser's patterns, the version a checked answer records); then, in the event loop's
idle turns, one piece per turn so that the window keeps answering, the store's writer,
the exercise panel's widgets and the article's words for the first mark. Each would
otherwise be loaded by the action that first needs it, which would then take longer
than a student should wait (``benchmarks/bench_interaction.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from closeread.ui.common.loading import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from closeread.core.store.store import Store
    from closeread.ui.reading.reader import ArticleView


class AfterStartHost(Protocol):
    """What the preparation needs of the main window."""

    @property
    def store(self) -> Store | None: ...
    @property
    def article(self) -> ArticleView: ...
    def window(self) -> QWidget: ...


def load_without_qt() -> None:
    """Everything the first actions need that needs no Qt (safe on any thread)."""
    import closeread
    import closeread.core.grading.saved
    import closeread.core.pack.conversion  # (Python-Markdown)
    from closeread.core.grading.tokens import tokenize
    from closeread.core.store.database import load_writer

    load_writer()
    tokenize("")  # compiles the tokeniser's patterns
    closeread.__version__  # noqa: B018  (looked up once, then kept)


def _load_exercise_panel() -> None:
    import closeread.ui.exercises.context
    import closeread.ui.exercises.panel  # noqa: F401


class AfterStart(QObject):
    """Loads, after the window's first place is shown, what its first actions need."""

    def __init__(self, host: AfterStartHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.started = False
        self.task: BackgroundTask | None = None
        self.steps: list[Callable[[], object]] | None = None  # the GUI thread's, once loaded

    def start(self) -> None:
        """Begin (once; the window starts it once the student's place is painted): the
        loading off the GUI thread, then a step per idle turn."""
        if not self.started:
            self.started = True
            QTimer.singleShot(0, self, self._load)  # (none once the window is gone)

    def _load(self) -> None:
        self.task = run_in_background(load_without_qt, self._loaded, self._loaded, owner=self)

    @property
    def done(self) -> bool:
        return self.steps == []

    def _loaded(self, _result: object) -> None:
        # A failure to load here is the first action's to meet and report, if it recurs.
        self.steps = [self._prepare_writing, _load_exercise_panel, self._words]
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if self.steps:
            self.steps.pop(0)()
            QTimer.singleShot(0, self, self._next)

    def _prepare_writing(self) -> None:
        store = self.host.store
        if store is not None:
            store.prepare_writing()

    def _words(self) -> None:
        self.host.article.words  # noqa: B018  (found once per article)
