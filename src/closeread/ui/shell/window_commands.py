"""The main window's commands that are not about packs and places: focus, profile,
appearance, help, and the doors to the teacher's tools. A mixin of
:class:`~closeread.ui.shell.main_window.MainWindow`, which provides the widgets and state
that :class:`CommandsHost` names (the type checker holds MainWindow to it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

import closeread
from closeread.ui.common.panes import next_pane
from closeread.ui.common.theme import SETTING as APPEARANCE
from closeread.ui.shell.menus import set_welcome
from closeread.ui.shell.shortcut_list import shortcut_rows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget

    from closeread.core.pack.model import Pack
    from closeread.core.records import Progress, Student
    from closeread.core.store.store import Store
    from closeread.ui.common.theme import Theme
    from closeread.ui.exercises.lesson_pane import LessonPane
    from closeread.ui.library.panel import LibraryEntry, LibraryPanel
    from closeread.ui.reading.reader import ArticleView
    from closeread.ui.shell.autosave import AutoSave
    from closeread.ui.shell.menus import Actions
    from closeread.ui.shell.navigation import Place
    from closeread.ui.shell.prefs import Prefs
    from closeread.ui.shell.reading_aids import ReadingAids

NARROW_WIDTH = 1000  # below this many pixels the library gives its room to the reading


class CommandsHost(Protocol):
    """What the commands need of the window they are mixed into, besides QMainWindow's own.

    The two with a value are set by the commands too (switching profile); the value tells
    the type checker that the mixin does not define them anew.
    """

    store: Store | None
    student: Student | None = None
    theme: Theme | None
    prefs: Prefs
    entry: LibraryEntry | None
    place: Place | None = None
    library: LibraryPanel
    article: ArticleView
    lesson: LessonPane
    splitter: QSplitter
    pages: QStackedWidget
    student_label: QLabel
    autosave: AutoSave
    aids: ReadingAids
    # The menu actions by name. The attribute hides QWidget.actions(), which Qt's C++
    # side does not look up in Python; hence the type checker's two exceptions for it.
    actions: Actions

    @property
    def pack(self) -> Pack | None: ...
    def save_state(self) -> None: ...
    def progress_for(self, pack: Pack | None) -> Progress | None: ...
    def go(self, place: Place | None, *, save: bool = True) -> None: ...
    def refresh_library(self) -> None: ...
    def show_pack(self, entry: LibraryEntry, place: Place | None = None) -> None: ...


if TYPE_CHECKING:

    class _Window(CommandsHost, QMainWindow):  # type: ignore[misc]
        """What the mixin is part of, for the type checker."""

else:
    _Window = object


class WindowCommands(_Window):
    """Menu commands of the main window (see the module's notes)."""

    _narrow = False
    library_preferred = True  # the student's choice, whatever a narrow window does now

    # -- the reading aids ----------------------------------------------------------------

    def reading_column(self) -> QWidget:
        """The article with the source cards beside it (:mod:`closeread.ui.shell.reading_aids`)."""
        from closeread.ui.shell.reading_aids import ReadingAids

        self.aids = ReadingAids(self)
        return self.aids.splitter

    def show_progress(self) -> None:
        """View > My Progress…: each lesson's points, what is left, the attempts used;
        Enter on an exercise goes there."""
        from closeread.ui.library.progress_view import ProgressDialog
        from closeread.ui.shell.navigation import Place

        pack = self.pack
        if pack is None or self.store is None:
            return
        dialog = ProgressDialog(pack, self.progress_for(pack), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.placeChosen.connect(
            lambda lesson, exercise: self.go(Place(lesson, exercise or None))
        )
        dialog.open()

    def export_teacher_notes(self) -> None:
        """Teacher > Export Teacher Notes…, behind the teacher PIN."""
        from closeread.ui.teacher.notes_export import export_teacher_notes

        if self.store is not None:
            export_teacher_notes(self)

    # -- focus ----------------------------------------------------------------------------

    def focus_library(self) -> None:
        self.set_library_visible(True)
        self.library.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.article.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cycle_panes(self, delta: int) -> None:
        """F6 and Shift+F6: the library, the article, the source cards, the lesson pane."""
        cards = self.aids.made  # (None until the source cards were first wanted)
        panes = [self.library, self.article, *([cards] if cards is not None else []), self.lesson]
        target = next_pane(panes, delta)
        if target is self.library:
            self.focus_library()
        elif target is self.article:
            self.focus_article()
        elif target is cards:
            self.aids.focus_pane()
        else:
            self.lesson.focus_content()

    def set_library_visible(self, visible: bool, *, by_user: bool = True) -> None:
        """Show or hide the library. What the student chooses in a window wide enough is
        their preference; a narrow window hides it for now and gives it back when wider."""
        if by_user and not self._narrow:
            self.library_preferred = visible
        self.library.setVisible(visible)
        if self.actions.show_library.isChecked() != visible:
            self.actions.show_library.setChecked(visible)

    def _fit_width(self) -> None:
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_library_visible(self.library_preferred and not narrow, by_user=False)

    def find_in_article(self) -> None:
        """Go > Find in the Article (Ctrl+F): the find bar over the article."""
        self._find_bar().open_bar()

    def find_step(self, delta: int) -> None:
        """F3 and Shift+F3: the next or the previous place found (the bar opens first)."""
        self._find_bar().step(delta)

    def _find_bar(self):
        from closeread.ui.reading.find import FindBar

        bar = self.article.findChild(FindBar)
        return bar if bar is not None else FindBar(self.article)

    # -- profile, appearance, help --------------------------------------------------------

    def _show_student(self) -> None:
        assert self.student is not None  # attached
        self.student_label.setText(self.tr("Reading as {name}").format(name=self.student.label))
        self.student_label.setAccessibleName(self.student_label.text())

    def ask_profile(self, store, chosen, cancelled) -> None:
        """Ask who is reading on a page of this window; ``chosen(student)`` or
        ``cancelled()`` follows. (File > Switch Profile uses a dialog instead.)"""
        from closeread.ui.shell.profile_dialog import ProfileDialog

        page = QWidget(self.pages)
        page.setObjectName("profilePage")
        layout = QGridLayout(page)
        card = QFrame(page)  # the form on a card of the page's base colour
        card.setObjectName("profileCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setAutoFillBackground(True)
        card.setMaximumWidth(600)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 12, 12, 8)
        dialog = ProfileDialog(store, card, embedded=True)
        card_layout.addWidget(dialog)
        layout.addWidget(card, 1, 1)
        layout.setRowStretch(0, 2)
        layout.setRowStretch(2, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(2, 1)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        set_welcome(self.actions, True)  # Help, the appearance and Quit stay usable
        title = self.windowTitle()
        self.setWindowTitle(dialog.windowTitle())

        def finish(accepted: bool) -> None:
            self.pages.setCurrentWidget(self.splitter)
            set_welcome(self.actions, False)
            self.setWindowTitle(title)
            page.deleteLater()
            if accepted:
                chosen(dialog.student)
            else:
                cancelled()

        dialog.accepted.connect(lambda: finish(True))
        dialog.rejected.connect(lambda: finish(False))
        dialog.show()
        dialog.setFocus()
        (dialog.name_edit if dialog.creating() else dialog.list).setFocus()

    def switch_profile(self) -> None:
        if self.store is None:
            return
        self.save_state()
        from closeread.ui.shell.profile_dialog import choose_student

        student = choose_student(self.store, self, always_ask=True)
        assert self.student is not None  # attached with the store
        if student is None or student.id == self.student.id:
            return
        self.student = student
        self._show_student()
        self.place = None
        self.refresh_library()
        if self.entry is not None:
            self.show_pack(self.library.entries.get(self.entry.key, self.entry))

    def set_appearance(self, mode: str) -> None:
        if self.theme is None:
            return
        self.theme.set_mode(mode)
        self._show_appearance(self.theme.mode)
        self.autosave.remember(APPEARANCE, self.theme.mode)
        self.prefs.appearance = self.theme.mode

    def toggle_dark(self) -> None:
        if self.theme is not None:
            self.set_appearance("light" if self.theme.dark else "dark")

    def _show_appearance(self, mode: str) -> None:
        action = self.actions.appearance.get(mode)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from closeread.ui.shell.dialogs import about_text

        QMessageBox.about(self, self.tr("About CloseRead"), about_text(closeread.__version__))

    def show_shortcuts(self) -> None:
        from closeread.ui.shell.dialogs import shortcuts_dialog

        shortcuts_dialog(self, shortcut_rows(self.menuBar())).exec()

    # -- other tools ---------------------------------------------------------------------

    def export_my_results(self) -> None:
        """File > Export My Results…: the hand-in file (:mod:`closeread.ui.shell.hand_in`)."""
        from closeread.ui.shell.hand_in import export_my_results

        if self.store is not None:
            export_my_results(self)

    def open_dashboard(self) -> None:
        """Teacher > Dashboard…, behind the teacher PIN (:mod:`closeread.ui.teacher`)."""
        from closeread.ui.teacher import open_dashboard

        if self.store is not None:
            open_dashboard(self)
