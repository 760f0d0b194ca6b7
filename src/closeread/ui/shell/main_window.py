"""The main window: library, article and exercise side by side; everything saved as it happens.

Layout: a splitter holding the library (packs, lessons, exercises), the article
(``ArticleView``) and the lesson pane (intro or exercise panel, Previous/Next).

Where the student is (pack, lesson, exercise, scroll) is saved in the progress
database on every move, half a second after scrolling stops, and on close; a new
window on the same database (after a crash too) opens at that place again. Drafts
and attempts are the exercise panel's to save, the day's backup the backup watch's.

The window's helpers (autosave, pack opener, backup watch, hand-in, the editor's and the
dashboard's doors) each name what they use of it in a small protocol, which this
class meets with public names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from closeread.core.pack.model import Pack
from closeread.core.store.errors import StorageError
from closeread.ui.common.loading import BackgroundTask
from closeread.ui.common.outside_text import plain_label
from closeread.ui.common.theme import SETTING as APPEARANCE
from closeread.ui.common.theme import Theme
from closeread.ui.exercises.lesson_pane import LessonPane
from closeread.ui.library.panel import LibraryEntry, LibraryPanel
from closeread.ui.reading.reader import ArticleView
from closeread.ui.shell import navigation
from closeread.ui.shell.after_paint import AfterPaint
from closeread.ui.shell.after_start import AfterStart
from closeread.ui.shell.autosave import AutoSave, student_key
from closeread.ui.shell.backup_watch import BackupWatch
from closeread.ui.shell.menus import build_menus
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.pack_opener import PackOpener, bundled_packs, library_entries
from closeread.ui.shell.prefs import Prefs
from closeread.ui.shell.window_commands import WindowCommands
from closeread.ui.shell.window_zoom import WindowZoom

if TYPE_CHECKING:
    from closeread.core.records import Progress, Student
    from closeread.core.store.store import Store

DEFAULT_SIZE = (1280, 800)
SPLIT = (290, 560, 430)


class MainWindow(WindowCommands, QMainWindow):
    """CloseRead's window for one student; ``store`` stays open while it lives.

    Made without a store (``data_dir`` given instead), it can :meth:`preview` a pack
    from the cache of checked packs at once; :meth:`attach` then gives it the store
    and the student, and it becomes usable.
    """

    packShown = Signal()  # a pack's article is on screen
    attached = Signal()  # the store and the student are there: the window is usable

    def __init__(
        self,
        store: Store | None = None,
        student: Student | None = None,
        theme: Theme | None = None,
        *,
        data_dir: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.store: Store | None = None
        self.student: Student | None = None
        self.theme = theme
        if store is not None:
            data_dir = store.data_dir
        assert data_dir is not None, "a window needs a store or a data_dir"
        self.data_dir = Path(data_dir)
        self.prefs = Prefs(self.data_dir)
        self.entry: LibraryEntry | None = None
        self.place: Place | None = None
        self.restart_wanted = False  # closed to start again in another language
        self.setObjectName("mainWindow")
        self.setWindowTitle("CloseRead")
        self.setAccessibleName("CloseRead")
        self.resize(*DEFAULT_SIZE)

        self.library = LibraryPanel(self)
        self.library.setMinimumWidth(220)
        self.article = ArticleView(self)
        self.article.setMinimumWidth(320)
        self.lesson = LessonPane(self)
        self.lesson.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        for index, widget in enumerate((self.library, self.reading_column(), self.lesson)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, (0, 5, 4)[index])
        self.splitter.setSizes(list(SPLIT))
        self.pages = QStackedWidget(self)  # the reading, or who is reading (at the start)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.actions = build_menus(self)  # type: ignore[assignment]  # (see CommandsHost)
        self.opener = PackOpener(self)

        self.student_label = plain_label(parent=self)  # a name typed by anyone
        self.student_label.setObjectName("studentLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyBar")
        self.busy.setRange(0, 0)
        self.busy.setMaximumSize(140, 14)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.student_label)

        self.autosave = AutoSave(self)
        self.zoom = WindowZoom(self)  # the panes' text follows the article's zoom
        self.backup_watch = BackupWatch(self)
        self.after_start = AfterStart(self)  # what the first actions need, once shown
        self.library.activated.connect(self._on_library_activated)
        self.library.openPackRequested.connect(self.choose_pack_file)
        self.lesson.previousRequested.connect(self.go_previous)
        self.lesson.nextRequested.connect(self.go_next)
        if theme is not None:
            self._show_appearance(theme.mode)
        self.autosave.restore_layout()
        self._update_moves()
        self.article.setFocus()
        if store is not None:
            assert student is not None, "a store comes with its student"
            self.attach(store, student)

    def preview(self) -> bool:
        """Show the pack opened last (else the bundled one) if it is in the cache of
        checked packs, before the database is open; whether there was one to show."""
        bundled = [str(folder) for folder in bundled_packs()]
        for key in [self.prefs.last_pack, *bundled]:
            location = Path(key) if key else None
            if location is None or not location.is_dir():
                continue
            entry = LibraryEntry(key, location.name, location, bundled=key in bundled)
            cached = self.opener.load_now(entry)
            if cached is None or cached.pack is None:
                continue
            entries = library_entries(None, {key: entry.pack})
            if key not in bundled:
                entries.append(entry)
            self.library.set_entries(entries)
            self.entry = next(e for e in entries if e.key == key)
            self._show_article(cached.pack)
            self.lesson.title.setText(self.tr("Opening your work…"))
            self.busy.show()
            return True
        self.lesson.title.setText(self.tr("Opening…"))
        return False

    def attach(self, store: Store, student: Student) -> None:
        """Give the window its store and student; it opens nothing yet (see open_initial)."""
        self.store = store
        self.student = student
        self.busy.setVisible(bool(self.opener.loading))
        self._show_student()
        if self.theme is not None:
            mode = self.autosave.recall(APPEARANCE, self.prefs.appearance)
            self.theme.set_mode(mode)
            self._show_appearance(self.theme.mode)
            self.prefs.appearance = self.theme.mode
        self.autosave.restore_zoom()
        self.refresh_library()
        self.backup_watch.start()
        self.attached.emit()

    def _show_article(self, pack: Pack) -> None:
        if self.article.article is not pack.article:
            self.article.set_labels(pack.labels)
            self.article.set_article(pack.article)
        self.setWindowTitle(f"CloseRead — {pack.title}")

    # -- packs --------------------------------------------------------------------------

    @property
    def pack(self) -> Pack | None:
        return self.entry.pack if self.entry else None

    def refresh_library(self) -> None:
        old = self.library.entries
        loaded = {key: entry.pack for key, entry in old.items() if entry.pack is not None}
        entries = library_entries(self.store, loaded)  # (a loaded pack's file is not read again)
        for entry in entries:
            if entry.key in old and old[entry.key].pack is not None:
                entry.pack = old[entry.key].pack
        self.library.set_entries(entries)
        self._refresh_progress()

    def open_initial(self, path: str | Path | None = None) -> None:
        """Open the student's last pack (else the bundled one); then ``path`` if given."""
        entries = self.library.entries
        assert self.student is not None  # attached
        last = self.autosave.recall(student_key(self.student.id, "last_pack"))
        bundled = [key for key, entry in entries.items() if entry.bundled]
        key = last if last in entries else next(iter(bundled or entries), None)
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
        assert pack is not None and self.student is not None  # loaded; attached
        self.entry = entry
        self._show_article(pack)
        self.library.set_pack(entry.key, pack, self.progress_for(pack))
        state = self.autosave.load_state(pack)
        scroll: float | None = None  # the student's own place, else where ``place`` opens
        if place is None and state is not None:
            place = navigation.valid_place(pack, state.lesson_id, state.exercise_id)
            scroll = state.scroll
        place = place or navigation.first_place(pack)
        if self.autosave.recall(student_key(self.student.id, "last_pack")) != entry.key:
            self.autosave.remember(student_key(self.student.id, "last_pack"), entry.key)
        self.prefs.last_pack = entry.key
        self.place = None
        if place is not None:
            self.go(place, save=False)
        if scroll is not None:
            self.autosave.restore_later(scroll)
        self.save_state()
        AfterPaint(self, self._place_painted)  # (what can wait until the place is seen)
        self.packShown.emit()

    def _place_painted(self) -> None:
        self.opener.load_the_rest()
        self.after_start.start()

    def progress_for(self, pack: Pack | None) -> Progress | None:
        if pack is None or self.store is None:
            return None
        assert self.student is not None  # attached with the store
        try:
            return self.store.work.load_progress(self.student.id, pack.id)
        except StorageError as error:
            self.autosave.failed(error)
            return None

    def _refresh_progress(self) -> None:
        for key, entry in self.library.entries.items():
            if entry.pack is not None:
                self.library.set_progress(key, self.progress_for(entry.pack))

    def choose_pack_file(self) -> None:
        if self.store is not None:
            self.opener.choose_file()

    def choose_pack_folder(self) -> None:
        if self.store is not None:
            self.opener.choose_folder()

    def open_pack_path(self, path: str | Path) -> None:
        """Check, install and open the pack at ``path`` (the work runs off the GUI thread)."""
        self.opener.open_path(Path(path))

    # -- moving around -------------------------------------------------------------------

    def go(self, place: Place | None, *, save: bool = True) -> None:
        """Show ``place`` of the open pack: its lesson's intro or an exercise's panel."""
        pack = self.pack
        if pack is None or self.store is None or place is None or place == self.place:
            return
        lesson = pack.lesson(place.lesson_id)
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.lesson.isAncestorOf(focus)
        self.article.set_feedback([])
        self.article.set_marks([])
        if place.exercise_id is None:  # the lesson's intro
            self.lesson.show_intro(pack, lesson)
        else:
            exercise = lesson.exercise(place.exercise_id)
            number, _count = navigation.position(pack, place)
            panel = self._make_panel(pack, lesson, exercise)
            self.lesson.show_exercise(pack, lesson, number, exercise.title, panel)
            self.article.show_passage(navigation.opening(pack, place))
        self.place = place
        assert self.entry is not None  # pack is self.entry's
        self.library.set_current(self.entry.key, place.lesson_id, place.exercise_id)
        self._update_moves()
        if had_focus:
            self.lesson.focus_content()
        if save:
            self.save_state()
            self._refresh_progress()

    def _make_panel(self, pack: Pack, lesson, exercise) -> QWidget:
        from closeread.ui.exercises.context import ExerciseContext
        from closeread.ui.exercises.panel import ExercisePanel

        assert self.store is not None and self.student is not None  # attached
        context = ExerciseContext(
            store=self.store, student_id=self.student.id, pack=pack, lesson=lesson,
            exercise=exercise, reader=self.article,
        )  # fmt: skip
        panel = ExercisePanel(context)
        panel.checked.connect(lambda _score: self._refresh_progress())
        return panel

    def go_next(self) -> None:
        if self.pack and self.place:
            self.go(navigation.step(self.pack, self.place, 1))

    def go_previous(self) -> None:
        if self.pack and self.place:
            self.go(navigation.step(self.pack, self.place, -1))

    def go_next_lesson(self) -> None:
        if self.pack and self.place:
            self.go(navigation.step_lesson(self.pack, self.place, 1))

    def go_previous_lesson(self) -> None:
        if self.pack and self.place:
            self.go(navigation.step_lesson(self.pack, self.place, -1))

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
        if self.store is None:
            return
        place = Place(lesson_id, exercise_id or None) if lesson_id else None
        if self.entry is not None and key == self.entry.key:
            if place is not None:
                self.go(place)
            return
        self.open_entry(key, place)

    # -- saving ---------------------------------------------------------------------------

    def save_state(self) -> None:
        """Save the pack, lesson, exercise and scroll position now."""
        self.autosave.save_state()

    # -- events ---------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.autosave.apply_pending)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.autosave.save_layout()
        self.opener.closed = True  # what is still loading is not wanted any more
        self.backup_watch.closing()
        BackgroundTask.wait_all()
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) and self.statusBar().currentMessage():
            self.statusBar().clearMessage()
            return
        super().keyPressEvent(event)
