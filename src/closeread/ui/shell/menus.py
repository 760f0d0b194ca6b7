"""The main window's menus and shortcuts, every one with a name a screen reader can say.

The Teacher menu is left out on a student-only computer (``teacher_mode = false`` in
the policy file beside CloseRead, :mod:`closeread.core.files.policy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from closeread.ui.common.actions import make_action
from closeread.ui.common.i18n import translate
from closeread.ui.common.theme import MODES
from closeread.ui.shell.language_menu import build_language_menu
from closeread.ui.shell.shortcut_list import typed

if TYPE_CHECKING:
    from closeread.ui.shell.main_window import MainWindow


class Actions(msgspec.Struct, eq=False):  # (a bag of actions: none is ever compared)
    """The window's menu actions, by what they do."""

    open_pack: QAction
    open_folder: QAction
    switch_profile: QAction
    quit: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    show_library: QAction
    appearance: dict[str, QAction]
    previous: QAction
    next: QAction
    previous_lesson: QAction
    next_lesson: QAction
    next_pane: QAction
    previous_pane: QAction
    focus_library: QAction
    focus_article: QAction
    shortcuts: QAction
    about: QAction
    backup_problem: QAction  # Help > Why Today's Backup Failed… (shown only then)
    export_results: QAction | None = None  # File > Export My Results… (the hand-in)
    dashboard: QAction | None = None  # Teacher > Dashboard… (behind the teacher PIN)
    edit_pack: QAction | None = None  # Teacher > Edit This Pack… (behind the teacher PIN)
    new_pack: QAction | None = None  # Teacher > New Pack… (behind the teacher PIN)
    edit_folder: QAction | None = None  # Teacher > Edit a Pack Folder… (behind the PIN)
    source_cards: QAction | None = None  # View > Source Cards (the pane beside the article)
    define_word: QAction | None = None  # View > Define Word at Cursor (the glossary)
    teacher_notes: QAction | None = None  # Teacher > Export Teacher Notes… (behind the PIN)
    find: QAction | None = None  # Go > Find in the Article… (Ctrl+F)
    find_next: QAction | None = None  # F3
    find_previous: QAction | None = None  # Shift+F3
    progress: QAction | None = None  # View > My Progress… (Ctrl+Shift+G)
    language: dict[str, QAction] | None = None  # View > Language (language_menu.py)


def _action(
    window: QMainWindow, menu: QMenu, text: str, keys=(), slot=None, name: str = ""
) -> QAction:
    action = make_action(window, text, keys, slot, name)
    menu.addAction(action)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def build_menus(window: MainWindow, teacher_mode: bool | None = None) -> Actions:
    """File, View, Go, Teacher and Help; ``window`` is the :class:`MainWindow` that
    handles them. ``teacher_mode`` False (default: as the policy file says) leaves the
    Teacher menu out."""
    if teacher_mode is None:
        from closeread.core.files.policy import read_policy

        teacher_mode = read_policy().teacher_mode
    bar = window.menuBar()
    bar.setAccessibleName(translate("menus", "Menu bar"))

    file_menu = bar.addMenu(translate("menus", "&File"))
    open_pack = _action(
        window,
        file_menu,
        translate("menus", "&Open Pack…"),
        QKeySequence.StandardKey.Open,
        window.choose_pack_file,
        translate("menus", "Open a lesson pack"),
    )
    open_folder = _action(
        window,
        file_menu,
        translate("menus", "Open Pack &Folder…"),
        ("Ctrl+Shift+O",),
        window.choose_pack_folder,
        translate("menus", "Open a lesson pack folder"),
    )
    file_menu.addSeparator()
    export_results = _action(
        window,
        file_menu,
        translate("menus", "&Export My Results…"),
        slot=window.export_my_results,
        name=translate("menus", "Export my results to hand in"),
    )
    file_menu.addSeparator()
    switch_profile = _action(
        window,
        file_menu,
        translate("menus", "&Switch Profile…"),
        ("Ctrl+Shift+P",),
        window.switch_profile,
    )
    file_menu.addSeparator()
    quit_action = _action(
        window, file_menu, translate("menus", "&Quit"), QKeySequence.StandardKey.Quit, window.close
    )
    if not any(typed(keys) for keys in quit_action.shortcuts()):  # only a media key, or none
        quit_action.setShortcuts([QKeySequence("Ctrl+Q"), *quit_action.shortcuts()])

    view = bar.addMenu(translate("menus", "&View"))
    zoom_in = _action(
        window,
        view,
        translate("menus", "Zoom &In"),
        ("Ctrl+=", "Ctrl++"),
        window.article.zoom_in,
        translate("menus", "Make the text bigger"),
    )
    zoom_out = _action(
        window,
        view,
        translate("menus", "Zoom &Out"),
        ("Ctrl+-",),
        window.article.zoom_out,
        translate("menus", "Make the text smaller"),
    )
    zoom_reset = _action(
        window,
        view,
        translate("menus", "&Actual Size"),
        ("Ctrl+0",),
        window.article.reset_zoom,
        translate("menus", "Text at its normal size"),
    )
    view.addSeparator()
    show_library = _action(
        window,
        view,
        translate("menus", "&Library Panel"),
        ("F9",),
        name=translate("menus", "Show library"),
    )
    show_library.setCheckable(True)
    show_library.setChecked(True)
    show_library.toggled.connect(window.set_library_visible)
    source_cards = _action(
        window,
        view,
        translate("menus", "Source &Cards"),
        ("Ctrl+Shift+C",),
        name=translate("menus", "Show the source cards"),
    )
    window.aids.attach_action(source_cards)
    define_word = _action(
        window,
        view,
        translate("menus", "Define &Word at Cursor"),
        ("Ctrl+D",),
        window.aids.define_at_cursor,
        translate("menus", "Define the glossary word at the cursor"),
    )
    progress = _action(
        window,
        view,
        translate("menus", "My &Progress…"),
        ("Ctrl+Shift+G",),
        window.show_progress,
        translate(
            "menus", "Show my progress: each lesson's points, what is left and the attempts used"
        ),
    )
    dark_menu = view.addMenu(translate("menus", "&Dark Mode"))
    group = QActionGroup(window)
    group.setExclusive(True)
    labels = {
        "system": translate("menus", "&Follow the System"),
        "light": translate("menus", "&Off (Light)"),
        "dark": translate("menus", "O&n (Dark)"),
    }
    spoken = {
        "system": translate("menus", "Dark mode follows the system"),
        "light": translate("menus", "Dark mode off"),
        "dark": translate("menus", "Dark mode on"),
    }
    appearance: dict[str, QAction] = {}
    for mode in MODES:
        action = _action(window, dark_menu, labels[mode], name=spoken[mode])
        action.setCheckable(True)
        action.setData(mode)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, m=mode: window.set_appearance(m))
        appearance[mode] = action
    dark_menu.addSeparator()
    _action(
        window,
        dark_menu,
        translate("menus", "&Switch Light/Dark"),
        ("Ctrl+Shift+D",),
        window.toggle_dark,
        translate("menus", "Switch between light and dark"),
    )
    language = build_language_menu(window, view, _action)

    go = bar.addMenu(translate("menus", "&Go"))
    previous = _action(
        window, go, translate("menus", "&Previous Exercise"), ("Alt+Left",), window.go_previous
    )
    next_action = _action(
        window, go, translate("menus", "&Next Exercise"), ("Alt+Right",), window.go_next
    )
    go.addSeparator()
    previous_lesson = _action(
        window,
        go,
        translate("menus", "Previous &Lesson"),
        ("Ctrl+PgUp",),
        window.go_previous_lesson,
    )
    next_lesson = _action(
        window, go, translate("menus", "Next L&esson"), ("Ctrl+PgDown",), window.go_next_lesson
    )
    go.addSeparator()
    focus_library = _action(
        window,
        go,
        translate("menus", "Li&brary"),
        ("Ctrl+L",),
        window.focus_library,
        translate("menus", "Go to the library"),
    )
    focus_article = _action(
        window,
        go,
        translate("menus", "&Article"),
        ("Ctrl+Shift+A",),
        window.focus_article,
        translate("menus", "Go to the article"),
    )
    go.addSeparator()
    find = _action(
        window, go, translate("menus", "&Find in the Article…"), ("Ctrl+F",), window.find_in_article
    )
    find_next = _action(
        window,
        go,
        translate("menus", "Find Ne&xt"),
        ("F3",),
        lambda: window.find_step(1),
        translate("menus", "Go to the next place found"),
    )
    find_previous = _action(
        window,
        go,
        translate("menus", "Find Pre&vious"),
        ("Shift+F3",),
        lambda: window.find_step(-1),
        translate("menus", "Go to the previous place found"),
    )
    go.addSeparator()
    next_pane = _action(
        window, go, translate("menus", "Nex&t Pane"), ("F6",), lambda: window.cycle_panes(1)
    )
    previous_pane = _action(
        window,
        go,
        translate("menus", "P&revious Pane"),
        ("Shift+F6",),
        lambda: window.cycle_panes(-1),
    )

    teacher: dict[str, QAction] = {}
    if teacher_mode:
        from closeread.ui.shell.teacher_menu import build_teacher_menu

        teacher = build_teacher_menu(window, bar.addMenu(translate("menus", "&Teacher")), _action)

    help_menu = bar.addMenu(translate("menus", "&Help"))
    shortcuts = _action(
        window, help_menu, translate("menus", "&Keyboard Shortcuts"), ("F1",), window.show_shortcuts
    )
    about = _action(
        window, help_menu, translate("menus", "&About CloseRead"), slot=window.show_about
    )
    help_menu.addSeparator()
    backup_problem = _action(
        window,
        help_menu,
        translate("menus", "Why Today's &Backup Failed…"),
        name=translate("menus", "Why today's backup of your progress failed"),
    )
    return Actions(
        open_pack,
        open_folder,
        switch_profile,
        quit_action,
        zoom_in,
        zoom_out,
        zoom_reset,
        show_library,
        appearance,
        previous,
        next_action,
        previous_lesson,
        next_lesson,
        next_pane,
        previous_pane,
        focus_library,
        focus_article,
        shortcuts,
        about,
        backup_problem,
        export_results=export_results,
        source_cards=source_cards,
        define_word=define_word,
        find=find,
        find_next=find_next,
        find_previous=find_previous,
        progress=progress,
        language=language,
        **teacher,
    )


def set_welcome(actions: Actions, welcome: bool) -> None:
    """On the welcome page (no profile chosen yet) only what makes sense without a
    student or a pack stays enabled: Help, the appearance, Quit. (Go's moves are off
    anyway until a place is shown.)"""
    for action in (
        actions.open_pack,
        actions.open_folder,
        actions.export_results,
        actions.switch_profile,
        actions.zoom_in,
        actions.zoom_out,
        actions.zoom_reset,
        actions.show_library,
        actions.focus_library,
        actions.focus_article,
        actions.next_pane,
        actions.previous_pane,
        actions.dashboard,
        actions.edit_pack,
        actions.teacher_notes,
        actions.source_cards,
        actions.define_word,
        actions.find,
        actions.find_next,
        actions.find_previous,
        actions.progress,
    ):
        if action is not None:
            action.setEnabled(not welcome)
