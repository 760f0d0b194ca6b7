"""View > Language: System, English, Español, 简体中文, each named in itself; remembered.

The choice is kept in the window's preferences (:class:`~closeread.ui.shell.prefs.Prefs`),
read before any window is built. A window cannot change language half-way (every
label was translated when it was made), so a new choice offers to start CloseRead
again now (the window closes as always, saving the student's place and draft, then
:func:`start_again` runs it anew) or to keep it for the next start.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from closeread.core.i18n import LANGUAGES, SYSTEM
from closeread.ui.common.i18n import translate

if TYPE_CHECKING:
    import subprocess

    from PySide6.QtGui import QAction

    from closeread.ui.shell.main_window import MainWindow

RUNNING = "closereadLanguage"  # the application's property: this run's language choice


def running_language() -> str:
    """The language this run was started in: a code of ``LANGUAGES``, or "system"."""
    app = QCoreApplication.instance()
    value = app.property(RUNNING) if app is not None else None
    return str(value) if value else SYSTEM


def set_running_language(choice: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(RUNNING, choice)


def effective(choice: str) -> str:
    """The language a choice shows: the system's resolves to a code ("es" for es_MX)."""
    if choice != SYSTEM:
        return choice
    name = QLocale.system().name()  # "es_MX", "zh_CN", "C"
    if name in LANGUAGES:
        return name
    language = name.split("_")[0]
    return language if language in LANGUAGES else "en"


def build_language_menu(
    window: MainWindow, view: QMenu, add_action: Callable
) -> dict[str, QAction]:
    """View > Language; ``add_action`` is the menus' helper (menu text, keys, slot, name)."""
    menu = view.addMenu(translate("language_menu", "Lan&guage"))
    group = QActionGroup(window)
    group.setExclusive(True)
    names = {SYSTEM: translate("language_menu", "&System"), **LANGUAGES}
    actions = {}
    for code, name in names.items():
        spoken = (
            translate("language_menu", "Language follows the system") if code == SYSTEM else name
        )
        action = add_action(window, menu, name, name=spoken)
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        actions[code] = action
    actions.get(window.prefs.language, actions[SYSTEM]).setChecked(True)
    return actions


def choose_language(window: MainWindow, choice: str) -> None:
    """Remember ``choice``; when it shows another language than this window, offer to
    start again in it now."""
    window.prefs.language = choice
    if effective(choice) == effective(running_language()):
        return
    name = LANGUAGES[effective(choice)]
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("language_menu", "Language"))
    box.setText(
        translate("language_menu", "CloseRead will speak {language} from its next start.").format(
            language=name
        )
    )
    box.setInformativeText(
        translate(
            "language_menu",
            "Start it again now? Your place and your answers are saved; nothing is lost.",
        )
    )
    now = box.addButton(
        translate("language_menu", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        translate("language_menu", "At the &Next Start"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.exec()
    if box.clickedButton() is now:
        window.restart_wanted = True
        window.close()


def restart_command(argv: list[str] | None = None) -> list[str]:
    """The command that runs this CloseRead again with its arguments, without ``--lang``
    (the new choice wins)."""
    args = list(sys.argv[1:] if argv is None else argv)
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    if getattr(sys, "frozen", False):  # the standalone app: its executable is CloseRead
        return [sys.executable, *kept]
    return [sys.executable, "-m", "closeread", *kept]


def start_again(argv: list[str] | None = None) -> subprocess.Popen:
    """Run CloseRead anew, on its own (this process is about to end)."""
    import subprocess  # (only when restarting: not loaded at every start)

    return subprocess.Popen(restart_command(argv), start_new_session=True)
