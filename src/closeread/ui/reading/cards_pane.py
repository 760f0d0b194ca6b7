"""The source cards beside the article: the pack's cards in a list, the open one below.

A card's body is pack Markdown, shown through the safe Markdown view; its sources are
numbered [1], [2]... in the pack's order, each as plain text (its cite, date and URL).
Nothing here is a link: CloseRead never opens a page or makes a network request, and a
URL is there to be read or copied. Escape or the close button asks to close the pane
(``closeRequested``); the window decides what that means. While the pane is hidden the
card it is on is only chosen, and shown (its Markdown rendered) when the pane is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.pack.model import CardSource, SourceCard
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.common.short_list import ShortList

_MARGIN = 14
_LIST_ROWS = 5  # titles shown before the list scrolls


def source_line(number: int, source: CardSource) -> str:
    """One source as the pane shows it: "[1] cite. date. URL" (plain text)."""
    return f"[{number}] " + ". ".join(
        part for part in (source.cite, source.date, source.url) if part
    )


class CardsPane(QWidget):
    """The pack's source cards: a list of titles, and the chosen card with its sources."""

    closeRequested = Signal()
    cardShown = Signal(str)  # the id of the card now shown ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardsPane")
        self.setAccessibleName(self.tr("Source cards"))
        self._cards: tuple[SourceCard, ...] = ()
        self._chosen: SourceCard | None = None  # the card the pane is on
        self._stale = False  # it was chosen while the pane was hidden: not shown yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QWidget(self)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(_MARGIN, 10, 6, 6)
        heading = QLabel(self.tr("Source cards"), header)
        heading.setObjectName("cardsHeading")
        font = QFont(heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self.close_button = QToolButton(header)
        self.close_button.setObjectName("closeCardsButton")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close the source cards"))
        self.close_button.setToolTip(self.tr("Close the source cards (Esc)"))
        self.close_button.clicked.connect(self.closeRequested)
        header_layout.addWidget(heading, 1)
        header_layout.addWidget(self.close_button)
        layout.addWidget(header)

        self.list = ShortList(_LIST_ROWS, self)
        self.list.setObjectName("cardList")
        self.list.setAccessibleName(self.tr("Source cards"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(1)
        self.list.currentRowChanged.connect(self._on_row)
        list_box = QVBoxLayout()
        list_box.setContentsMargins(_MARGIN - 4, 0, _MARGIN - 4, 8)
        list_box.addWidget(self.list)
        layout.addLayout(list_box)
        layout.addWidget(self._rule())

        self.card_area = QScrollArea(self)
        self.card_area.setObjectName("cardArea")
        self.card_area.setWidgetResizable(True)
        self.card_area.setFrameShape(QFrame.Shape.NoFrame)
        self.card_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self.card_area)
        self._page_layout = QVBoxLayout(page)
        self._page_layout.setContentsMargins(_MARGIN, 10, _MARGIN, 14)
        self._page_layout.setSpacing(8)
        self.title = QLabel(page)
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a pack's title, never HTML
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.body = MarkdownView(parent=page)
        self.body.setObjectName("cardBody")
        self.body.setAccessibleName(self.tr("Card"))
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.05)
        self.body.setFont(body_font)
        self.sources_heading = QLabel(self.tr("Sources"), page)
        self.sources_heading.setFont(font)
        self.sources = QLabel(page)
        self.sources.setObjectName("cardSources")
        self.sources.setTextFormat(Qt.TextFormat.PlainText)  # URLs as text: never opened
        self.sources.setWordWrap(True)
        self.sources.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sources.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.empty = QLabel(self.tr("This pack has no source cards."), page)
        self.empty.setWordWrap(True)
        for widget in (self.title, self.body, self.sources_heading, self.sources, self.empty):
            self._page_layout.addWidget(widget)
        self._page_layout.addStretch(1)
        self.card_area.setWidget(page)
        layout.addWidget(self.card_area, 1)
        self.set_cards((), None)

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        return rule

    # -- content -------------------------------------------------------------------------

    @property
    def cards(self) -> tuple[SourceCard, ...]:
        return self._cards

    def set_cards(self, cards: Sequence[SourceCard], root: Path | None) -> None:
        """The pack's cards (read pictures from ``root``, the pack); the first is shown."""
        self._cards = tuple(cards)
        self.body.set_root(root)
        self.list.blockSignals(True)
        self.list.clear()
        for card in self._cards:
            item = QListWidgetItem(card.title, self.list)
            item.setToolTip(plain_tooltip(card.title))
            item.setData(Qt.ItemDataRole.UserRole, card.id)
        self.list.blockSignals(False)
        self.list.setVisible(bool(self._cards))
        self.empty.setVisible(not self._cards)
        self.show_card(self._cards[0].id if self._cards else "")

    def current_card(self) -> str:
        """The id of the card shown, "" when none is."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_card(self, card_id: str) -> bool:
        """Show the card ``card_id``; False (and nothing changes) when the pack has none."""
        for row, card in enumerate(self._cards):
            if card.id == card_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)  # shows it (_on_row)
                else:
                    self._show(card)
                return True
        if not card_id:
            self._show(None)
        return False

    def _on_row(self, row: int) -> None:
        self._show(self._cards[row] if 0 <= row < len(self._cards) else None)

    def _show(self, card: SourceCard | None) -> None:
        self._chosen, self._stale = card, not self.isVisible()
        if not self._stale:
            self._fill(card)
        self.cardShown.emit(card.id if card is not None else "")

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self._fill(self._chosen)
        super().showEvent(event)

    def _fill(self, card: SourceCard | None) -> None:
        for widget in (self.title, self.body, self.sources_heading, self.sources):
            widget.setVisible(card is not None)
        if card is None:
            self.title.clear()
            self.body.set_markdown("")
            self.sources.clear()
            return
        self.title.setText(card.title)
        self.body.set_markdown(card.body)
        self.body.setAccessibleName(card.title)
        lines = [source_line(number, source) for number, source in enumerate(card.sources, 1)]
        self.sources.setText("\n\n".join(lines) or self.tr("No source is given."))
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setAccessibleDescription(self.sources.text())
        self.card_area.verticalScrollBar().setValue(0)

    # -- keys ----------------------------------------------------------------------------

    def focus_content(self) -> None:
        """Give the keyboard to the list of cards (the card itself when there is one card)."""
        target = self.list if self.list.count() > 1 else self.body
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.closeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
