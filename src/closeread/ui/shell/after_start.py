"""What the student's first actions need, loaded once the window is ready.

Opening the window loads only what showing the student's place needs (see
``benchmarks/bench_startup.py``). What the first actions will need is loaded just after,
in the event loop's idle turns, one piece per turn so that the window keeps answering:
sqlite-utils for the first save, the exercise panel with the scoring rules for the first
exercise, Python-Markdown for prose the last session did not show, the version a checked
answer records, and the article's words for the first mark. Each would otherwise be
loaded by the action that first needs it, which would then take longer than a student
should wait (``benchmarks/bench_interaction.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

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


def _load_exercise_panel() -> None:
    import closeread.ui.exercises.context
    import closeread.ui.exercises.panel  # noqa: F401  (with the kinds and the scoring rules)


def _load_markdown() -> None:
    import closeread.core.pack.conversion  # noqa: F401


def _read_version() -> None:
    import closeread

    closeread.__version__  # noqa: B018  (read once, then kept)


class AfterStart(QObject):
    """Loads, after the window's first place is shown, what its first actions need."""

    def __init__(self, host: AfterStartHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.steps: list[Callable[[], object]] | None = None  # None: not started

    def start(self) -> None:
        """Begin (once): a step per idle turn of the event loop."""
        if self.steps is not None:
            return
        self.steps = [
            self._prepare_writing, _load_exercise_panel, _load_markdown, _read_version, self._words,
        ]  # fmt: skip
        QTimer.singleShot(0, self._next)

    @property
    def done(self) -> bool:
        return self.steps == []

    def _next(self) -> None:
        if self.steps:
            self.steps.pop(0)()
            QTimer.singleShot(0, self._next)

    def _prepare_writing(self) -> None:
        store = self.host.store
        if store is not None:
            store.prepare_writing()

    def _words(self) -> None:
        self.host.article.words  # noqa: B018  (found once per article)
