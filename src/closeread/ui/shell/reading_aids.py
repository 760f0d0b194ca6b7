"""The main window's reading aids: the source cards beside the article, and the glossary.

The cards pane (:class:`~closeread.ui.reading.cards_pane.CardsPane`) shares a splitter
with the article (``splitter``, which the window puts where the article would be).
View > Source Cards opens and closes it; the student's choice and the pane's width are
kept in the window's preferences, like the library's. An exercise that names a card
opens the pane at that card while it is open; a pane opened that way closes again when
the student moves on to an exercise without one. Opening or closing keeps the words at
the top of the article where they were, though the article's width changes.

The pane is made the first time it is wanted (most starts never show it): until then
the window knows the pack's cards without it.

The glossary: the article underlines each term's first use and defines it on hover;
"Words to know" in the lesson pane scrolls the article to a term and shows its
definition there; View > Define Word at Cursor defines the term at the article's cursor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSplitter

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar, QWidget

    from closeread.core.pack.glossary import TermUse
    from closeread.core.pack.model import Exercise, Pack, SourceCard
    from closeread.ui.exercises.lesson_pane import LessonPane
    from closeread.ui.reading.cards_pane import CardsPane
    from closeread.ui.reading.reader import ArticleView
    from closeread.ui.shell.prefs import Prefs

PANE_WIDTH = 320  # the pane's width the first time it opens
SAVE_MS = 400  # the pane's width is saved this long after the student stops dragging


class AidsHost(Protocol):
    """What the reading aids need of the main window."""

    @property
    def article(self) -> ArticleView: ...
    @property
    def lesson(self) -> LessonPane: ...
    @property
    def prefs(self) -> Prefs: ...
    @property
    def splitter(self) -> QSplitter: ...  # library | the reading column | lesson pane
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


class ReadingAids(QObject):
    """The cards pane and the glossary's doors, for one main window."""

    paneMade = Signal()  # the cards pane exists now (the window's zoom reaches it)

    def __init__(self, host: AidsHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.article = host.article
        self.made: CardsPane | None = None  # the pane, once it is wanted (see ``pane``)
        self._cards: tuple[SourceCard, ...] = ()  # the pack's, with the folder it is in
        self._root: Path | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("readingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.article)
        self.splitter.setStretchFactor(0, 1)
        self.preferred, self._sizes = host.prefs.cards_layout()  # the student's choice
        self.opened_by_exercise = False
        self.action: QAction | None = None  # View > Source Cards (see attach_action)
        self._saving = QTimer(self, singleShot=True, interval=SAVE_MS)
        self._saving.timeout.connect(self.save)
        self.splitter.splitterMoved.connect(lambda *_: self._saving.start())
        self._pack: Pack | None = None
        host.lesson.termActivated.connect(self.show_term)
        host.lesson.shown.connect(self._on_shown)

    @property
    def pane(self) -> CardsPane:
        """The cards pane beside the article, made (hidden) the first time it is wanted."""
        if self.made is None:
            from closeread.ui.reading.cards_pane import CardsPane

            pane = CardsPane()
            pane.setMinimumWidth(240)
            pane.hide()
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(1, 0)
            pane.set_cards(self._cards, self._root)
            pane.closeRequested.connect(lambda: self.set_open(False))
            self.made = pane
            self.paneMade.emit()
        return self.made

    def is_open(self) -> bool:
        return self.made is not None and self.made.isVisibleTo(self.splitter)

    def attach_action(self, action: QAction) -> None:
        """View > Source Cards: checkable; it follows the pane, and the student's use of
        it (``triggered``) is their choice."""
        self.action = action
        action.setCheckable(True)
        action.setChecked(self.is_open())
        action.setEnabled(bool(self._cards))
        action.triggered.connect(self.set_open)

    # -- the pack and the exercise -------------------------------------------------------

    def _on_shown(self, pack: Pack) -> None:
        """The lesson pane shows an intro or an exercise of ``pack``: follow it."""
        if pack is not self._pack:
            self.set_pack(pack)
        panel = self.host.lesson.panel
        exercise = getattr(panel, "exercise", None) if panel is not None else None
        self.follow(exercise)

    def set_pack(self, pack: Pack) -> None:
        """Show ``pack``'s glossary in the article and its cards in the pane."""
        self._pack = pack
        self.article.set_glossary(pack.glossary)
        if (self._cards, self._root) != (pack.cards, pack.root):
            self._cards, self._root = pack.cards, pack.root
            if self.made is not None:
                self.made.set_cards(pack.cards, pack.root)
        if self.action is not None:
            self.action.setEnabled(bool(pack.cards))
        self.opened_by_exercise = False
        self._show(self.preferred and bool(pack.cards))

    def follow(self, exercise: Exercise | None) -> None:
        """The student opened ``exercise`` (None: a lesson's intro): show its card."""
        card = exercise.card if exercise is not None else ""
        known = card and any(each.id == card for each in self._cards)
        if known and self.pane.show_card(card):
            if not self.is_open():
                self.opened_by_exercise = True
                self._show(True)
        elif self.opened_by_exercise:
            self.opened_by_exercise = False
            self._show(self.preferred)

    # -- the student's commands ----------------------------------------------------------

    def set_open(self, wanted: bool) -> None:
        """Open or close the pane as the student asks, and remember it."""
        if wanted and not self._cards:
            wanted = False
        focus = QApplication.focusWidget()
        pane = self.made
        had_focus = False
        if pane is not None and focus is not None:
            had_focus = focus is pane or pane.isAncestorOf(focus)
        self.preferred = wanted
        self.opened_by_exercise = False
        self._show(wanted)
        if wanted:
            self.pane.focus_content()
        elif had_focus:
            self.article.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save()

    def toggle(self) -> None:
        self.set_open(not self.is_open())

    def focus_pane(self) -> None:
        self.pane.focus_content()

    def show_term(self, use: TermUse) -> None:
        """Scroll the article to ``use`` and show the term's definition beside it."""
        self.article.show_definition(use.start, use.end, use.entry)

    def define_at_cursor(self) -> None:
        """The definition of the glossary term at the article's cursor, or a word why not."""
        if self.article.define_at_cursor() is None:
            self.host.statusBar().showMessage(
                self.tr("The cursor is not on a word of the glossary."), 5000
            )

    # -- showing and remembering ---------------------------------------------------------

    def _show(self, visible: bool) -> None:
        if self.action is not None and self.action.isChecked() != visible:
            self.action.setChecked(visible)
        if visible == self.is_open():
            return
        top = self.article.first_visible_offset() if self.article.isVisible() else 0
        self.pane.setVisible(visible)
        if visible:
            self._make_room()
            total = sum(self.splitter.sizes()) or self.splitter.width()
            width = self._sizes[1] if self._sizes else PANE_WIDTH
            self.splitter.setSizes([max(total - width, 1), width])
        if top > 0:  # the same words at the top, though the text is narrower or wider now
            self.splitter.refresh()
            self.article.scroll_to_offset(top)

    def _make_room(self) -> None:
        """Widen the reading column by the pane's width, as far as the library and the
        lesson pane can spare it (down to their least widths), the library first."""
        outer = self.host.splitter
        sizes = outer.sizes()
        column = outer.indexOf(self.splitter)
        if column < 0 or len(sizes) != 3 or not all(sizes):
            return  # not laid out yet
        wanted = self._sizes[1] if self._sizes else PANE_WIDTH
        for index in (0, 2):
            widget = outer.widget(index)
            if wanted <= 0 or widget is None or not widget.isVisible():
                continue
            spare = max(0, sizes[index] - widget.minimumWidth())
            taken = min(spare, wanted)
            sizes[index] -= taken
            sizes[column] += taken
            wanted -= taken
        outer.setSizes(sizes)

    def save(self) -> None:
        self._saving.stop()
        if self.is_open():
            self._sizes = self.splitter.sizes()
        self.host.prefs.save_cards_layout(self.preferred, self._sizes)
