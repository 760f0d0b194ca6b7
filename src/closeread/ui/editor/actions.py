"""The pack editor's menus, toolbar and shortcuts, each with a name a screen reader says.

Undo and redo come from the editor's ``QUndoStack``, so their menu entries name the
step they take back ("Undo Mark a key span"). Moving and deleting exercises act on the
outline's row and work while the outline has the focus (Ctrl+Up, Ctrl+Down, Delete),
so the same keys keep their usual meaning in text fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton

from closeread.ui.common.actions import make_action
from closeread.ui.common.i18n import translate
from closeread.ui.editor.kinds import kind_name
from closeread.ui.editor.structure import KINDS, PART_KINDS


@dataclass
class EditorActions:
    save: QAction
    reload: QAction
    close: QAction
    undo: QAction
    redo: QAction
    add: QAction
    add_menu: QMenu
    add_kind: dict[str, QAction]
    part_menu: QMenu
    add_part: dict[str, QAction]
    delete: QAction
    move_up: QAction
    move_down: QAction
    try_it: QAction
    add_lesson: QAction
    delete_lesson: QAction
    show_ids: QAction


def build_actions(window) -> EditorActions:
    """Menus and toolbar of ``window`` (a :class:`PackEditor`)."""
    icon = window.style().standardIcon
    bar = window.menuBar()
    bar.setAccessibleName(translate("editor", "Menu bar"))

    save = make_action(
        window,
        translate("editor", "&Save"),
        QKeySequence.StandardKey.Save,
        window.save,
        translate("editor", "Save the pack"),
    )
    save.setIcon(icon(QStyle.StandardPixmap.SP_DialogSaveButton))
    reload = make_action(
        window,
        translate("editor", "&Reload from Disk"),
        ("Ctrl+R",),
        window.reload,
        translate("editor", "Read the pack's files again"),
    )
    close = make_action(
        window,
        translate("editor", "&Close"),
        QKeySequence.StandardKey.Close,
        window.close,
        translate("editor", "Close the editor"),
    )
    file_menu = bar.addMenu(translate("editor", "&File"))
    for action in (save, reload, None, close):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)

    stack = window.session.stack
    undo = stack.createUndoAction(window, translate("editor", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setIcon(icon(QStyle.StandardPixmap.SP_ArrowBack))
    undo.setObjectName("undo")
    redo = stack.createRedoAction(window, translate("editor", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(icon(QStyle.StandardPixmap.SP_ArrowForward))
    redo.setObjectName("redo")
    edit_menu = bar.addMenu(translate("editor", "&Edit"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)

    exercise_menu = bar.addMenu(translate("editor", "E&xercise"))
    add_menu = QMenu(translate("editor", "&Add Exercise"), window)
    add_menu.setAccessibleName(translate("editor", "Add an exercise"))
    add_kind = {}
    for kind in KINDS:
        spoken = translate("editor", "Add a {kind} exercise").format(kind=kind_name(kind).lower())
        action = make_action(
            window, kind_name(kind), (), lambda _=False, k=kind: window.add(k), spoken
        )
        add_menu.addAction(action)
        add_kind[kind] = action
    add = make_action(
        window,
        translate("editor", "&Add Exercise…"),
        ("Ctrl+N",),
        window.show_add_menu,
        translate("editor", "Add an exercise"),
    )
    add.setMenu(add_menu)
    add.setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
    part_menu = QMenu(translate("editor", "Add &Part to the Analogy"), window)
    add_part = {}
    for kind in PART_KINDS:
        spoken = translate("editor", "Add a {kind} part").format(kind=kind_name(kind).lower())
        action = make_action(
            window, kind_name(kind), (), lambda _=False, k=kind: window.add_part(k), spoken
        )
        part_menu.addAction(action)
        add_part[kind] = action
    delete = make_action(
        window,
        translate("editor", "&Delete"),
        ("Del",),
        window.delete,
        translate("editor", "Delete the exercise or lesson"),
    )
    delete.setIcon(icon(QStyle.StandardPixmap.SP_TrashIcon))
    move_up = make_action(
        window,
        translate("editor", "Move &Up"),
        ("Ctrl+Up",),
        lambda: window.move(-1),
        translate("editor", "Move the exercise up"),
    )
    move_up.setIcon(icon(QStyle.StandardPixmap.SP_ArrowUp))
    move_down = make_action(
        window,
        translate("editor", "Move Do&wn"),
        ("Ctrl+Down",),
        lambda: window.move(1),
        translate("editor", "Move the exercise down"),
    )
    move_down.setIcon(icon(QStyle.StandardPixmap.SP_ArrowDown))
    for action in (delete, move_up, move_down):  # the outline's keys, not a text field's
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.outline.addAction(action)
    try_it = make_action(
        window,
        translate("editor", "&Try as a Student"),
        ("F5",),
        window.try_exercise,
        translate("editor", "Try the exercise as a student"),
    )
    try_it.setIcon(icon(QStyle.StandardPixmap.SP_MediaPlay))
    exercise_menu.addMenu(add_menu)
    exercise_menu.addMenu(part_menu)
    for action in (None, delete, move_up, move_down, None, try_it):
        exercise_menu.addSeparator() if action is None else exercise_menu.addAction(action)
    for action in (save, reload, close, undo, redo, add, try_it):
        window.addAction(action)  # shortcuts work wherever the focus is

    lesson_menu = bar.addMenu(translate("editor", "&Lesson"))
    add_lesson = make_action(
        window,
        translate("editor", "Add &Lesson"),
        ("Ctrl+Shift+N",),
        window.add_lesson,
        translate("editor", "Add a lesson after this one"),
    )
    add_lesson.setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
    delete_lesson = make_action(
        window,
        translate("editor", "&Delete Lesson"),
        (),
        window.delete_lesson,
        translate("editor", "Delete this lesson"),
    )
    for action in (add_lesson, delete_lesson):
        lesson_menu.addAction(action)
    window.addAction(add_lesson)

    view_menu = bar.addMenu(translate("editor", "&View"))
    show_ids = make_action(
        window,
        translate("editor", "Show &Ids"),
        ("Ctrl+Shift+I",),
        None,
        translate("editor", "Show the permanent ids of lessons, exercises and passages"),
    )
    show_ids.setCheckable(True)
    show_ids.toggled.connect(window.set_show_ids)
    view_menu.addAction(show_ids)
    window.addAction(show_ids)

    go_menu = bar.addMenu(translate("editor", "&Go"))
    next_pane = make_action(
        window,
        translate("editor", "&Next Pane"),
        ("F6",),
        lambda: window.cycle_panes(1),
        translate("editor", "Go to the next pane"),
    )
    previous_pane = make_action(
        window,
        translate("editor", "&Previous Pane"),
        ("Shift+F6",),
        lambda: window.cycle_panes(-1),
        translate("editor", "Go to the previous pane"),
    )
    for action in (next_pane, previous_pane):
        go_menu.addAction(action)
        window.addAction(action)

    toolbar = QToolBar(translate("editor", "Editing"), window)
    toolbar.setObjectName("editorToolbar")
    toolbar.setAccessibleName(translate("editor", "Editing tools"))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        save,
        undo,
        redo,
        None,
        add_lesson,
        add,
        delete,
        move_up,
        move_down,
        None,
        try_it,
    ):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    button = toolbar.widgetForAction(add)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    window.addToolBar(toolbar)
    return EditorActions(
        save,
        reload,
        close,
        undo,
        redo,
        add,
        add_menu,
        add_kind,
        part_menu,
        add_part,
        delete,
        move_up,
        move_down,
        try_it,
        add_lesson,
        delete_lesson,
        show_ids,
    )
