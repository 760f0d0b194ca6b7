"""The main window's menus and shortcuts, every one with a name a screen reader can say.

The Teacher menu is left out on a student-only computer (``teacher_mode = false`` in
the policy file beside CloseRead, :mod:`closeread.core.files.policy`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from closeread.ui.common.actions import make_action, submenus
from closeread.ui.common.theme import MODES

if TYPE_CHECKING:
    from closeread.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("menus", text)


@dataclass
class Actions:
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
    bar.setAccessibleName(_tr("Menu bar"))

    file_menu = bar.addMenu(_tr("&File"))
    open_pack = _action(
        window, file_menu, _tr("&Open Pack…"), QKeySequence.StandardKey.Open,
        window.choose_pack_file, _tr("Open a lesson pack"),
    )  # fmt: skip
    open_folder = _action(
        window, file_menu, _tr("Open Pack &Folder…"), ("Ctrl+Shift+O",),
        window.choose_pack_folder, _tr("Open a lesson pack folder"),
    )  # fmt: skip
    file_menu.addSeparator()
    export_results = _action(
        window, file_menu, _tr("&Export My Results…"), slot=window.export_my_results,
        name=_tr("Export my results to hand in"),
    )  # fmt: skip
    file_menu.addSeparator()
    switch_profile = _action(
        window, file_menu, _tr("&Switch Profile…"), ("Ctrl+Shift+P",), window.switch_profile
    )
    file_menu.addSeparator()
    quit_action = _action(
        window, file_menu, _tr("&Quit"), QKeySequence.StandardKey.Quit, window.close
    )
    if not any(_typed(keys) for keys in quit_action.shortcuts()):  # only a media key, or none
        quit_action.setShortcuts([QKeySequence("Ctrl+Q"), *quit_action.shortcuts()])

    view = bar.addMenu(_tr("&View"))
    zoom_in = _action(
        window, view, _tr("Zoom &In"), ("Ctrl+=", "Ctrl++"), window.article.zoom_in,
        _tr("Make the text bigger"),
    )  # fmt: skip
    zoom_out = _action(
        window, view, _tr("Zoom &Out"), ("Ctrl+-",), window.article.zoom_out,
        _tr("Make the text smaller"),
    )  # fmt: skip
    zoom_reset = _action(
        window, view, _tr("&Actual Size"), ("Ctrl+0",), window.article.reset_zoom,
        _tr("Text at its normal size"),
    )  # fmt: skip
    view.addSeparator()
    show_library = _action(window, view, _tr("&Library Panel"), ("F9",), name=_tr("Show library"))
    show_library.setCheckable(True)
    show_library.setChecked(True)
    show_library.toggled.connect(window.set_library_visible)
    source_cards = _action(
        window, view, _tr("Source &Cards"), ("Ctrl+Shift+C",), name=_tr("Show the source cards"),
    )  # fmt: skip
    window.aids.attach_action(source_cards)
    define_word = _action(
        window, view, _tr("&Define Word at Cursor"), ("Ctrl+D",), window.aids.define_at_cursor,
        _tr("Define the glossary word at the cursor"),
    )  # fmt: skip
    progress = _action(
        window, view, _tr("My &Progress…"), ("Ctrl+Shift+G",), window.show_progress,
        _tr("Show my progress: each lesson's points, what is left and the attempts used"),
    )  # fmt: skip
    dark_menu = view.addMenu(_tr("&Dark Mode"))
    group = QActionGroup(window)
    group.setExclusive(True)
    labels = {
        "system": _tr("&Follow the System"),
        "light": _tr("O&ff (Light)"),
        "dark": _tr("O&n (Dark)"),
    }
    spoken = {
        "system": _tr("Dark mode follows the system"),
        "light": _tr("Dark mode off"),
        "dark": _tr("Dark mode on"),
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
        window, dark_menu, _tr("&Switch Light/Dark"), ("Ctrl+Shift+D",), window.toggle_dark,
        _tr("Switch between light and dark"),
    )  # fmt: skip

    go = bar.addMenu(_tr("&Go"))
    previous = _action(window, go, _tr("&Previous Exercise"), ("Alt+Left",), window.go_previous)
    next_action = _action(window, go, _tr("&Next Exercise"), ("Alt+Right",), window.go_next)
    go.addSeparator()
    previous_lesson = _action(
        window, go, _tr("Previous &Lesson"), ("Ctrl+PgUp",), window.go_previous_lesson
    )
    next_lesson = _action(window, go, _tr("Next L&esson"), ("Ctrl+PgDown",), window.go_next_lesson)
    go.addSeparator()
    focus_library = _action(
        window, go, _tr("&Library"), ("Ctrl+L",), window.focus_library, _tr("Go to the library")
    )
    focus_article = _action(
        window, go, _tr("&Article"), ("Ctrl+Shift+A",), window.focus_article,
        _tr("Go to the article"),
    )  # fmt: skip
    go.addSeparator()
    find = _action(window, go, _tr("&Find in the Article…"), ("Ctrl+F",), window.find_in_article)
    find_next = _action(
        window, go, _tr("Find Ne&xt"), ("F3",), lambda: window.find_step(1),
        _tr("Go to the next place found"),
    )  # fmt: skip
    find_previous = _action(
        window, go, _tr("Find Pre&vious"), ("Shift+F3",), lambda: window.find_step(-1),
        _tr("Go to the previous place found"),
    )  # fmt: skip
    go.addSeparator()
    next_pane = _action(window, go, _tr("Next Pa&ne"), ("F6",), lambda: window.cycle_panes(1))
    previous_pane = _action(
        window, go, _tr("Previous Pan&e"), ("Shift+F6",), lambda: window.cycle_panes(-1)
    )

    teacher: dict[str, QAction] = {}
    if teacher_mode:
        from closeread.ui.shell.teacher_menu import build_teacher_menu

        teacher = build_teacher_menu(window, bar.addMenu(_tr("&Teacher")), _action)

    help_menu = bar.addMenu(_tr("&Help"))
    shortcuts = _action(
        window, help_menu, _tr("&Keyboard Shortcuts"), ("F1",), window.show_shortcuts
    )
    about = _action(window, help_menu, _tr("&About CloseRead"), slot=window.show_about)
    help_menu.addSeparator()
    backup_problem = _action(
        window, help_menu, _tr("Why Today's &Backup Failed…"),
        name=_tr("Why today's backup of your progress failed"),
    )  # fmt: skip
    return Actions(
        open_pack, open_folder, switch_profile, quit_action, zoom_in, zoom_out, zoom_reset,
        show_library, appearance, previous, next_action, previous_lesson, next_lesson,
        next_pane, previous_pane, focus_library, focus_article, shortcuts, about,
        backup_problem, export_results=export_results, source_cards=source_cards,
        define_word=define_word, find=find, find_next=find_next, find_previous=find_previous,
        progress=progress, **teacher,
    )  # fmt: skip


def set_welcome(actions: Actions, welcome: bool) -> None:
    """On the welcome page (no profile chosen yet) only what makes sense without a
    student or a pack stays enabled: Help, the appearance, Quit. (Go's moves are off
    anyway until a place is shown.)"""
    for action in (
        actions.open_pack, actions.open_folder, actions.export_results, actions.switch_profile,
        actions.zoom_in, actions.zoom_out, actions.zoom_reset, actions.show_library,
        actions.focus_library, actions.focus_article, actions.next_pane, actions.previous_pane,
        actions.dashboard, actions.edit_pack, actions.teacher_notes, actions.source_cards,
        actions.define_word, actions.find, actions.find_next, actions.find_previous,
        actions.progress,
    ):  # fmt: skip
        if action is not None:
            action.setEnabled(not welcome)


def _typed(keys: QKeySequence) -> bool:
    """Whether a shortcut can be typed on an ordinary keyboard (not a media key such as
    the "Open" key a standard shortcut brings along on Linux)."""
    # QKeySequence is indexable (its first key combination); PySide6's stub says not.
    return keys.count() > 0 and keys[0].key() < Qt.Key.Key_Back  # type: ignore[index]


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts dialog: every menu command with a shortcut,
    in menu order (so a new command is listed as soon as it is in a menu), then the keys
    of the article and the exercise panel."""
    rows = []
    menus = submenus(bar)
    while menus:
        menu = menus.pop(0)
        inner = {inside.menuAction(): inside for inside in submenus(menu)}
        for action in menu.actions():
            if action in inner:
                menus.insert(0, inner[action])
                continue
            shown = [k for k in action.shortcuts() if _typed(k)]
            if shown:
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)
                rows.append((keys, action.statusTip() or action.text().replace("&", "")))
    rows += [
        (_tr("Shift+Arrows"), _tr("Select words in the article")),
        (_tr("Ctrl+Shift+Arrows"), _tr("Select word by word")),
        (_tr("Ctrl+Click"), _tr("Select a whole sentence")),
        (
            _tr("1 … 9"),
            _tr("Label the selection (each label's number, the same in every exercise)"),
        ),
        (_tr("Delete"), _tr("Remove the mark at the cursor")),
        (_tr("Ctrl+Z"), _tr("Undo the last change to your marks")),
        (_tr("Ctrl+Shift+Z, Ctrl+Y"), _tr("Redo the change you undid")),
        (_tr("Ctrl+Enter"), _tr("Check your answer")),
        (_tr("Up, Down, Space"), _tr("In the checked marks: show each in the article; open Why")),
        (_tr("Tab, Shift+Tab"), _tr("Move between controls")),
    ]
    return rows
