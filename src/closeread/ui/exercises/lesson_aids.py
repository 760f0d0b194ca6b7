""" "Words to know" and "Talk about it": the glossary and the discussion prompts of a lesson,
at the end of its page in the lesson pane.

The list names the glossary terms the article uses, in the order it first uses them;
the definition of the term the list is on is shown under it (and read out with it).
Enter or a click asks for the term's first use (``termActivated``): the window scrolls
the article there and shows the definition beside the word. Each term's definition in
plain words (its tooltip, and what a screen reader says of it) is made when first asked
for: rendering every definition's Markdown at once made showing a lesson slow. The
discussion prompts are Markdown, never scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.core.pack.glossary import TermUse
from closeread.core.pack.model import GlossaryEntry
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.common.short_list import ShortList
from closeread.ui.reading.glossary import definition_text

_LIST_ROWS = 8  # terms shown before the list scrolls
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole.value


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class TermItem(QListWidgetItem):
    """A term in the list; its definition in plain words is made when first asked for."""

    def __init__(self, entry: GlossaryEntry, parent: ShortList) -> None:
        super().__init__(entry.term, parent)
        self.entry = entry
        self._words: str | None = None

    def data(self, role: int) -> object:
        if role in (_TOOLTIP, _DESCRIPTION):
            if self._words is None:
                self._words = definition_text(self.entry)
            return plain_tooltip(self._words) if role == _TOOLTIP else self._words
        return super().data(role)


class WordsToKnow(QWidget):
    """The glossary terms of the article, each with its definition."""

    termActivated = Signal(object)  # the TermUse (its first use in the article)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordsToKnow")
        self._uses: tuple[TermUse, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_heading(self.tr("Words to know"), self))
        self.list = ShortList(_LIST_ROWS, self)
        self.list.setObjectName("glossaryList")
        self.list.setAccessibleName(self.tr("Words to know"))
        self.list.setAccessibleDescription(
            self.tr("Press Enter to see where the article first uses the word.")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout.addWidget(self.list)
        self.definition = MarkdownView(parent=self)
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setAccessibleName(self.tr("Definition"))
        layout.addWidget(self.definition)

    def set_uses(self, uses: Sequence[TermUse], root: Path | None) -> None:
        """The terms' first uses in the article, in its order; hidden when there are none."""
        self._uses = tuple(uses)
        self.definition.set_root(root)
        self.list.blockSignals(True)
        self.list.clear()
        for use in self._uses:
            TermItem(use.entry, self.list)
        self.list.blockSignals(False)
        self.setVisible(bool(self._uses))
        self.list.setCurrentRow(0 if self._uses else -1)  # shows its definition (_on_row)
        if not self._uses:
            self.definition.set_markdown("")

    @property
    def uses(self) -> tuple[TermUse, ...]:
        return self._uses

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._uses):
            entry = self._uses[row].entry
            self.definition.set_markdown(f"**{_escaped(entry.term)}**: {entry.definition}")
        else:
            self.definition.set_markdown("")

    def _activate(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._uses):
            self.termActivated.emit(self._uses[row])


class TalkAboutIt(QWidget):
    """A lesson's discussion prompts, numbered; not scored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkAboutIt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(_heading(self.tr("Talk about it"), self))
        note = QLabel(self.tr("To discuss with your class; not scored."), self)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(note)
        self.prompts = MarkdownView(parent=self)
        self.prompts.setObjectName("discussionPrompts")
        self.prompts.setAccessibleName(self.tr("Talk about it"))
        self.prompts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.prompts)

    def set_prompts(self, prompts: Sequence[str], root: Path | None) -> None:
        """The prompts as a numbered list; hidden when the lesson has none."""
        self.prompts.set_root(root)
        items = [
            f"{number}. " + "\n    ".join(prompt.strip().splitlines())
            for number, prompt in enumerate(prompts, 1)
        ]
        self.prompts.set_markdown("\n\n".join(items))
        self.setVisible(bool(prompts))


def _escaped(text: str) -> str:
    """``text`` with Markdown's special characters escaped, to show as typed."""
    return "".join(f"\\{char}" if char in "\\`*_{}[]()#+-.!<>|" else char for char in text)
