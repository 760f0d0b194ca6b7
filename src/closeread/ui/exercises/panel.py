"""ExercisePanel: one exercise beside the article: its prompt, its answer, Check, feedback.

The panel saves as the student works: a draft 300 ms after each change (and at once
when it is hidden, closed or destroyed), and an attempt with its score when they check,
in one transaction. Built again later, it comes back as it was left: the draft being
written, or else the last attempt with its feedback. Attempts, which attempt counts
and what hints cost are the core's rules (:mod:`closeread.core.grading.grade`); the panel
only applies them. In an assessment edition "Check" becomes "Hand in": the answer is
saved for the teacher and no feedback is shown.

Signals: ``checked(float)`` after an attempt is saved (the score as a fraction of the
points; NaN when the teacher has to score it), ``answerChanged()`` on every edit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.answers import AnswerError, is_empty
from closeread.core.grading.grade import Grade
from closeread.core.kinds.registry import awaits_teacher, kind_of
from closeread.core.store.errors import StorageError
from closeread.ui.common.widgets import VERMILION, MutedLabel, heading, score_text
from closeread.ui.exercises import lease
from closeread.ui.exercises.actions import ActionBar, attempts_text, meta_text
from closeread.ui.exercises.base import markdown
from closeread.ui.exercises.blanks import BlankGuard
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.factory import make_widget
from closeread.ui.exercises.hints import HintLedger, HintsBox
from closeread.ui.exercises.result import ResultView
from closeread.ui.exercises.session import ExerciseSession
from closeread.ui.exercises.showmarks import marks_shown_from

DRAFT_DELAY_MS = 300


class _DraftSaver:
    """The answer waiting to be saved; plain Python, so it can flush after the widget is gone."""

    def __init__(self, session: ExerciseSession) -> None:
        self.session = session
        self.pending: dict | None = None

    def flush(self) -> str | None:
        """Save the pending draft; a plain message when it could not be saved."""
        if self.pending is None:
            return None
        answer, self.pending = self.pending, None
        try:
            self.session.save_draft(answer)
        except StorageError as error:
            self.pending = answer  # kept: the next change or flush tries again
            return str(error)
        return None


class ExercisePanel(QWidget):
    """One exercise: title, prompt, the kind's widget, hints, Check, score and feedback."""

    checked = Signal(float)
    answerChanged = Signal()

    # These attributes hide QWidget.scroll() and QWidget.actions(), which Qt's C++ side
    # does not look up in Python.
    scroll: QScrollArea  # type: ignore[assignment]
    actions: ActionBar  # type: ignore[assignment]

    def __init__(self, context: ExerciseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.exercise = context.exercise
        self.session = ExerciseSession(context)
        self.setObjectName("exercisePanel")
        self.setAccessibleName(self.tr("Exercise: {title}").format(title=self.exercise.title))
        self._saver = _DraftSaver(self.session)
        saver = self._saver
        self.destroyed.connect(lambda *_: saver.flush())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush_draft)

        problem = ""
        try:
            attempts = self.session.attempts()
            counts = self.session.hint_counts(attempts)
            draft = self.session.load_draft()
        except StorageError as error:  # shown in the panel; the student can still work
            attempts, counts, draft, problem = [], {}, None, str(error)
        self._made = len(attempts)
        self._grades: list[Grade] = [self.session.grade_attempt(a) for a in attempts]
        self.ledger = HintLedger(counts, self.session.save_hints, self)
        self._build()
        self._restore(attempts, draft)
        if problem:
            self._show_error(problem, self.tr("Not loaded"))

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        exercise = self.exercise
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)
        body = QWidget(self.scroll)
        body.setObjectName("exerciseBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        self.title = heading(exercise.title, body, scale=1.3)
        layout.addWidget(self.title)
        self.meta = MutedLabel(meta_text(exercise), body)
        layout.addWidget(self.meta)
        self.prompt = markdown(exercise.prompt, self.context, body) if exercise.prompt else None
        if self.prompt is not None:
            self.prompt.setAccessibleName(self.tr("Instructions"))
            layout.addWidget(self.prompt)
        self.widget = make_widget(exercise, self.context, body, ledger=self.ledger)
        self.widget.answerChanged.connect(self._on_answer_changed)
        self.widget.checkRequested.connect(self.check)
        layout.addWidget(self.widget)
        self.hints = HintsBox(exercise, self.context, self.ledger, body)
        layout.addWidget(self.hints)
        for box in [self.hints, *self.widget.hint_boxes()]:
            box.failed.connect(self._show_error)
        self.result = ResultView(self.context, body)
        for marking in self.widget.mark_widgets()[:1]:  # the list's marks, in the article
            self.result.passageChosen.connect(marking.show_passage)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.scroll.setWidget(body)

        self.actions = ActionBar(exercise, self)
        outer.addWidget(self.actions)
        self.check_button = self.actions.check_button
        self.retry_button = self.actions.retry_button
        self.attempts_label = self.actions.attempts_label
        self.error = self.actions.error
        self.blanks = BlankGuard(exercise, self.actions)
        self.check_button.clicked.connect(self.check)
        self.retry_button.clicked.connect(self.retry)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.check)

    # -- state --------------------------------------------------------------------------

    def _restore(self, attempts: list, draft: dict | None) -> None:
        can = self.session.can_attempt(self._made)
        if draft is not None and (can or not attempts):
            self.widget.set_answer(draft)
            self._edit()
        elif attempts:
            self.widget.set_answer(self.session.valid(attempts[-1].answer) or self.session.empty())
            self._show_checked(self._grades[-1])
            if self.result.list.rows:  # the list of checked marks stands for the marks list
                QTimer.singleShot(0, self.result, lambda: self.result.bring_into(self.scroll))
        else:
            self.widget.set_answer(self.session.empty())
            self._edit()

    def _edit(self) -> None:
        self._editing = True
        self.widget.set_read_only(False)
        self.widget.show_result(None)
        self.widget.show_earlier(self.last_grade())  # dimmed, on what is not changed
        self.result.hide()
        self.hints.set_enabled(True)
        self.retry_button.hide()
        self._update_controls()

    def _show_checked(self, result: Grade) -> None:
        self._editing = False
        reveal = not self.session.can_attempt(self._made)
        self.widget.set_read_only(True)
        self.widget.show_result(result, reveal_key=reveal)
        if awaits_teacher(result):
            self.result.show_handed_in(
                self.tr(
                    "Your answer was saved; your teacher will score it and you will see "
                    "the feedback then."
                )
            )
        else:
            self.result.show_checked(self.exercise, result, self._counted_text(), final=reveal)
        self.hints.set_enabled(False)
        self.retry_button.setVisible(self._can_retry())
        self._update_controls()

    def _can_retry(self) -> bool:
        """Another attempt is allowed, and worth something: not after full marks."""
        last = self.last_grade()
        return self.session.can_attempt(self._made) and not (last and last.status == "correct")

    def _counted_text(self) -> str:
        if self._made < 2 or self.exercise.attempts == 1:
            return ""
        counted = self.session.counted(self._grades)
        if counted is None:
            return ""
        score = score_text(counted.points, counted.possible)
        if self.exercise.counts == "last":
            return self.tr("Your last attempt counts: {score}.").format(score=score)
        return self.tr("Your best attempt counts: {score}.").format(score=score)

    def _update_controls(self) -> None:
        can = self.session.can_attempt(self._made)
        answer = self.widget.answer()
        nothing = is_empty(self.exercise, answer) and not kind_of(self.exercise).nothing_to_find(
            self.exercise
        )
        self.check_button.setEnabled(self._editing and can and not nothing)
        left = self.session.attempts_left(self._made)
        if left is None:
            text = self.tr("Attempt {n}").format(n=self._made + (1 if self._editing else 0))
        elif left == 0:
            text = self.tr("No attempts left")
        elif self._made == 0:
            text = attempts_text(left)
        else:
            text = self.tr("%n attempt(s) left", "", left)
        self.attempts_label.setText(text)

    # -- actions -------------------------------------------------------------------------

    def check(self) -> None:
        """Grade the answer, save it as an attempt and show the result."""
        if not self._editing or not self.check_button.isEnabled():
            return
        if not self.widget.confirm_check():
            return
        answer = self.widget.answer()
        if not self.blanks.allows(answer, self.session.attempts_left(self._made)):
            return  # it asked first: Check again checks anyway
        self.blanks.reset()
        self._timer.stop()
        self._saver.pending = None  # the attempt replaces the draft
        try:
            done = self.session.check(answer, self.ledger.counts())
        except StorageError as error:
            self._saver.pending = answer
            self._show_error(str(error))
            return
        except (AnswerError, ValueError) as error:
            self._show_error(self.tr("This answer cannot be checked: {error}").format(error=error))
            return
        self.error.clear_status()
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self._made += 1
        self._grades.append(done.grade)
        self._show_checked(done.grade)
        if had_focus:  # the answer's controls are read-only now: go on to the feedback
            self.result.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.result, lambda: self.result.bring_into(self.scroll))
        self.checked.emit(done.fraction)

    def retry(self) -> None:
        """Start a new attempt from the last answer."""
        if self._editing or not self._can_retry():
            return
        self._edit()
        self._focus_answer()

    def _focus_answer(self) -> None:
        """Put the keyboard in the first control of the answer."""
        widget = self.widget.nextInFocusChain()
        while widget is not None and widget is not self.widget:
            if not self.widget.isAncestorOf(widget):
                break
            if (
                widget.isEnabled()
                and widget.isVisible()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def flush_draft(self) -> None:
        """Save the answer being written now, instead of after the short delay."""
        self._timer.stop()
        message = self._saver.flush()
        if message is not None:
            self._show_error(message)

    def _on_answer_changed(self) -> None:
        if not self._editing:
            return
        self.blanks.reset()
        self._saver.pending = self.widget.answer()
        self._timer.start()
        self._update_controls()
        self.answerChanged.emit()

    def _show_error(self, message: str, word: str = "") -> None:
        self.error.set_status("⚠", word or self.tr("Not saved"), VERMILION, message)

    # -- the shared article and the panel's life -------------------------------------------

    def _take_reader(self) -> None:
        reader = self.context.reader
        if reader is None:
            return
        marking = self.widget.mark_widgets()
        if marking:
            if lease.holder(reader) not in marking:
                marking[0].activate()
            return
        lease.claim(reader, self, lambda: None)
        reader.set_feedback([])
        reader.set_labels(self.context.pack.labels)
        reader.set_marks(marks_shown_from(self.context))

    def _give_reader_back(self) -> None:
        reader = self.context.reader
        if reader is None:
            return
        for owner in [self, *self.widget.mark_widgets()]:
            lease.release(reader, owner)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._take_reader()

    def hideEvent(self, event) -> None:
        self.flush_draft()
        if not event.spontaneous():
            self._give_reader_back()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.flush_draft()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            self.flush_draft()
        return super().event(event)

    # -- for the shell and for tests ---------------------------------------------------------

    def is_editing(self) -> bool:
        return self._editing

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts in the panel once checked (the feedback), else None."""
        return None if self._editing or self.result.isHidden() else self.result.focus_target()

    def attempts_made(self) -> int:
        return self._made

    def last_grade(self) -> Grade | None:
        return self._grades[-1] if self._grades else None

    def fraction(self) -> float:
        counted = self.session.counted(self._grades)
        if counted is None or awaits_teacher(counted):
            return math.nan
        return counted.fraction
