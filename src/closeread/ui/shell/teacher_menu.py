"""The main window's Teacher menu: the dashboard, the pack editor's doors, the notes.

Every command here asks for the teacher PIN first (the first time on a data folder,
the setup of :mod:`closeread.ui.teacher.pin_setup`). The pack commands are
:mod:`closeread.ui.shell.edit_pack`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from closeread.ui.common.i18n import translate

if TYPE_CHECKING:
    from closeread.ui.shell.main_window import MainWindow


def _later(name: str, window: MainWindow) -> Callable[[], object]:
    """Run the edit_pack command ``name`` on ``window``, importing the editor only then."""

    def run() -> object:
        from closeread.ui.shell import edit_pack

        if window.store is None:
            return None  # the progress database is not open yet
        return getattr(edit_pack, name)(window)

    return run


def build_teacher_menu(window: MainWindow, menu: QMenu, action) -> dict[str, QAction]:
    """Fill the Teacher ``menu``; ``action`` makes one (as the other menus do). The actions
    by their names in :class:`~closeread.ui.shell.menus.Actions`."""
    dashboard = action(
        window,
        menu,
        translate("menus", "&Dashboard…"),
        ("Ctrl+Shift+T",),
        window.open_dashboard,
        translate("menus", "Open the teacher dashboard"),
    )
    menu.addSeparator()
    edit_pack = action(
        window,
        menu,
        translate("menus", "&Edit This Pack…"),
        (),
        _later("edit_this_pack", window),
        translate("menus", "Edit the pack that is open"),
    )
    new_pack = action(
        window,
        menu,
        translate("menus", "&New Pack…"),
        (),
        _later("new_pack", window),
        translate("menus", "Make a new lesson pack around an article"),
    )
    edit_folder = action(
        window,
        menu,
        translate("menus", "Edit a Pack &Folder…"),
        (),
        _later("edit_pack_folder", window),
        translate("menus", "Edit the lesson pack in a folder you choose"),
    )
    menu.addSeparator()
    teacher_notes = action(
        window,
        menu,
        translate("menus", "Export Teacher N&otes…"),
        (),
        window.export_teacher_notes,
        translate("menus", "Export the teacher notes with the answers"),
    )
    return {
        "dashboard": dashboard,
        "edit_pack": edit_pack,
        "new_pack": new_pack,
        "edit_folder": edit_folder,
        "teacher_notes": teacher_notes,
    }
