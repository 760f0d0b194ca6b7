"""Marking: the student labels passages of the shared article.

The article is the reader beside the panel (``context.reader``). While this widget
holds it (:mod:`closeread.ui.exercises.lease`) a ``MarkingController`` turns the
selection into marks: keys 1, 2, 3... or the label buttons label it, Delete removes.
The widget lists the marks (click one to find it in the article, Delete to remove it,
a number to relabel it; Ctrl+Z and Ctrl+Shift+Z undo and redo, :mod:`mark_history`)
and, after checking, puts the outcome of each on the article and in the list: hits,
near misses, wrong labels, extras and (when the key may be shown) the passages
missed, with the key's explanations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.grade import Grade
from closeread.core.pack.model import MarkExercise
from closeread.ui.common.flow import FlowLayout, flow_policy
from closeread.ui.common.markstyle import label_numbers
from closeread.ui.common.widgets import MutedLabel
from closeread.ui.exercises import lease
from closeread.ui.exercises.base import ExerciseWidget
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.mark_history import MarkHistory, history_shortcuts
from closeread.ui.exercises.mark_list import SPAN_ROLE, MarksList
from closeread.ui.exercises.showmarks import shown_from
from closeread.ui.reading.labelbar import LabelBar, adopt_buttons
from closeread.ui.reading.marking import MarkingController
from closeread.ui.reading.overlay import FeedbackItem, Mark

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class MarkWidget(ExerciseWidget):
    """The label bar, how to mark, and the list of marks made."""

    def __init__(
        self, exercise: MarkExercise, context: ExerciseContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, context, parent)
        self.exercise: MarkExercise = exercise
        self.reader = context.reader
        self.labels = [context.pack.label(label) for label in exercise.labels]
        self._numbers = label_numbers(self.labels)  # the same numbers as on the article
        self._marks: list[Mark] = []
        self._compare_title, self._compare = shown_from(context, exercise)
        self._result: Grade | None = None
        self._reveal = False
        self._earlier: dict[Mark, FeedbackItem] = {}  # the last attempt's verdicts, dimmed
        self._controller: MarkingController | None = None
        self._shortcuts: list[QShortcut] = []
        self.history = MarkHistory()  # Ctrl+Z, Ctrl+Shift+Z

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        keys = ", ".join(
            self.tr("{number} {label}").format(number=self._numbers[label.id], label=label.name)
            for label in self.labels
        )
        self.instructions = MutedLabel(
            self.tr(
                "Select words in the article, then press a label's number ({keys}) or "
                "click its button. Ctrl+click selects a whole sentence; Delete removes "
                "the mark at the cursor."
            ).format(keys=keys),
            self,
        )
        layout.addWidget(self.instructions)
        # The LabelBar's own buttons, laid out to wrap in a narrow panel; the bar itself
        # stays (hidden) and still emits what they ask for.
        self.bar = LabelBar(self)
        self.bar.set_labels(self.labels)
        self.bar.hide()
        self.buttons = QWidget(self)
        self.buttons.setAccessibleName(self.tr("Labels"))
        FlowLayout(self.buttons)
        flow_policy(self.buttons)
        self._adopt_buttons()
        layout.addWidget(self.buttons)
        self.activate_button = QPushButton(self.tr("&Mark on the article"), self)
        self.activate_button.setAccessibleName(self.tr("Mark these on the article"))
        self.activate_button.clicked.connect(self.activate)
        self.activate_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.activate_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.count = MutedLabel("", self)
        layout.addWidget(self.count)
        self.list = MarksList(context.pack.article.text, self.labels, self)
        self.list.itemClicked.connect(self._reveal_item)
        self.list.itemActivated.connect(self._reveal_item)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)
        layout.addWidget(self.list)
        history_shortcuts(self.list, self.undo, self.redo)
        if self.reader is None:
            self.buttons.setEnabled(False)
            self.instructions.setText(self.tr("Open the article to mark it."))
        self._refresh_list()

    # -- the shared article -----------------------------------------------------------

    def mark_widgets(self) -> list[MarkWidget]:
        return [self]

    def is_active(self) -> bool:
        return self.reader is not None and lease.holder(self.reader) is self

    def activate(self) -> None:
        """Take the article: show these marks and this feedback, and label with these keys."""
        if self.reader is None:
            return
        lease.claim(self.reader, self, self._let_go)
        if self._controller is None:
            self._controller = MarkingController(self.reader, self.bar, parent=self)
            self._controller.set_labels(self.labels)  # makes the bar's buttons anew
            self._adopt_buttons()
            self.buttons.installEventFilter(self._controller)  # keys while a button has focus
            self._controller.marksChanged.connect(self._on_marks_edited)
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                shortcut = QShortcut(QKeySequence(keys), self.reader)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(self.checkRequested)
                self._shortcuts.append(shortcut)
            self._shortcuts += history_shortcuts(self.reader, self.undo, self.redo)
        self._controller.set_marks(self._marks)
        self._controller.set_enabled(not self._read_only)
        self.reader.set_feedback(self._feedback_items())
        self.activate_button.hide()
        self.buttons.setVisible(not self._read_only)

    def _adopt_buttons(self) -> None:
        adopt_buttons(self.bar, [label.id for label in self.labels], self.buttons)

    def release(self) -> None:
        """Give the article back, clearing these marks from it (leaving the exercise)."""
        if self.reader is not None:
            lease.release(self.reader, self)

    def _let_go(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.set_enabled(False)
            assert self.reader is not None  # a controller marks the reader
            self.reader.removeEventFilter(controller)
            self.bar.removeEventFilter(controller)
            self.buttons.removeEventFilter(controller)
            controller.marksChanged.disconnect(self._on_marks_edited)
            controller.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self.bar.set_selection_available(False)
        self.bar.set_remove_available(False)
        self.activate_button.setVisible(self.reader is not None and not self._read_only)

    # -- answer -----------------------------------------------------------------------

    def answer(self) -> dict[str, Any]:
        return {"marks": [[m.start, m.end, m.label] for m in self._marks]}

    def set_answer(self, answer: Mapping[str, Any]) -> None:
        self._marks = sorted(
            (Mark(int(s), int(e), str(label)) for s, e, label in answer.get("marks", ())),
            key=lambda m: (m.start, m.end),
        )
        if self._controller is not None:
            self._controller.set_marks(self._marks)
        self.history.clear()  # saved marks start a new history
        self._refresh_list()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self._controller is not None:
            self._controller.set_enabled(not read_only)
        self.buttons.setVisible(not read_only)
        self.instructions.setVisible(not read_only)
        if read_only:
            self.activate_button.hide()
            self.history.clear()  # a checked answer is not taken back

    def _on_marks_edited(self, marks: list) -> None:
        edited = [Mark(*mark) for mark in marks]
        if edited != self._marks:
            self.history.record(self._marks)
        self._marks = edited
        if self._earlier and self.is_active():
            assert self.reader is not None  # active: it holds the reader
            self.reader.set_feedback(self._feedback_items())  # the verdicts of marks kept
        self._refresh_list()
        self.answerChanged.emit()

    def undo(self) -> None:
        """Take back the last change to the marks (Ctrl+Z)."""
        self._step(self.history.undo)

    def redo(self) -> None:
        """Make the change the last undo took back again (Ctrl+Shift+Z)."""
        self._step(self.history.redo)

    def _step(self, take: Callable[[list[Mark]], list[Mark] | None]) -> None:
        marks = None if self._read_only else take(self._marks)
        if marks is None:
            QApplication.beep()  # nothing to take back (or to make again)
            return
        self._marks = marks
        if self._controller is not None and self.reader is not None:
            self._controller.set_marks(marks)
            self.reader.set_feedback(self._feedback_items())
        self._refresh_list()
        self.answerChanged.emit()

    def _edit(self, marks: list[Mark]) -> None:
        """Change the marks from the list (the controller does it from the article)."""
        if self._read_only:
            return
        if self._controller is None:
            self.activate()
        if self._controller is None:  # no article to mark: keep the list's word
            self._on_marks_edited(sorted(marks, key=lambda m: (m.start, m.end)))
            return
        self._controller.set_marks(marks)
        self._on_marks_edited(self._controller.marks())

    # -- the list -----------------------------------------------------------------------

    def _refresh_list(self) -> None:
        top_level = self.exercise is self.context.exercise  # not an analogy's part
        apart = top_level and bool(self._outcomes())  # the feedback lists these marks
        items = self._feedback_items()
        verdicts = {item.mark: item for item in items if item.mark is not None}
        missed = [item for item in items if item.kind == "missed" and item.key is not None]
        pack = self.context.pack
        compared = (self._compare_title, self._compare, pack.labels) if self._compare else None
        if apart:
            self.list.show_marks([], {}, [], compared)
        else:
            self.list.show_marks(self._marks, verdicts, missed, compared)
        count = len(self._marks)
        self.count.setText(
            self.tr("Your marks ({count}):").format(count=count)
            if count
            else self.tr("No marks yet.")
        )
        self.count.setVisible(not apart)

    def _reveal_item(self, item: QListWidgetItem) -> None:
        span = item.data(SPAN_ROLE)
        if span is not None:  # not a heading
            self.show_passage(span[0], span[1])

    def show_passage(self, start: int, end: int) -> None:
        """Select ``[start, end)`` in the article and scroll it into view."""
        if self.reader is None:
            return
        if not self.is_active():
            self.activate()
        self.reader.select_span(start, end)
        self.reader.reveal(start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched, event.type()) in (
            (self.list.viewport(), QEvent.Type.Resize),
            (self.list, QEvent.Type.FontChange),  # zoom
        ):
            self.list.fit()
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            item = self.list.currentItem()
            span = item.data(SPAN_ROLE) if item is not None else None
            mark = Mark(*span) if span is not None and span[2] else None
            if mark is not None and mark in self._marks and not self._read_only:
                key = cast(QKeyEvent, event).key()  # a key event, by its type
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self._edit([m for m in self._marks if m != mark])
                    return True
                number = _DIGITS.get(key)
                label = next((i for i, n in self._numbers.items() if n == number), None)
                if label is not None:
                    relabelled = Mark(mark.start, mark.end, label)
                    self._edit([relabelled if m == mark else m for m in self._marks])
                    return True
        return super().eventFilter(watched, event)

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        self._result = result
        self._reveal = reveal_key
        if result is not None:
            self._earlier = {}
        self._show_feedback()

    def show_earlier(self, result: Grade | None) -> None:
        """Keep the verdicts ``result`` (the last attempt) gave the marks, dimmed, on the
        marks the student has not changed since."""
        spans = result.spans if result is not None and not self.exercise.key_hidden else None
        outcomes = spans.outcomes if spans is not None else ()
        marks = [(o.kind, Mark(o.mark.start, o.mark.end, o.mark.label)) for o in outcomes if o.mark]
        self._earlier = {
            mark: FeedbackItem(kind, mark, None, "", earlier=True) for kind, mark in marks
        }
        self._show_feedback()

    def _show_feedback(self) -> None:
        if self.reader is not None and self.is_active():
            self.reader.set_feedback(self._feedback_items())
        self._refresh_list()

    def _outcomes(self) -> list:
        result = self._result
        if result is None or result.spans is None or self.exercise.key_hidden:
            return []
        return list(result.spans.outcomes)

    def _feedback_items(self) -> list[FeedbackItem]:
        """What the article shows: while attempts remain, nothing that gives the key away;
        while the student edits, the last attempt's verdicts on the marks still there."""
        if self._result is None:
            return [self._earlier[mark] for mark in self._marks if mark in self._earlier]
        items = []
        for outcome in self._outcomes():
            item = FeedbackItem.from_outcome(outcome)
            if not self._reveal:
                if item.kind == "missed":
                    continue
                if item.kind in ("partial", "wrong_label"):
                    item = FeedbackItem(item.kind, item.mark, None, "")
            items.append(item)
        return items
