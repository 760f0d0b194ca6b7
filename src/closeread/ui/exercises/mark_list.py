"""The list of a marking exercise's marks, beside the label buttons.

A row per mark, in reading order: its label's swatch (the article's colour, line and
number), the label and the words marked. While the student works after "Try again",
a mark the last attempt judged keeps that verdict, dimmed ("✓ Right last time"),
until the student changes it. Under the marks, for reference, the marks of the
exercise this one is compared with (``show_marks_from``), which are not this list's
to edit. Each row carries its span (:data:`SPAN_ROLE`), so the widget that owns the
list can show it in the article, remove or relabel it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from closeread.core.grading.feedback import shortened
from closeread.core.pack.model import Label
from closeread.ui.common.markstyle import label_styles, outcome_style
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.common.widgets import fit_wrapped_rows, muted
from closeread.ui.reading.labelbar import swatch_icon
from closeread.ui.reading.overlay import FeedbackItem, Mark

QUOTE_CHARS = 90
LIST_ROWS = 7
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (start, end, label); label "": not one of these


class MarksList(QListWidget):
    """The rows of :mod:`this module <closeread.ui.exercises.mark_list>`."""

    def __init__(self, text: str, labels: Sequence[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.labels = list(labels)
        self.setAccessibleName(self.tr("Your marks"))
        self.setAccessibleDescription(
            self.tr("Enter shows a mark in the article; Delete removes it; 1 to 9 relabel it.")
        )
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def quote(self, start: int, end: int) -> str:
        words = " ".join(self.text[start:end].split())
        return f"“{shortened(words, QUOTE_CHARS)}”"  # as the feedback quotes it

    def label_name(self, label_id: str) -> str:
        return next((label.name for label in self.labels if label.id == label_id), label_id)

    def show_marks(
        self,
        marks: Sequence[Mark],
        verdicts: Mapping[Mark, FeedbackItem],
        missed: Sequence[FeedbackItem] = (),
        compared: tuple[str, Sequence[Mark], Sequence[Label]] | None = None,
    ) -> None:
        """List ``marks`` with their ``verdicts`` (dimmed when from the last attempt), then
        the key spans ``missed``, then ``compared``: (title, marks, the pack's labels)."""
        current = self.currentRow()
        self.clear()
        styles = label_styles(self.labels)  # as the article shows them while this one marks
        for mark in marks:
            text = f"{self.label_name(mark.label)}: {self.quote(mark.start, mark.end)}"
            item = QListWidgetItem(text)
            verdict = verdicts.get(mark)
            if verdict is not None:
                style = outcome_style(verdict.kind)
                if verdict.earlier:
                    item.setText(
                        self.tr("{glyph} {verdict} last time · {mark}").format(
                            glyph=style.glyph, verdict=style.name, mark=text
                        )
                    )
                    item.setForeground(muted(self.palette()))
                else:
                    item.setText(f"{style.glyph} {style.name} · {text}")
                if verdict.explanation:
                    item.setToolTip(plain_tooltip(verdict.explanation))
            if mark.label in styles:
                item.setIcon(swatch_icon(styles[mark.label], self.palette()))
            item.setData(SPAN_ROLE, (mark.start, mark.end, mark.label))
            self.addItem(item)
        for feedback in missed:
            assert feedback.key is not None  # a missed item is a key span
            key, style = feedback.key, outcome_style("missed")
            text = f"{style.glyph} {style.name} · {self.label_name(key.label)}: "
            entry = QListWidgetItem(text + self.quote(key.start, key.end))
            entry.setData(SPAN_ROLE, (key.start, key.end, ""))
            if feedback.explanation:
                entry.setToolTip(plain_tooltip(feedback.explanation))
            self.addItem(entry)
        if compared is not None:
            self._add_comparison(*compared)
        self.setVisible(self.count() > 0)
        self.fit()
        if self.count() and current >= 0:
            self.setCurrentRow(min(current, self.count() - 1))

    def _add_comparison(self, title: str, marks: Sequence[Mark], labels: Sequence[Label]) -> None:
        """The marks of the exercise this one is compared with: to look at, not to edit."""
        head = QListWidgetItem(
            self.tr("For comparison, your marks in “{title}”:").format(title=title)
        )
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.font())
        font.setItalic(True)
        head.setFont(font)
        self.addItem(head)
        styles = label_styles(labels)
        names = {label.id: label.name for label in labels}
        for mark in marks:
            name = names.get(mark.label, mark.label)
            item = QListWidgetItem(f"{name}: {self.quote(mark.start, mark.end)}")
            item.setData(SPAN_ROLE, (mark.start, mark.end, ""))  # "": not one of these marks
            item.setForeground(muted(self.palette()))
            if mark.label in styles:
                item.setIcon(swatch_icon(styles[mark.label], self.palette()))
            self.addItem(item)

    def fit(self) -> None:
        fit_wrapped_rows(self, LIST_ROWS)
