"""Helpers the app-shell tests share: a pack long enough to scroll, modal dialogs, waiting."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

MINIPACK = Path(__file__).resolve().parents[1] / "core" / "fixtures" / "minipack"

FILLER = (
    "Paragraph {n}. Readers weigh each sentence on its own, asking what is asserted, "
    "what is offered in support, and whether the support is the kind that could be "
    "checked by somebody else who was not there when the writer wrote it down."
)


def data_dir() -> Path:
    return Path(os.environ["CLOSEREAD_DATA_DIR"])


def long_pack(folder: Path, paragraphs: int = 60) -> Path:
    """The minipack with enough paragraphs appended to need scrolling."""
    target = folder / "longpack"
    shutil.copytree(MINIPACK, target)
    article = target / "article.md"
    extra = "\n\n".join(FILLER.format(n=n) for n in range(1, paragraphs + 1))
    article.write_text(article.read_text(encoding="utf-8") + "\n\n" + extra + "\n", "utf-8")
    return target


def broken_pack(folder: Path) -> Path:
    """The minipack with a key quote that is not in the article."""
    target = folder / "broken"
    shutil.copytree(MINIPACK, target)
    lesson = target / "lessons" / "one.toml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("Cats make cities better.", "Cats rule the world."), "utf-8")
    return target


class ModalWatcher:
    """Handle the next modal dialog of a type when it appears (``exec()`` blocks the test)."""

    def __init__(self, kind: type, handle: Callable[[QWidget], None]) -> None:
        self.kind = kind
        self.handle = handle
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.kind) and widget not in self.seen and widget.isVisible():
            self.seen.append(widget)
            self.texts.append(_text_of(widget))
            self.timer.stop()
            self.handle(widget)

    def stop(self) -> None:
        self.timer.stop()


class PageWatcher(ModalWatcher):
    """Like ModalWatcher, for a widget shown inside a window (a page, not a dialog)."""

    def _poll(self) -> None:
        for top in QApplication.topLevelWidgets():
            found = [top] if isinstance(top, self.kind) else top.findChildren(self.kind)
            for widget in found:
                if widget.isVisible() and widget not in self.seen:
                    self.seen.append(widget)
                    self.texts.append(_text_of(widget))
                    self.timer.stop()
                    self.handle(widget)
                    return


def _text_of(widget: QWidget) -> str:
    parts = []
    for name in ("text", "informativeText", "detailedText"):
        getter = getattr(widget, name, None)
        if callable(getter):
            parts.append(getter())
    lines = getattr(widget, "lines", None)
    if lines:
        parts.extend(lines)
    return "\n".join(part for part in parts if part)


def wait_for_pack(qtbot, window, title: str | None = None, timeout: int = 10_000) -> None:
    def shown() -> None:
        assert window.pack is not None
        if title is not None:
            assert window.pack.title == title

    qtbot.waitUntil(shown, timeout=timeout)
    # On a slow machine "Checking the lesson pack…" showed: wait until the keys are back.
    qtbot.waitUntil(lambda: not busy_dialog_shown(window), timeout=timeout)
    # A widget made as the pack is shown (the lesson's intro, made when first wanted) is
    # shown by Qt on the event loop's next turn: a key sent before then finds it hidden.
    QApplication.processEvents()


def busy_dialog_shown(window) -> bool:
    return any(dialog.isVisible() for dialog in window.findChildren(QWidget, "busyDialog"))


@contextmanager
def student_window(
    qtbot,
    pack: Path | None = MINIPACK,
    *,
    student: tuple[str, ...] = ("Alex Chen", "9B"),
    size: tuple[int, int] | None = None,
    active: bool = False,
):
    """The main window of a new student in the test's data folder, shown (at ``size``;
    the active window when ``active``) with ``pack`` open (None: the bundled pack), then
    closed with its database."""
    from closeread.core.store.store import Store
    from closeread.ui.shell.main_window import MainWindow

    store = Store.open(data_dir())
    window = MainWindow(store, store.roster.add_student(*student))
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    if pack is None:
        window.open_initial()
    else:
        window.open_pack_path(pack)
    wait_for_pack(qtbot, window)
    try:
        yield window
    finally:
        window.close()
        store.close()


@contextmanager
def translated(
    app: QApplication, locale: QLocale | str, folder: Path | None = None
) -> Iterator[list[QTranslator]]:
    """The translations for ``locale`` installed as ``closeread`` installs them (from
    ``folder`` when given), and taken out again afterwards."""
    from closeread.ui.shell.app import install_translators

    installed = install_translators(app, QLocale(locale), folder)
    try:
        yield installed
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def shown_with_the_keys(qtbot, widget):
    """Show ``widget``'s window and wait until it is the active one, which keys go to."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
