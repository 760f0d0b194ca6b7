"""MarkingController: the student's marks on one exercise, edited from keys and buttons.

It joins an ``ArticleView`` and a ``LabelBar``. While the article has the focus:

- **1 ... 9** label the selection (grown to whole words) with the exercise's label of
  that number: a label's number in its pack, the same in every exercise
  (:func:`~closeread.ui.common.markstyle.label_numbers`). With no selection, they
  relabel the mark under the cursor.
- Labelling exactly the span of an existing mark replaces that mark's label.
  Labelling a span that overlaps marks *of the same label* replaces them (this is how
  a mark is made longer or shorter). Marks with different labels may overlap.
- **Delete** / **Backspace** remove the selected mark (a selection equal to a mark's
  span) or else the innermost mark under the cursor.

After every change it emits ``marksChanged`` with the whole list of marks as
``(start, end, label_id)`` tuples in code points, in reading order, so the app can
save at once. Editing clears the feedback on the article: it was about the old marks.
``set_marks`` (restoring saved marks) does not emit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from closeread.ui.common.markstyle import StyledLabel, label_numbers
from closeread.ui.reading.labelbar import LabelBar
from closeread.ui.reading.overlay import Mark, as_marks
from closeread.ui.reading.reader import ArticleView

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_REMOVE_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
_PLAIN = {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier}


class MarkingController(QObject):
    marksChanged = Signal(list)  # list of (start, end, label_id) tuples
    message = Signal(str)  # a short hint for the status bar (e.g. nothing to label)

    def __init__(
        self, view: ArticleView, bar: LabelBar | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent if parent is not None else view)
        self.view = view
        self.bar = bar
        self._labels: list[str] = []
        self._keys: dict[int, str] = {}  # a label's number -> its id
        self._marks: list[Mark] = []
        self._enabled = True
        view.installEventFilter(self)
        view.selectionChanged.connect(self._update_bar)
        view.cursorPositionChanged.connect(self._update_bar)
        view.articleChanged.connect(self._forget_marks)
        if bar is not None:
            bar.installEventFilter(self)
            bar.labelChosen.connect(self.label_selection)
            bar.removeRequested.connect(self.remove_at_cursor)
        self._update_bar()

    # -- state ------------------------------------------------------------------------

    def set_labels(self, labels: Iterable[StyledLabel]) -> None:
        """The exercise's labels (``closeread.core.pack.model.Label``); each label's key is
        its number."""
        labels = tuple(labels)
        self._labels = [label.id for label in labels]
        self._keys = {number: label for label, number in label_numbers(labels).items()}
        self.view.set_labels(labels)
        if self.bar is not None:
            self.bar.set_labels(labels)
        self._update_bar()

    def label_ids(self) -> list[str]:
        return list(self._labels)

    def set_marks(self, marks: Iterable[Sequence]) -> None:
        """Show saved marks (no ``marksChanged``)."""
        self._marks = _ordered(as_marks(marks))
        self.view.set_marks(self._marks)
        self._update_bar()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def _forget_marks(self) -> None:
        """The view shows another article: these marks belonged to the old one."""
        self._marks = []
        self._update_bar()

    def detach(self) -> None:
        """Stop listening to the view and the bar (before another controller takes the
        shared reader); the marks on screen stay until someone sets others."""
        self.view.removeEventFilter(self)
        self.view.selectionChanged.disconnect(self._update_bar)
        self.view.cursorPositionChanged.disconnect(self._update_bar)
        self.view.articleChanged.disconnect(self._forget_marks)
        if self.bar is not None:
            self.bar.removeEventFilter(self)
            self.bar.labelChosen.disconnect(self.label_selection)
            self.bar.removeRequested.disconnect(self.remove_at_cursor)
        self._enabled = False

    def set_enabled(self, enabled: bool) -> None:
        """Allow or refuse editing (no attempts left, or an exercise without marking)."""
        self._enabled = enabled
        self._update_bar()

    # -- editing ----------------------------------------------------------------------

    def label_selection(self, label_id: str) -> bool:
        """Label the snapped selection (or relabel the mark under the cursor); True if
        the marks changed."""
        if not self._enabled or label_id not in self._labels:
            return False
        span = self.view.current_selection()
        collapse_at = None if span is None else span[1]
        if span is None:
            under = self._mark_under_cursor()
            if under is None:
                self.message.emit(self.tr("Select some words first, then choose a label."))
                return False
            span = (under.start, under.end)
        start, end = span
        if Mark(start, end, label_id) in self._marks:
            return False
        same_span = [m for m in self._marks if (m.start, m.end) == (start, end)]
        # Same-label marks the new span overlaps give way to it: that is how a mark is resized.
        marks = [
            m for m in self._marks if not (m.label == label_id and m.start < end and start < m.end)
        ]
        if same_span:
            marks = [Mark(start, end, label_id) if m == same_span[0] else m for m in marks]
        else:
            marks.append(Mark(start, end, label_id))
        return self._change(marks, collapse_at=collapse_at)

    def remove_at_cursor(self) -> bool:
        """Remove the selected mark, or the innermost mark under the cursor."""
        if not self._enabled:
            return False
        target = self._mark_under_cursor()
        if target is None:
            self.message.emit(self.tr("There is no mark at the cursor to remove."))
            return False
        marks = list(self._marks)
        marks.remove(target)
        return self._change(marks)

    def clear(self) -> bool:
        """Remove every mark."""
        return self._enabled and self._change([])

    def _mark_under_cursor(self) -> Mark | None:
        span = self.view.current_selection()
        if span is not None:
            exact = [m for m in self._marks if (m.start, m.end) == span]
            if exact:
                return exact[-1]
        offset = self.view.cursor_offset()
        inside = self.view.marks_at(offset)
        if not inside:  # the cursor just after a mark's last letter
            inside = sorted(
                (m for m in self._marks if m.start < offset <= m.end), key=lambda m: m.end - m.start
            )
        return inside[0] if inside else None

    def _change(self, marks: list[Mark], collapse_at: int | None = None) -> bool:
        marks = _ordered(marks)
        if marks == self._marks:
            return False
        self._marks = marks
        self.view.set_marks(marks)
        self.view.set_feedback([])
        if collapse_at is not None:
            # Let the new mark show instead of the selection's highlight.
            self.view.select_span(collapse_at, collapse_at)
        self._update_bar()
        self.marksChanged.emit([tuple(m) for m in marks])
        return True

    def _update_bar(self) -> None:
        if self.bar is None:
            return
        under = self._mark_under_cursor() if self._marks else None
        self.bar.set_labels_enabled(self._enabled)
        self.bar.set_remove_available(self._enabled and under is not None)

    # -- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            action = self._key_action(cast(QKeyEvent, event))  # a key event, by its type
            if action is not None:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours while the article or bar has the focus
                    return True
                if action == 0:
                    self.remove_at_cursor()
                elif action in self._keys:
                    self.label_selection(self._keys[action])
                else:
                    QApplication.beep()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, event: QKeyEvent) -> int | None:
        """1...9 for a label key, 0 for a remove key, None for any other key."""
        if event.modifiers() not in _PLAIN:
            return None
        key = event.key()
        if key in _REMOVE_KEYS:
            return 0
        return _DIGITS.get(key)


def _ordered(marks: Iterable[Mark]) -> list[Mark]:
    """Reading order; the same span under two labels keeps the order given."""
    return sorted(marks, key=lambda m: (m.start, m.end))
