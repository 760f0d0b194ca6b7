"""Starting the app: Qt, translations, appearance, the progress database, the profile, the window.

:func:`run_app` is what ``closeread`` with no command runs. Every way opening can
fail ends in a plain message (a damaged database offers its newest good backup; a
second CloseRead on the same data folder, a database from a newer CloseRead, a
read-only or full disk are explained), and an unexpected error anywhere later is
logged to ``closeread-errors.log`` in the data folder and explained, not thrown at
the student as a traceback.

Translations: a ``closeread_<locale>.qm`` in the bundled ``resources/i18n`` folder is
loaded for the system's language when there is one (none ship yet), with Qt's own
translations of its standard buttons.

Benchmark hook: with ``CLOSEREAD_EXIT_WHEN_SHOWN=1`` the app prints
``shown <time.time()>`` once the main window has painted the opened pack, and quits.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from closeread.core import paths
from closeread.core.storage import (
    DatabaseCorrupt,
    StorageError,
    Store,
    restore_backup,
)
from closeread.ui.errors import ExceptHook, ask_restore, show_storage_error
from closeread.ui.theme import SETTING as APPEARANCE
from closeread.ui.theme import Theme

EXIT_WHEN_SHOWN = "CLOSEREAD_EXIT_WHEN_SHOWN"


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("CloseRead")
    app.setOrganizationName("CloseRead")
    app.setDesktopFileName("closeread")
    return app


def install_translators(
    app: QApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Qt's and CloseRead's translations for ``locale`` (the system's by default).

    CloseRead's come from ``folder`` (the bundled ``resources/i18n``), named
    ``closeread_<locale>.qm``; none ship yet, and a missing one is no error.
    """
    locale = locale or QLocale.system()
    if folder is None:
        with contextlib.suppress(FileNotFoundError):
            folder = paths.bundled_dir("resources") / "i18n"
    sources = [("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))]
    if folder is not None:
        sources.append(("closeread", Path(folder)))
    installed: list[QTranslator] = []
    for name, where in sources:
        translator = QTranslator(app)
        if where.is_dir() and translator.load(locale, name, "_", str(where)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_store(data_dir: Path) -> Store | None:
    """The progress database, or None after telling the student plainly why not."""
    while True:
        try:
            return Store.open(data_dir)
        except DatabaseCorrupt as error:
            backup = error.newest_good_backup
            if backup is None:
                show_storage_error(None, error)
                return None
            when = backup.taken_at.strftime("%Y-%m-%d %H:%M")
            if not ask_restore(None, error, when):
                return None
            try:
                restore_backup(data_dir, backup)
            except StorageError as restore_error:
                show_storage_error(None, restore_error)
                return None
        except StorageError as error:
            show_storage_error(None, error)
            return None


class _ExitWhenShown(QObject):
    """For the startup benchmark: print the time of the first paint with a pack, then quit."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.article.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.pack is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"shown {time.time():.6f}", flush=True)
        QApplication.exit(0)


def run_app(data_dir: str | os.PathLike[str] | None = None, pack: str | None = None) -> int:
    """Run CloseRead's window until it is closed; the process's exit status."""
    app = make_application()
    install_translators(app)
    folder = paths.data_dir(data_dir)
    hook = ExceptHook(folder).install()
    theme = Theme(app)
    store = open_store(folder)
    if store is None:
        hook.uninstall()
        return 1
    try:
        return _run_window(app, store, theme, pack)
    finally:
        store.close()
        hook.uninstall()


def _run_window(app: QApplication, store: Store, theme: Theme, pack: str | None) -> int:
    from closeread.ui.main_window import MainWindow
    from closeread.ui.profile_dialog import choose_student

    with contextlib.suppress(StorageError):
        theme.set_mode(store.get_setting(APPEARANCE, "system"))
    student = choose_student(store)
    if student is None:
        return 0
    window = MainWindow(store, student, theme)
    if os.environ.get(EXIT_WHEN_SHOWN):
        _ExitWhenShown(window)
    window.open_initial(pack)
    window.show()
    code = app.exec()
    if window.isVisible():  # the loop ended without the window closing: save now
        window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
