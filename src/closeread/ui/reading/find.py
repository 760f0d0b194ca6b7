"""Find in the article: Ctrl+F, then Enter and Shift+Enter (F3 and Shift+F3 anywhere).

A small bar floats over the top of the article: the words to find, "3 of 12", and
buttons for the previous and the next place. Every place is tinted, the current one
more strongly; marks stay as they are (their underlines and tags are drawn over the
tint). Esc closes the bar and leaves the current place selected in the article, so
a number key marks it at once.

Matching ignores case, treats any run of spaces as one, and takes straight and curly
quotes and apostrophes as the same, so "it's" finds "it’s".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton

from closeread.ui.reading.reader import ArticleView

MAX_FOUND = 2_000  # places tinted at once; more are still counted and visited
_ALIKE = {
    "'": "['’‘]",
    "’": "['’‘]",
    "‘": "['’‘]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
}


def find_all(text: str, words: str) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text``: (start, end) code points, in reading order."""
    pieces = words.split()
    if not pieces:
        return []
    pattern = r"\s+".join(
        "".join(_ALIKE.get(char, re.escape(char)) for char in piece) for piece in pieces
    )
    return [match.span() for match in re.finditer(pattern, text, re.IGNORECASE)]


class FindBar(QFrame):
    """The bar over the article, and the search it runs (see the module's notes)."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find in the article"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.found: list[tuple[int, int]] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(4)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in the article"))
        self.field.setAccessibleName(self.tr("Words to find in the article"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(180)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setMinimumWidth(64)
        self.previous_button = self._button("▲", self.tr("Previous place (Shift+Enter)"))
        self.next_button = self._button("▼", self.tr("Next place (Enter)"))
        close = self._button("✕", self.tr("Close (Esc)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        for widget in (self.field, self.count, self.previous_button, self.next_button, close):
            layout.addWidget(widget)
        view.articleChanged.connect(self._search)
        view.installEventFilter(self)
        self.hide()

    def _button(self, text: str, spoken: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(spoken)
        button.setToolTip(spoken)
        button.setAutoRaise(True)
        return button

    # -- opening and closing ----------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with its words selected, ready to type (Ctrl+F)."""
        self._place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        """Hide the bar and the tints; the current place stays selected (Esc)."""
        self.hide()
        current = self.found[self.current] if 0 <= self.current < len(self.found) else None
        self.view.set_found([], None)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if current is not None:
            self.view.select_span(*current)

    # -- searching ------------------------------------------------------------------------

    def _search(self) -> None:
        if not self.isVisible():
            return
        self.found = find_all(self.view.article.text, self.field.text())
        top = self.view.first_visible_offset()
        after = [i for i, (start, _end) in enumerate(self.found) if start >= top]
        self.current = after[0] if after else (0 if self.found else -1)
        self._show()

    def step(self, delta: int) -> None:
        """Go to the next (1) or the previous (-1) place, round the end."""
        if not self.isVisible():
            self.open_bar()
            return
        if self.found:
            self.current = (self.current + delta) % len(self.found)
            self._show()

    def _show(self) -> None:
        words = self.field.text().strip()
        if not self.found:
            self.count.setText(self.tr("No match") if words else "")
            self.view.set_found([], None)
        else:
            self.count.setText(
                self.tr("{n} of {total}").format(n=self.current + 1, total=len(self.found))
            )
            current = self.found[self.current]
            self.view.set_found(self._near(current), current)
            self.view.reveal(current[0])
        self.count.setAccessibleName(self.count.text())
        for button in (self.previous_button, self.next_button):
            button.setEnabled(len(self.found) > 1)

    def _near(self, current: tuple[int, int]) -> list[tuple[int, int]]:
        if len(self.found) <= MAX_FOUND:
            return self.found
        middle = self.found.index(current)
        return self.found[max(0, middle - MAX_FOUND // 2) : middle + MAX_FOUND // 2]

    # -- keys and place -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        elif watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = key.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step(-1 if shift else 1)
                return True
            if key is not None and key.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        """At the top right of the article, clear of its scroll bar."""
        self.adjustSize()
        bar = self.view.verticalScrollBar()
        right = self.view.width() - (bar.width() if bar.isVisible() else 0) - 8
        self.move(max(4, right - self.width()), 6)
