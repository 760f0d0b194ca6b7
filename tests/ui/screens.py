"""The app's main screens, opened for real on the bundled pack, and the text they show.

For the tests that look at every screen in a language (translated, nothing clipped):
the main window with a marking exercise checked, My Progress, the keyboard shortcuts,
the teacher's dashboard and the pack editor (on a copy of the bundled pack).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from closeread.core.pack.model import MarkExercise
from closeread.core.store.store import Store
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.pack_opener import bundled_packs

_TAGS = re.compile(r"<[^<>]*>")


def plain(text: str) -> str:
    """What a person reads of a widget's text: no accelerator ``&``, no HTML."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of interface text ``top`` shows or offers: its title,
    menus and actions, labels, buttons, tabs, headers, placeholders, tooltips."""
    yield "window title", top.windowTitle()
    for action in top.findChildren(QMenu):
        yield f"menu {action.objectName() or ''}", action.title()
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            yield "menu item", action.text()
            yield "menu item tooltip", action.toolTip() if action.toolTip() != action.text() else ""
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} item", widget.itemText(index)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
                yield f"{where} tab tooltip", widget.tabToolTip(index)
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            for section in range(count):
                yield f"{where} header", str(model.headerData(section, widget.orientation()) or "")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield f"{where} name", widget.accessibleName()


def bundled_pack_copy(folder: Path) -> Path:
    source = bundled_packs()[0]
    target = folder / source.name
    shutil.copytree(source, target)
    return target


def check_a_marking_exercise(qtbot, window: MainWindow) -> None:
    """Go to the pack's first marking exercise, mark its first key passage, check."""
    from PySide6.QtGui import QTextCursor

    pack = window.pack
    assert pack is not None
    lesson, exercise = next(
        (lesson, exercise)
        for lesson in pack.lessons
        for exercise in lesson.exercises
        if isinstance(exercise, MarkExercise) and exercise.key
    )
    window.go(Place(lesson.id, exercise.id))
    key = exercise.key[0]
    reader = window.article
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.textmap.to_qt(key.start))
    cursor.setPosition(reader.textmap.to_qt(key.end), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_1)
    panel = window.lesson.panel
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.check()


@contextmanager
def main_screens(qtbot, data_dir: Path, work: Path, size: tuple[int, int] | None = None):
    """The screens, shown at ``size``: {name: top-level widget}."""
    from app_support import wait_for_pack

    from closeread.ui.editor import PackEditor
    from closeread.ui.library.progress_view import ProgressDialog
    from closeread.ui.shell.dialogs import shortcuts_dialog
    from closeread.ui.shell.shortcut_list import shortcut_rows
    from closeread.ui.teacher.dashboard import DashboardWindow

    store = Store.open(data_dir)
    window = MainWindow(store, store.roster.add_student("Alex Chen", "9B"))
    qtbot.addWidget(window)
    opened: list[QWidget] = []
    try:
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.open_initial()
        wait_for_pack(qtbot, window)
        check_a_marking_exercise(qtbot, window)
        pack = window.pack
        assert pack is not None
        progress = ProgressDialog(pack, window.progress_for(pack), window)
        shortcuts = shortcuts_dialog(window, shortcut_rows(window.menuBar()))
        dashboard = DashboardWindow(store, pack.id, window)
        editor = PackEditor(bundled_pack_copy(work))
        qtbot.addWidget(editor)
        opened = [progress, shortcuts, dashboard, editor]
        for widget in opened:
            if size is not None and widget.isWindow() and widget in (dashboard, editor):
                widget.resize(*size)
            widget.show()
            qtbot.waitExposed(widget)
        yield {
            "main window": window,
            "my progress": progress,
            "keyboard shortcuts": shortcuts,
            "dashboard": dashboard,
            "pack editor": editor,
        }
    finally:
        for widget in reversed(opened):
            session = getattr(widget, "session", None)
            if session is not None:
                session.stack.setClean()
            widget.close()
        window.close()
        store.close()
