"""The result of checking: the score in large type, its status, and the feedback to read.

For marks (feedback with notes, :func:`~closeread.core.grading.feedback.feedback_notes`)
the card reads without scrolling: under the score a one-line summary ("8 of 10 found ·
1 wrong label · 1 extra"), then the list of marks tied to the article
(:mod:`closeread.ui.exercises.feedback_list`), then what else there is to say (hints'
cost, the teacher's word), and the exercise's explanation folded under "About this
exercise". Other kinds show their feedback as one text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.feedback import feedback_notes, render_feedback
from closeread.core.grading.grade import Grade
from closeread.core.grading.verdicts import outcome_verdict, plural_count
from closeread.core.kinds.mark_notes import MarkTally, SpanNote, mark_tally
from closeread.core.pack.model import AnyExercise
from closeread.ui.common.fonts import relative_font
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.outside_text import escaped
from closeread.ui.common.widgets import (
    BLUE,
    GREY,
    MutedLabel,
    StatusLabel,
    points_text,
    readable,
    score_text,
    status_text,
    verdict_text,
)
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.feedback_list import FeedbackList

STRIPE = 4
_SCORED = {"correct", "partial", "incorrect", "unanswered"}


def without_headline(feedback: str, result: Grade) -> str:
    """The feedback less its first line when that only repeats the score the card shows."""
    if result.override is not None or result.status not in _SCORED:
        return feedback
    head, _, rest = feedback.strip().partition("\n\n")
    if head.startswith("**") and head.endswith("**") and "\n" not in head:
        return rest
    return feedback


class ResultView(QFrame):
    """A card: "3.5 of 4 points", a status ("◐ Partly right"), a bar, then the feedback."""

    passageChosen = Signal(int, int)  # a mark of the list chosen: show it in the article

    def __init__(self, context: ExerciseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("exerciseResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Result"))
        self._color = GREY
        self._fraction: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12 + STRIPE, 10, 12, 12)
        layout.setSpacing(6)
        top = self._top = QHBoxLayout()
        top.setSpacing(8)
        self.points = QLabel(self)
        relative_font(self.points, 1.6, QFont.Weight.Bold)
        self.points.setTextFormat(Qt.TextFormat.PlainText)
        self.of = MutedLabel("", self)
        self.of.setWordWrap(False)
        top.addWidget(self.points, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.of, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addStretch(1)
        self.status = StatusLabel(self)
        self.status.setWordWrap(False)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(top)
        layout.addSpacing(8)  # room for the bar painted under the score
        self.counted = MutedLabel("", self)
        layout.addWidget(self.counted)
        self.summary = QLabel(self)
        self.summary.setObjectName("feedbackSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = FeedbackList(context, self)
        self.list.passageChosen.connect(self.passageChosen)
        layout.addWidget(self.list)
        self.feedback = MarkdownView(root=context.pack.root, parent=self)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.feedback)
        self.about = QToolButton(self)
        self.about.setObjectName("aboutExercise")
        self.about.setText(self.tr("About this exercise"))
        self.about.setAccessibleName(self.tr("About this exercise: the explanation"))
        self.about.setCheckable(True)
        self.about.setAutoRaise(True)
        self.about.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.about.setArrowType(Qt.ArrowType.RightArrow)
        self.about.toggled.connect(self._show_about)
        layout.addWidget(self.about, 0, Qt.AlignmentFlag.AlignLeft)
        self.explanation = MarkdownView(root=context.pack.root, parent=self)
        self.explanation.setAccessibleName(self.tr("About this exercise"))
        self.explanation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.explanation)
        self._explained = ""
        for widget in (self.summary, self.list, self.about, self.explanation):
            widget.hide()
        self.hide()

    def show_checked(
        self, exercise: AnyExercise, result: Grade, counted: str = "", *, final: bool
    ) -> None:
        """The grade of an answer to ``exercise`` with its feedback; marks get the summary,
        the list and the explanation apart (``final``: no attempt left, the key shown)."""
        pack = self.context.pack
        labels, text = pack.labels, pack.article.text
        notes = feedback_notes(exercise, result, labels=labels, text=text, reveal_key=final)
        feedback = render_feedback(
            exercise, result, labels=labels, text=text, reveal_key=final, apart=True
        )
        explained = exercise.explanation if notes and final else ""
        self.show_grade(result, feedback, counted, final=final, notes=notes, explained=explained)

    def show_grade(
        self,
        result: Grade,
        feedback: str,
        counted: str = "",
        *,
        final: bool = True,
        notes: Sequence[SpanNote] = (),
        explained: str = "",
    ) -> None:
        """A scored answer: its points, status and feedback; ``counted`` says which counts;
        ``final``: no attempt is left (a wrong answer is "Not right", not "Not yet");
        ``notes``: the marks to list, ``explained``: the explanation to fold."""
        glyph, color, name = status_text(result.status, final=final)
        self._color = color
        self._fraction = result.fraction
        self.points.setText(points_text(result.points))
        self.of.setText(
            self.tr("of {possible} point(s)", "", plural_count(result.possible)).format(
                possible=points_text(result.possible)
            )
        )
        self.points.show()
        self.of.show()
        self._status_at(-1)  # at the right, after the score
        self.status.set_status(glyph, name, color)
        tally = mark_tally(result.spans) if notes and result.spans is not None else None
        self._show_rest(without_headline(feedback, result), counted, notes, tally, final, explained)
        self.setAccessibleDescription(f"{score_text(result.points, result.possible)}, {name}")

    def show_handed_in(self, feedback: str) -> None:
        """An assessment answer: saved for the teacher, no score and no key."""
        glyph, color, name = status_text("pending")
        self._color = BLUE
        self._fraction = None
        self.points.hide()
        self.of.hide()
        self._status_at(0)  # no score: the status leads
        self.status.set_status(glyph, name, color)
        self._show_rest(feedback, "")
        self.setAccessibleDescription(name)

    def _status_at(self, index: int) -> None:
        self._top.removeWidget(self.status)
        index = self._top.count() if index < 0 else index
        self._top.insertWidget(index, self.status, 0, Qt.AlignmentFlag.AlignBaseline)

    def _show_rest(
        self,
        feedback: str,
        counted: str,
        notes: Sequence[SpanNote] = (),
        tally: MarkTally | None = None,
        final: bool = False,
        explained: str = "",
    ) -> None:
        self.counted.setText(counted)
        self.counted.setVisible(bool(counted))
        self.summary.setText(self.summary_html(tally, final) if tally is not None else "")
        self.summary.setAccessibleName(self._spoken_summary())
        self.summary.setVisible(tally is not None)
        self.list.set_notes(notes)
        self.feedback.set_markdown(feedback)
        self.feedback.setVisible(bool(feedback.strip()))
        self._explained = explained
        self.about.setChecked(False)
        self.about.setVisible(bool(explained))
        self.explanation.hide()
        self.show()
        self.update()

    def summary_html(self, tally: MarkTally, final: bool) -> str:
        """ "✓ 8 of 10 found · ≈ 1 nearly right · ✗ 1 wrong label · ? 1 extra · ! 1 missed"."""
        window = self.palette().color(QPalette.ColorRole.Window)

        def part(kind: str, text: str) -> str:
            words = escaped(text).replace(" ", "&nbsp;")  # lines break between parts only
            if not kind:
                return words
            symbol, tone, _word = verdict_text(outcome_verdict(kind))
            ink = readable(tone, window).name()
            return f'<span style="color:{ink}; font-weight:600">{symbol}</span>&nbsp;{words}'

        parts = []
        if tally.total:
            found = self.tr("{found} of %n found", "", tally.total).format(found=tally.found)
            parts.append(part("hit" if tally.found else "", found))  # no ✓ beside nothing
        counts = [
            ("partial", tally.partial, self.tr("%n nearly right", "", tally.partial)),
            ("wrong_label", tally.wrong_label, self.tr("%n wrong label(s)", "", tally.wrong_label)),
            ("extra", tally.extra, self.tr("%n extra", "", tally.extra)),
            ("missed", tally.missed, self.tr("%n missed", "", tally.missed))
            if final
            else ("missed", tally.missed, self.tr("%n still to find", "", tally.missed)),
        ]
        for kind, n, text in counts:
            if n:
                parts.append(part(kind, text))
        return " · ".join(parts)

    def _spoken_summary(self) -> str:
        from closeread.core.pack.markdowntext import html_to_text

        return " ".join(html_to_text(self.summary.text()).split())

    def _show_about(self, opened: bool) -> None:
        if opened and self.explanation.toPlainText() == "" and self._explained:
            self.explanation.set_markdown(self._explained)
        self.explanation.setVisible(opened and bool(self._explained))
        self.about.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes once the answer is checked: the list, else the text."""
        if self.list.rows:
            return self.list.rows[0]
        return self.feedback if self.feedback.isVisibleTo(self) else self

    def bring_into(self, scroll: QScrollArea, tries: int = 3) -> None:
        """Scroll ``scroll`` to this card: all of it when it fits, else from its top (once
        the panel is shown: a panel just built is laid out a moment later)."""
        body = scroll.widget()
        if body is None:
            return
        if not scroll.isVisible() and tries > 0:
            QTimer.singleShot(0, self, lambda: self.bring_into(scroll, tries - 1))
            return
        top = self.mapTo(body, self.rect().topLeft()).y()
        view = scroll.viewport().height()
        bar = scroll.verticalScrollBar()
        if self.height() + 24 <= view:
            scroll.ensureWidgetVisible(self, 0, 12)
        else:
            bar.setValue(top - 8)

    def score_text(self) -> str:
        """What the score line says, as one string ("3.5 of 4 points")."""
        if not self.points.isVisibleTo(self):
            return self.status.accessibleName()
        return f"{self.points.text()} {self.of.text()}"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        window = self.palette().color(QPalette.ColorRole.Window)
        color = readable(self._color, window, 3.0)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), 2, 2)
        if self._fraction is not None:  # a thin bar under the score line: how much was earned
            y = self.points.geometry().bottom() + 4
            left = self.points.geometry().left()
            width = rect.width() - left - 12
            track = QColor(color)
            track.setAlphaF(0.18)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(left, y, width, 4), 2, 2)
            painter.setBrush(color)
            filled = max(0.0, min(1.0, self._fraction)) * width
            if filled > 0:
                painter.drawRoundedRect(QRectF(left, y, filled, 4), 2, 2)
        painter.end()
