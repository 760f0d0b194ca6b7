"""Starting the app: Qt, translations, appearance, the progress database, the profile, the window.

:func:`run_app` is what ``closeread`` with no command runs. Every way opening can
fail ends in a plain message (a damaged database offers its newest good backup; a
second CloseRead on the same data folder, a database from a newer CloseRead, a
read-only or full disk are explained), and an unexpected error anywhere later is
logged to ``closeread-errors.log`` in the data folder and explained, not thrown at
the student as a traceback.

Translations (docs/translating.md): the language is ``--lang`` for this run, else the
one chosen in View > Language (the window's preferences), else the system's. Its
``closeread_<locale>.qm`` from the bundled ``resources/i18n`` folder is loaded over the
English one (which holds the English plural forms: "1 attempt", "3 attempts"), with Qt's
own translations of its standard buttons and dialogs. After the window closes for a
change of language (:mod:`closeread.ui.shell.language_menu`), CloseRead starts again.

Benchmark hook: with ``CLOSEREAD_EXIT_WHEN_SHOWN=1`` the app prints
``shown <time.time()>`` once the main window has painted the opened pack (and a line
``language …`` with two translated strings, for the tests of installed copies), and quits.
"""

from __future__ import annotations

import contextlib
import gc
import html  # noqa: F401  (outside_text's, before PySide6 as below: 2,500 lines of entities)
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

# The modules the start needs that do not use Qt are imported *before* PySide6: once
# PySide6 is loaded, its import hook reads the source of every module an import
# statement names after it (looking for the word "PySide6"), which made the start about
# 100 ms slower. Those imported here bring theirs (the standard library's, SQLite's)
# without it; only the few the window's modules name are read.
import closeread.core.files.policy
import closeread.core.grading.tally
import closeread.core.grading.verdicts
import closeread.core.library.cache
import closeread.core.pack.glossary
import closeread.core.pack.paragraphs
import closeread.core.store.store  # noqa: F401  (these seven: for the start's speed only)
from closeread.core.files import paths
from closeread.core.i18n import SYSTEM
from closeread.core.library import prose_cache

# isort: split
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

from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import ExceptHook, ask_restore, show_storage_error
from closeread.ui.common.theme import Theme
from closeread.ui.shell.after_paint import PAINTING, AfterPaint
from closeread.ui.shell.language_menu import set_running_language, start_again

if TYPE_CHECKING:
    from closeread.core.records import Student
    from closeread.core.store.store import Store
    from closeread.ui.shell.main_window import MainWindow


EXIT_WHEN_SHOWN = "CLOSEREAD_EXIT_WHEN_SHOWN"


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fusion from the first paint, named where Qt reads it: the legible style (Fusion
        # with rings, a Python style) comes once the student's place is painted (Theme).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    assert isinstance(app, QApplication)  # instance() is typed as the base class
    app.setApplicationName("CloseRead")
    app.setOrganizationName("CloseRead")
    app.setDesktopFileName("closeread")
    return app


def chosen_locale(choice: str | None) -> QLocale:
    """The locale of a language choice: a code of ``LANGUAGES``, else the system's."""
    return QLocale(choice) if choice and choice != SYSTEM else QLocale.system()


def install_translators(
    app: QApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Qt's and CloseRead's translations for ``locale`` (the system's by default).

    CloseRead's come from ``folder`` (the bundled ``resources/i18n``): the English
    plural forms, ``closeread_en.qm``, always (the fallback for any string a language
    lacks), then ``closeread_<locale>.qm`` when there is one; a missing one is no error.
    Qt asks the translator installed last first.
    """
    locale = locale or QLocale.system()
    if folder is None:
        with contextlib.suppress(FileNotFoundError):
            folder = paths.bundled_dir("resources") / "i18n"
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    english = QLocale(QLocale.Language.English)
    sources = [("qtbase", qt_folder, locale)]
    if folder is not None:
        sources.append(("closeread", Path(folder), english))
        if locale.language() != QLocale.Language.English:
            sources.append(("closeread", Path(folder), locale))
    installed: list[QTranslator] = []
    for name, where, wanted in sources:
        translator = QTranslator(app)
        if where.is_dir() and translator.load(wanted, name, "_", str(where)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_store(data_dir: Path, parent=None) -> Store | None:
    """The progress database, or None after telling the student plainly why not.

    The day's backup is left to the window's backup watch, which takes it off the GUI
    thread (a quarter of a second on a large database).
    """
    from closeread.core.store.store import DatabaseCorrupt, StorageError, Store, restore_backup

    while True:
        try:
            return Store.open(data_dir, daily_backup=False)
        except DatabaseCorrupt as error:
            backup = error.newest_good_backup
            if backup is None:
                show_storage_error(parent, error)
                return None
            when = backup.taken_at.strftime("%Y-%m-%d %H:%M")
            if not ask_restore(parent, error, when):
                return None
            try:
                restore_backup(data_dir, backup)
            except StorageError as restore_error:
                show_storage_error(parent, restore_error)
                return None
        except StorageError as error:
            show_storage_error(parent, error)
            return None


class _ExitWhenShown(QObject):
    """For the startup benchmark: print the time the window is shown, then quit.

    ``CLOSEREAD_EXIT_WHEN_SHOWN=1``: at the first paint of the article of a pack (the
    bundled one, or the one opened last). ``=ready``: at the window's first paint once
    the database is open too and the student's place restored, the window usable. Either
    moment is when the paint begins, as for the bare window it is compared with.
    """

    def __init__(self, window, ready: bool) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        if ready:  # the window's first paint once the place is restored
            self.watched: QObject = window
            window.packShown.connect(lambda: window.installEventFilter(self))
        else:
            self.watched = window.article.viewport()
            self.watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PAINTING and self.window.pack is not None:
            self.watched.removeEventFilter(self)
            painted = time.time()  # the moment counts, not when the loop gets to report it
            QTimer.singleShot(0, lambda: self._report(painted))
        return False

    def _report(self, at: float | None = None) -> None:
        if not self.done:
            self.done = True
            print(f"shown {at or time.time():.6f}", flush=True)
            # what a test of an installed copy needs to see its translations loaded
            qt_own = "QPlatformTheme"  # (a name, not a literal: the string is Qt's, not ours)
            cancel = QCoreApplication.translate(qt_own, "Cancel")
            attempts = QCoreApplication.translate("Plurals", "%n attempt(s)", None, 3)
            print(f"language {QLocale().name()}: {cancel} | {attempts}", flush=True)
            QApplication.exit(0)


def run_app(
    data_dir: str | os.PathLike[str] | None = None,
    pack: str | None = None,
    language: str | None = None,
) -> int:
    """Run CloseRead's window until it is closed; the process's exit status.

    ``language`` (a code of ``LANGUAGES``, or ``"system"``) is this run's, whatever
    View > Language says.
    """
    from closeread.ui.shell.prefs import Prefs

    app = make_application()
    folder = paths.data_dir(data_dir)
    choice = language or Prefs(folder).language
    locale = chosen_locale(choice)
    default = QLocale()
    if choice != SYSTEM:
        QLocale.setDefault(locale)
    translators = install_translators(app, locale)
    set_running_language(choice)
    if locale.language() == QLocale.Language.Chinese:
        from closeread.ui.common.cjk_font import add_chinese_font

        add_chinese_font(locale.name())
    hook = ExceptHook(folder).install()
    start = _Start(app, folder, pack)
    try:
        code = start.run()
    finally:
        start.close()
        hook.uninstall()
        for translator in translators:  # (a test runs the app more than once)
            app.removeTranslator(translator)
        QLocale.setDefault(default)
    if start.restart and code == 0:
        start_again()
    return code


def resume_collecting() -> None:
    """Collect garbage again once the window is ready, if the start paused it
    (``closeread.cli`` does). What the start made lives as long as the app, so it is
    set aside (``gc.freeze``) rather than looked through again by every collection."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class _Start:
    """Opening the app: the window first, the database behind it.

    The window appears at once with the pack opened last (from the cache of checked
    packs) while the database opens; then the student's place comes back. When the
    student must say who they are (the first run, or several profiles), the window
    asks on a page of its own first.
    """

    def __init__(self, app: QApplication, folder: Path, pack: str | None) -> None:
        from closeread.ui.shell.prefs import Prefs

        self.app = app
        self.folder = folder
        self.pack = pack
        self.prefs = Prefs(folder)
        self.theme = Theme(app, self.prefs.appearance, legible=False)  # (see _open)
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.code: int | None = None
        self.looping = False
        self.restart = False  # the window closed to start again in another language

    def run(self) -> int:
        from closeread.ui.shell.main_window import MainWindow

        prose_cache.load(self.folder)  # what the last session rendered: no Markdown to load
        self.window = window = MainWindow(theme=self.theme, data_dir=self.folder)
        self._watch(window)
        window.preview()
        window.show()
        window.activateWindow()
        AfterPaint(window, self.open)  # the database opens behind the window
        self.looping = True
        code = self.app.exec()
        self.restart = window.restart_wanted
        return self.code if self.code is not None else code

    def open(self) -> bool:
        """Open the database and find the student; then the window is usable."""
        try:
            return self._open()
        finally:
            resume_collecting()

    def _open(self) -> bool:
        self.store = open_store(self.folder, self.window)
        if self.store is None:
            return self._stop(1)
        try:
            student = self.store.roster.remembered_student()
        except StorageError as error:
            show_storage_error(self.window, error)
            return self._stop(1)
        assert self.window is not None  # open until close()
        # The rings once the window has painted what comes next, the student's place or
        # the page asking who is reading (made first: it runs after what the place waits).
        AfterPaint(self.window, self.theme.use_legible_style)
        if student is None:
            self.window.ask_profile(self.store, self.ready, lambda: self._stop(0))
        else:
            self.ready(student)
        return True

    def ready(self, student: Student) -> None:
        assert self.window is not None and self.store is not None  # open until close()
        self.window.attach(self.store, student)
        self.window.open_initial(self.pack)

    def _watch(self, window) -> None:
        mode = os.environ.get(EXIT_WHEN_SHOWN, "")
        if mode:
            _ExitWhenShown(window, ready=mode == "ready")

    def _stop(self, code: int) -> bool:
        self.code = code
        if self.looping:
            self.app.exit(code)
        return False

    def close(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            if window.isVisible():  # the loop ended without the window closing: save now
                window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.store is not None:  # (the data folder is this app's: it holds the lock)
            prose_cache.save(self.folder)
            self.store.close()
