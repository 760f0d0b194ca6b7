"""The main window: library, article and exercise side by side; everything saved as it happens.

Layout: a splitter holding the library (packs, lessons, exercises), the article
(``ArticleView``) and the lesson pane (intro or exercise panel, Previous/Next).

Where the student is (pack, lesson, exercise, scroll) is saved in the progress
database on every move, half a second after scrolling stops, and on close; a new
window on the same database (after a crash too) opens at that place again. Drafts
and attempts are the exercise panel's to save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QWidget,
)

import closeread
from closeread.core.model import Pack
from closeread.core.storage_errors import StorageError
from closeread.ui import navigation
from closeread.ui.autosave import AutoSave, student_key
from closeread.ui.dialogs import about_text, shortcuts_dialog
from closeread.ui.lesson_pane import LessonPane
from closeread.ui.library import LibraryEntry, LibraryPanel
from closeread.ui.loading import BackgroundTask
from closeread.ui.menus import build_menus, shortcut_rows
from closeread.ui.navigation import Place
from closeread.ui.pack_opener import PackOpener, library_entries
from closeread.ui.profile_dialog import choose_student, describe
from closeread.ui.reader import ArticleView
from closeread.ui.theme import SETTING as APPEARANCE
from closeread.ui.theme import Theme

DEFAULT_SIZE = (1280, 800)
SPLIT = (250, 580, 450)


class MainWindow(QMainWindow):
    """CloseRead's window for one student; ``store`` stays open while it lives."""

    placeChanged = Signal()  # a pack was opened or the student moved
    packShown = Signal()  # a pack's article is on screen

    def __init__(self, store, student, theme: Theme | None = None) -> None:
        super().__init__()
        self.store = store
        self.student = student
        self.theme = theme
        self.entry: LibraryEntry | None = None
        self.place: Place | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("CloseRead")
        self.setAccessibleName("CloseRead")
        self.resize(*DEFAULT_SIZE)

        self.library = LibraryPanel(self)
        self.article = ArticleView(self)
        self.article.setMinimumWidth(320)
        self.lesson = LessonPane(self)
        self.lesson.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        for index, widget in enumerate((self.library, self.article, self.lesson)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, (0, 5, 4)[index])
        self.splitter.setSizes(list(SPLIT))
        self.setCentralWidget(self.splitter)
        self.actions = build_menus(self)
        self.opener = PackOpener(self)

        self.student_label = QLabel(self)
        self.student_label.setObjectName("studentLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyBar")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setMaximumHeight(14)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.student_label)
        self._show_student()

        self.autosave = AutoSave(self)
        self.library.activated.connect(self._on_library_activated)
        self.library.openPackRequested.connect(self.choose_pack_file)
        self.lesson.previousRequested.connect(self.go_previous)
        self.lesson.nextRequested.connect(self.go_next)
        if theme is not None:
            self._show_appearance(theme.mode)
        self.autosave.restore_layout()
        self.refresh_library()
        self._update_moves()

    # -- packs --------------------------------------------------------------------------

    @property
    def pack(self) -> Pack | None:
        return self.entry.pack if self.entry else None

    def refresh_library(self) -> None:
        old = self.library.entries
        entries = library_entries(self.store)
        for entry in entries:
            if entry.key in old and old[entry.key].pack is not None:
                entry.pack = old[entry.key].pack
        self.library.set_entries(entries)
        self._refresh_progress()

    def open_initial(self, path: str | Path | None = None) -> None:
        """Open the student's last pack (else the bundled one); then ``path`` if given."""
        entries = self.library.entries
        last = self.autosave.recall(student_key(self.student.id, "last_pack"))
        bundled = [key for key, entry in entries.items() if entry.bundled]
        key = last if last in entries else (bundled or list(entries) or [None])[0]
        if key is not None:
            self.open_entry(key)
        else:
            self.lesson.title.setText(self.tr("No lesson pack"))
            self.lesson.where.setText(self.tr("Open a pack with File > Open Pack…"))
        if path is not None:
            self.opener.open_path(Path(path))

    def open_entry(self, key: str, place: Place | None = None) -> None:
        """Show the pack at ``key``: at once if it is loaded or cached, else when it loads."""
        self.opener.open_entry(key, place)

    def show_pack(self, entry: LibraryEntry, place: Place | None = None) -> None:
        """Show the loaded pack of ``entry`` at ``place``, else where the student left it."""
        if self.entry is not None and self.entry.key != entry.key:
            self.save_state()
        pack = entry.pack
        self.entry = entry
        self.article.set_labels(pack.labels)
        self.article.set_article(pack.article)
        self.setWindowTitle(f"CloseRead — {pack.title}")
        self.library.set_pack(entry.key, pack, self.progress_for(pack))
        state = self.autosave.load_state(pack)
        scroll = 0.0
        if place is None and state is not None:
            place = navigation.valid_place(pack, state.lesson_id, state.exercise_id)
            scroll = state.scroll
        place = place or navigation.first_place(pack)
        self.autosave.remember(student_key(self.student.id, "last_pack"), entry.key)
        self.place = None
        if place is not None:
            self.go(place, save=False)
        self.autosave.restore_later(scroll)
        self.save_state()
        self.packShown.emit()
        QTimer.singleShot(0, self.opener.load_the_rest)

    def progress_for(self, pack: Pack | None):
        if pack is None:
            return None
        try:
            return self.store.load_progress(self.student.id, pack.id)
        except StorageError as error:
            self.autosave.failed(error)
            return None

    def _refresh_progress(self) -> None:
        for key, entry in self.library.entries.items():
            if entry.pack is not None:
                self.library.set_progress(key, self.progress_for(entry.pack))

    def choose_pack_file(self) -> None:
        self.opener.choose_file()

    def choose_pack_folder(self) -> None:
        self.opener.choose_folder()

    def open_pack_path(self, path: str | Path) -> None:
        """Check, install and open the pack at ``path`` (the work runs off the GUI thread)."""
        self.opener.open_path(Path(path))

    def export_my_results(self) -> None:
        """File > Export My Results…: the hand-in file (:mod:`closeread.ui.hand_in`)."""
        from closeread.ui.hand_in import export_my_results

        if self.store is not None:
            export_my_results(self)

    def open_dashboard(self) -> None:
        """Teacher > Dashboard…, behind the teacher PIN (:mod:`closeread.ui.teacher`)."""
        from closeread.ui.teacher import open_dashboard

        if self.store is not None:
            open_dashboard(self)

    def edit_pack(self) -> None:
        """Teacher > Edit Pack…, behind the teacher PIN (:mod:`closeread.ui.editor`)."""
        from closeread.ui.editor.opening import edit_pack

        if self.store is not None:
            edit_pack(self)

    # -- moving around -------------------------------------------------------------------

    def go(self, place: Place, *, save: bool = True) -> None:
        """Show ``place`` of the open pack: its lesson's intro or an exercise's panel."""
        pack = self.pack
        if pack is None or place == self.place:
            return
        lesson = pack.lesson(place.lesson_id)
        had_focus = self.lesson.isAncestorOf(QApplication.focusWidget())
        self.article.set_feedback([])
        self.article.set_marks([])
        if place.is_intro:
            self.lesson.show_intro(pack, lesson)
        else:
            exercise = lesson.exercise(place.exercise_id)
            number, _count = navigation.position(pack, place)
            panel = self._make_panel(pack, lesson, exercise)
            self.lesson.show_exercise(pack, lesson, number, exercise.title, panel)
        self.place = place
        self.library.set_current(self.entry.key, place.lesson_id, place.exercise_id)
        self._update_moves()
        if had_focus:
            self.lesson.focus_content()
        if save:
            self.save_state()
            self._refresh_progress()
        self.placeChanged.emit()

    def _make_panel(self, pack: Pack, lesson, exercise) -> QWidget:
        from closeread.ui.exercises.context import ExerciseContext
        from closeread.ui.exercises.panel import ExercisePanel

        context = ExerciseContext(
            store=self.store, student_id=self.student.id, pack=pack, lesson=lesson,
            exercise=exercise, reader=self.article,
        )  # fmt: skip
        panel = ExercisePanel(context)
        panel.checked.connect(lambda _score: self._refresh_progress())
        return panel

    def _step(self, place: Place | None) -> None:
        if place is not None:
            self.go(place)

    def go_next(self) -> None:
        if self.pack and self.place:
            self._step(navigation.step(self.pack, self.place, 1))

    def go_previous(self) -> None:
        if self.pack and self.place:
            self._step(navigation.step(self.pack, self.place, -1))

    def go_next_lesson(self) -> None:
        if self.pack and self.place:
            self._step(navigation.step_lesson(self.pack, self.place, 1))

    def go_previous_lesson(self) -> None:
        if self.pack and self.place:
            self._step(navigation.step_lesson(self.pack, self.place, -1))

    def _update_moves(self) -> None:
        pack, place = self.pack, self.place
        before = bool(pack and place and navigation.step(pack, place, -1))
        after = navigation.step(pack, place, 1) if pack and place else None
        text = ""
        if after is not None and after.is_intro:
            text = self.tr("Next &Lesson  ▶")
        self.lesson.set_can_move(before, after is not None, text)
        self.actions.previous.setEnabled(before)
        self.actions.next.setEnabled(after is not None)
        self.actions.previous_lesson.setEnabled(
            bool(pack and place and navigation.step_lesson(pack, place, -1))
        )
        self.actions.next_lesson.setEnabled(
            bool(pack and place and navigation.step_lesson(pack, place, 1))
        )

    def _on_library_activated(self, key: str, lesson_id: str, exercise_id: str) -> None:
        place = Place(lesson_id, exercise_id or None) if lesson_id else None
        if self.entry is not None and key == self.entry.key:
            if place is not None:
                self.go(place)
            return
        self.open_entry(key, place)

    # -- focus ----------------------------------------------------------------------------

    def focus_library(self) -> None:
        self.set_library_visible(True)
        self.library.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.article.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cycle_panes(self, delta: int) -> None:
        panes = [self.library, self.article, self.lesson]
        panes = [pane for pane in panes if pane.isVisible()]
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes) if p is focus or p.isAncestorOf(focus)), -1)
        target = panes[(current + delta) % len(panes)]
        if target is self.library:
            self.focus_library()
        elif target is self.article:
            self.focus_article()
        else:
            self.lesson.focus_content()

    def set_library_visible(self, visible: bool) -> None:
        self.library.setVisible(visible)
        if self.actions.show_library.isChecked() != visible:
            self.actions.show_library.setChecked(visible)

    # -- saving ---------------------------------------------------------------------------

    def save_state(self) -> None:
        """Save the pack, lesson, exercise and scroll position now."""
        self.autosave.save_state()

    # -- profile, appearance, help --------------------------------------------------------

    def _show_student(self) -> None:
        self.student_label.setText(self.tr("Reading as {name}").format(name=describe(self.student)))
        self.student_label.setAccessibleName(self.student_label.text())

    def switch_profile(self) -> None:
        self.save_state()
        student = choose_student(self.store, self, always_ask=True)
        if student is None or student.id == self.student.id:
            return
        self.student = student
        self._show_student()
        self.place = None
        self.refresh_library()
        if self.entry is not None:
            self._show_pack(self.library.entries.get(self.entry.key, self.entry))

    def set_appearance(self, mode: str) -> None:
        if self.theme is None:
            return
        self.theme.set_mode(mode)
        self._show_appearance(self.theme.mode)
        self.autosave.remember(APPEARANCE, self.theme.mode)

    def toggle_dark(self) -> None:
        if self.theme is not None:
            self.set_appearance("light" if self.theme.dark else "dark")

    def _show_appearance(self, mode: str) -> None:
        action = self.actions.appearance.get(mode)
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About CloseRead"), about_text(closeread.__version__))

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self, shortcut_rows(self.actions)).exec()

    # -- events ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.autosave.apply_pending)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.autosave.save_layout()
        BackgroundTask.wait_all()
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) and self.statusBar().currentMessage():
            self.statusBar().clearMessage()
            return
        super().keyPressEvent(event)
