"""The answer key of a marking exercise, marked on the article exactly as a student marks.

A ``MarkingController`` joins the article and the label bar, as in the student's view:
select words, press 1 ... 9 or click a label (Delete removes the mark at the cursor).
Each change of the marks becomes a change of the key in the lesson file, as one
undoable step: a new mark is a new key span (its quote the article's exact words,
with a prefix or suffix only when needed), a relabelled or resized mark changes the
span it was (keeping its id and explanation), a removed mark removes its span.

:class:`KeyPanel` lists the key's spans; the selected one's label and explanation are
edited below the list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.pack.anchoring import AnchorError, Anchors, TextQuote
from closeread.core.pack.model import Label
from closeread.ui.common.flow import FlowLayout, flow_policy
from closeread.ui.common.i18n import Plurals, translate
from closeread.ui.common.markstyle import label_styles
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.editor.fields import TextBox
from closeread.ui.editor.markdown_field import MarkdownField, show_markdown
from closeread.ui.editor.session import EditSession
from closeread.ui.reading.labelbar import LabelBar, adopt_buttons, swatch_icon
from closeread.ui.reading.marking import MarkingController
from closeread.ui.reading.overlay import Mark
from closeread.ui.reading.reader import ArticleView

_ID = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class KeySpanView:
    id: str
    label: str
    quote: str
    explanation: str
    start: int = -1  # -1: the quote does not lead to one place in the article
    end: int = -1
    problem: str = ""

    @property
    def mark(self) -> Mark | None:
        return Mark(self.start, self.end, self.label) if self.start >= 0 else None


def key_spans(session: EditSession, rel: str, ref: str) -> list[KeySpanView]:
    """The key of ``ref`` in the lesson file, anchored to the article."""
    text = session.article.text if session.article else ""
    written = session.docs[rel].key_spans(ref)
    quotes = [
        TextQuote(
            str(span.get("quote", "")), str(span.get("prefix", "")), str(span.get("suffix", ""))
        )
        for span in written
    ]
    anchors = Anchors(text, quotes)
    spans = []
    for span, quote in zip(written, quotes, strict=True):
        view = KeySpanView(
            span["id"], str(span.get("label", "")), quote.exact, str(span.get("explanation", ""))
        )
        try:
            start, end = anchors.anchor(quote)
        except AnchorError as error:
            view = replace(view, problem=str(error))
        else:
            view = replace(view, start=start, end=end)
        spans.append(view)
    return spans


class KeyPanel(QWidget):
    """The key of the exercise shown: marks on the article, a list, an explanation."""

    message = Signal(str)

    def __init__(
        self,
        session: EditSession,
        view: ArticleView,
        bar: LabelBar,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.rel = self.ref = ""
        self.spans: list[KeySpanView] = []
        self._labels: tuple[Label, ...] = ()
        self._want: str | None = None
        self._quiet = False
        self.bar = bar
        bar.hide()  # its buttons go into a row that wraps, as in the student's panel
        self.buttons = QWidget(parent)
        self.buttons.setObjectName("editorLabelRow")
        self.buttons.setAccessibleName(translate("keyspans", "Labels"))
        FlowLayout(self.buttons).setContentsMargins(8, 6, 8, 6)
        flow_policy(self.buttons)
        self.caption = QLabel(translate("keyspans", "Label the selection:"), self.buttons)
        self.controller = MarkingController(view, bar, self)
        self.buttons.installEventFilter(self.controller)  # number keys while a button has focus
        self.controller.marksChanged.connect(self._marks_changed)
        self.controller.message.connect(self.message)
        view.cursorPositionChanged.connect(self._follow_cursor)
        self.setAccessibleName(translate("keyspans", "Answer key"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("keyHeading")
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("keyspans", "Answer key passages"))
        self.list.setAccessibleDescription(
            translate(
                "keyspans",
                "Enter shows the passage in the article; Delete removes it from the key.",
            )
        )
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda _item: self._reveal(focus=True))
        self.list.itemClicked.connect(lambda _item: self._reveal(focus=False))
        layout.addWidget(self.list, 1)
        shortcut = QShortcut(QKeySequence("Del"), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.remove_current)

        form = QFormLayout()
        row = QHBoxLayout()
        self.label_box = QComboBox(self)
        self.label_box.setAccessibleName(translate("keyspans", "Label of the passage"))
        self.label_box.activated.connect(self._relabel)
        row.addWidget(self.label_box, 1)
        self.remove_button = QPushButton(translate("keyspans", "&Remove passage"), self)
        self.remove_button.setAccessibleName(
            translate("keyspans", "Remove the passage from the answer key")
        )
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.remove_button)
        form.addRow(translate("keyspans", "&Label"), row)
        self.explanation = TextBox(self, lines=3)
        self.explanation.setAccessibleName(translate("keyspans", "Explanation of the passage"))
        self.explanation.setPlaceholderText(
            translate("keyspans", "What students read about this passage")
        )
        self.explanation.textChanged.connect(self._explain)
        explained = MarkdownField(self.explanation, self)
        explained.set_root(session.root)
        form.addRow(translate("keyspans", "E&xplanation"), explained)
        caption = form.itemAt(1, QFormLayout.ItemRole.LabelRole)
        assert caption is not None  # the label addRow made
        cast(QLabel, caption.widget()).setBuddy(self.explanation)
        caption = form.itemAt(0, QFormLayout.ItemRole.LabelRole)
        assert caption is not None  # the label addRow made
        cast(QLabel, caption.widget()).setBuddy(self.label_box)
        layout.addLayout(form)

    # -- which exercise -------------------------------------------------------------------------

    def show_exercise(self, rel: str, ref: str) -> None:
        """Edit the key of ``ref`` (a marking exercise or part); "" stops editing."""
        same = (rel, ref) == (self.rel, self.ref)
        self.rel, self.ref = rel, ref
        if not ref:
            self.spans = []
            self.controller.set_enabled(False)
            self.controller.set_marks([])
            return
        exercise = self.session.docs[rel].exercise(ref)
        labels = self.session.labels_for(exercise)
        if not same or labels != self._labels:
            self._labels = labels
            self.controller.set_labels(labels)
            self._adopt_buttons()
            self.label_box.clear()
            for label in labels:
                self.label_box.addItem(label.name, label.id)
        self.controller.set_enabled(self.session.article is not None)
        self.refresh()

    def _adopt_buttons(self) -> None:
        adopt_buttons(self.bar, [label.id for label in self._labels], self.buttons, self.caption)

    def refresh(self) -> None:
        """Show the key as the lesson file has it now."""
        if not self.ref:
            return
        self.spans = key_spans(self.session, self.rel, self.ref)
        self.controller.set_marks([s.mark for s in self.spans if s.mark is not None])
        count = len(self.spans)
        self.heading.setText(Plurals.tr("Answer key: %n passage(s)", "", count))
        current = self._want or self.current_id()
        self._want = None
        styles = label_styles(self._labels)
        self._quiet = True
        self.list.clear()
        for span in self.spans:
            text = (
                f"{span.id} · {_short(span.quote)}" if self.session.show_ids else _short(span.quote)
            )
            if span.problem:
                text = "⚠ " + text + "\n" + span.problem
            item = QListWidgetItem(text, self.list)
            item.setData(_ID, span.id)
            style = styles.get(span.label)
            if style is not None:
                item.setIcon(swatch_icon(style, self.palette(), self.devicePixelRatioF()))
            name = style.name if style else span.label
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {text}")
            item.setToolTip(
                plain_tooltip(span.explanation or translate("keyspans", "No explanation yet"))
            )
        ids = [span.id for span in self.spans]
        self.list.setCurrentRow(ids.index(current) if current in ids else -1)
        self._quiet = False
        self._show_current()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID) if item is not None else None

    def current(self) -> KeySpanView | None:
        return next((s for s in self.spans if s.id == self.current_id()), None)

    def select_span(self, span_id: str) -> bool:
        """Select the passage ``span_id`` (an id, as the checker names it); whether found."""
        ids = [span.id for span in self.spans]
        if span_id in ids:
            self.list.setCurrentRow(ids.index(span_id))
            self._reveal(focus=False)
        return span_id in ids

    def current_number(self) -> int:
        """The selected passage's place in the key, counted from 1 (0: none)."""
        return self.list.currentRow() + 1

    # -- the selected span ----------------------------------------------------------------------

    def _row_changed(self, _row: int) -> None:
        if not self._quiet:
            self._show_current()

    def _show_current(self) -> None:
        span = self.current()
        for widget in (self.label_box, self.remove_button, self.explanation):
            widget.setEnabled(span is not None)
        self._quiet = True
        show_markdown(self.explanation, span.explanation if span else "")
        index = self.label_box.findData(span.label) if span else -1
        self.label_box.setCurrentIndex(index)
        self._quiet = False

    def _reveal(self, *, focus: bool) -> None:
        span = self.current()
        if span is None:
            return
        if span.mark is None:
            self.message.emit(
                translate(
                    "keyspans", "This passage's quote is not found in the article: {problem}"
                ).format(problem=span.problem)
            )
            return
        self._quiet = True
        self.view.select_span(span.start, span.end)
        self.view.reveal(span.start)
        self._quiet = False
        if focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_cursor(self) -> None:
        """The span under the article's cursor becomes the selected one in the list."""
        if self._quiet or not self.spans:
            return
        under = self.view.marks_at(self.view.cursor_offset())
        for mark in under:
            span = next((s for s in self.spans if s.mark == mark), None)
            if span is not None and span.id != self.current_id():
                self._quiet = True
                self.list.setCurrentRow([s.id for s in self.spans].index(span.id))
                self._quiet = False
                self._show_current()
                return

    # -- edits ----------------------------------------------------------------------------------

    def _edit(self, description: str, change, merge=None) -> Any:
        here = (self.rel, self.ref)
        return self.session.edit(
            self.rel, description, change, merge=merge, focus_undo=here, focus_redo=here
        )

    def _explain(self) -> None:
        span = self.current()
        if self._quiet or span is None:
            return
        text = self.explanation.toPlainText()
        self._want = span.id
        self._edit(
            translate("keyspans", "Edit a passage's explanation"),
            lambda doc: doc.update_key_span(self.ref, span.id, explanation=text),
            merge=(self.ref, span.id, "explanation"),
        )

    def _relabel(self, _index: int) -> None:
        span, label = self.current(), self.label_box.currentData()
        if span is None or label == span.label:
            return
        self._want = span.id
        self._edit(
            translate("keyspans", "Relabel a passage"),
            lambda doc: doc.update_key_span(self.ref, span.id, label=label),
        )

    def remove_current(self) -> None:
        span = self.current()
        if span is None:
            return
        self._edit(
            translate("keyspans", "Remove a passage from the answer key"),
            lambda doc: doc.remove_key_span(self.ref, span.id),
        )

    def _marks_changed(self, marks: list) -> None:
        """The teacher marked, relabelled, resized or removed a mark on the article."""
        if not self.ref or self.session.article is None:
            return
        text = self.session.article.text
        new = [Mark(*mark) for mark in marks]
        old = {s.mark: s.id for s in self.spans if s.mark is not None}
        added = [mark for mark in new if mark not in old]
        gone = {mark: span_id for mark, span_id in old.items() if mark not in new}

        def change(doc) -> str | None:
            touched = None
            for mark in added:
                same = [m for m in gone if (m.start, m.end) == (mark.start, mark.end)]
                grown = [m for m in gone if m.label == mark.label and _overlap(m, mark)]
                if same or grown:
                    span_id = gone.pop((same or grown)[0])
                    doc.update_key_span(
                        self.ref,
                        span_id,
                        label=mark.label,
                        start=mark.start,
                        end=mark.end,
                        article_text=text,
                    )
                    for other in grown[1:] if not same else ():
                        doc.remove_key_span(self.ref, gone.pop(other))
                else:
                    span_id = doc.add_key_span(self.ref, mark.start, mark.end, mark.label, "", text)
                touched = span_id
            for span_id in gone.values():
                doc.remove_key_span(self.ref, span_id)
            return touched

        description = (
            translate("keyspans", "Mark a passage for the answer key")
            if added
            else translate("keyspans", "Remove a passage from the answer key")
        )
        span_id = self._edit(description, change)
        self._want = span_id or None
        self.refresh()  # also when the edit was refused: the marks go back to the key


def _overlap(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return f"“{flat}”" if len(flat) <= limit else f"“{flat[: limit - 1]}…”"
