"""The dashboard's Review tab: written answers the rules could not decide.

Left, every attempt waiting for the teacher (:func:`closeread.core.classwork.review.review_queue`),
by exercise then student; "Show decided" adds the ones already given a score. Right,
the one selected: the question, the student's text, what the rubric found in it, the
model answer, and the teacher's score (points and a comment). Saving a score moves on
to the next answer still waiting, so a pile of answers is marked from the keyboard
(Enter in the list goes to the score): type the points, Tab, a comment, Enter. A
writing task is scored criterion by criterion instead
(:mod:`closeread.ui.teacher.writing_score`): a digit per criterion, a comment, Ctrl+Enter.

Above them, students whose hand-ins came from more than one profile or device, or
under different names (:func:`closeread.core.classwork.review.hand_in_conflicts`), with the
files involved: never merged silently, and the teacher should know.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from closeread.core.classwork.review import (
    HandInConflict,
    ReviewItem,
    hand_in_conflicts,
    review_queue,
)
from closeread.core.grading.grade import points_possible
from closeread.core.grading.verdicts import plural_count
from closeread.core.kinds.registry import kind_of
from closeread.core.pack.model import Pack
from closeread.core.report.html_report import prose
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_storage_error
from closeread.ui.common.markdown_view import MarkdownView
from closeread.ui.common.outside_text import escaped
from closeread.ui.common.widgets import MutedLabel, StatusLabel, heading, points_text, status_text
from closeread.ui.teacher.override_editor import OverrideEditor
from closeread.ui.teacher.writing_score import WritingScoreForm

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewPanel(QWidget):
    """The queue of answers to review for one pack (one class, if the dashboard says so)."""

    changed = Signal()  # a score was saved or withdrawn

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.store = store
        self.pack: Pack | None = None
        self.class_name: str | None = None
        self.items: list[ReviewItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("reviewCount")
        top.addWidget(self.count_label, 1)
        self.show_decided = QCheckBox(self.tr("Show &decided answers too"), self)
        self.show_decided.setObjectName("showDecided")
        self.show_decided.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.show_decided)
        layout.addLayout(top)
        self.conflicts: list[HandInConflict] = []
        self.flags = self._rich_label(self, "reviewFlags", self.tr("Hand-ins to check"))
        self.flags.hide()
        layout.addWidget(self.flags)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.list = QListWidget(splitter)
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Answers to review"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(260)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.activated.connect(lambda _index: self._focus_score())  # Enter: go and score
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 640])
        layout.addWidget(splitter, 1)

    def _detail(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("The answer under review"))
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 0, 6, 0)
        layout.setSpacing(8)
        self.title = heading("", page, scale=1.15)
        layout.addWidget(self.title)
        self.who = MutedLabel("", page)
        layout.addWidget(self.who)
        self.prompt = MarkdownView(parent=page)
        self.prompt.setObjectName("reviewPrompt")
        self.prompt.setAccessibleName(self.tr("Question"))
        layout.addWidget(self.prompt)
        layout.addWidget(heading(self.tr("The student's answer"), page))
        box = QFrame(page)
        box.setObjectName("reviewAnswerBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setBackgroundRole(QPalette.ColorRole.Base)
        box.setAutoFillBackground(True)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(12, 10, 12, 10)
        self.answer = self._rich_label(box, "reviewAnswer", self.tr("The student's answer"))
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.answer.setFont(font)
        box_layout.addWidget(self.answer)
        layout.addWidget(box)
        self.rubric = self._rich_label(page, "reviewRubric", self.tr("Rubric and model answer"))
        layout.addWidget(self.rubric)
        self.rules = StatusLabel(page)
        self.rules.setObjectName("reviewRules")
        layout.addWidget(self.rules)
        self.editor = OverrideEditor(self.store, page)
        self.editor.saved.connect(self._on_saved)
        layout.addWidget(self.editor)
        self.writing = WritingScoreForm(self.store, page)
        self.writing.saved.connect(self._on_saved)
        self.writing.hide()
        layout.addWidget(self.writing)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _rich_label(self, parent: QWidget, name: str, spoken: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(spoken)
        return label

    # -- data ------------------------------------------------------------------------------

    def set_scope(self, pack: Pack | None, class_name: str | None) -> None:
        self.pack = pack
        self.class_name = class_name
        self.reload()

    def waiting(self) -> int:
        return sum(1 for item in self.items if not item.decided)

    def reload(self, keep_attempt: int | None = None) -> None:
        self.items = []
        self.conflicts = []
        if self.pack is not None:
            try:
                self.conflicts = hand_in_conflicts(self.store, self.pack, self.class_name)
                self.items = review_queue(
                    self.store,
                    self.pack,
                    self.class_name,
                    include_decided=self.show_decided.isChecked(),
                )
            except StorageError as error:
                show_storage_error(self, error)
        self.flags.setText(self._flags_html())
        self.flags.setVisible(bool(self.conflicts))
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for row, item in enumerate(self.items):
            entry = QListWidgetItem(self._item_text(item), self.list)
            entry.setData(ITEM_ROLE, item.attempt.id)
            if item.attempt.id == keep_attempt:
                chosen = row
        self.list.blockSignals(False)
        waiting = self.waiting()
        self.count_label.setText(
            self.tr("No answers wait for your review.")
            if not waiting
            else self.tr("%n answers wait for your review.", "", waiting)
        )
        if self.items:
            self.list.setCurrentRow(chosen)
            self._on_row(chosen)
        else:
            self._show(None)

    def _flags_html(self) -> str:
        """Each flagged student, why, and their files (kept and refused attempts)."""
        out = []
        for conflict in self.conflicts:
            who = escaped(conflict.student.label)
            files = []
            for file in conflict.files:
                line = self.tr("{name}: %n attempt(s) kept", "", file.attempts).format(
                    name=file.file_name or file.file_hash[:12]
                )
                if file.refused:
                    line += self.tr(", %n refused over the limit", "", file.refused)
                if file.handed_in_as is not None:
                    line += self.tr(" (handed in as {who})").format(who=file.handed_in_as.label)
                files.append(escaped(line))
            out.append(
                f"<p>⚠ <b>{who}</b>: {escaped(conflict.reason)}.<br>" + "<br>".join(files) + "</p>"
            )
        return "".join(out)

    def _item_text(self, item: ReviewItem) -> str:
        assert self.pack is not None  # the items come from it
        lesson_number = [lesson.id for lesson in self.pack.lessons].index(item.lesson.id) + 1
        attempt = self.tr("attempt {n}").format(n=item.attempt.attempt_no)
        head = f"{item.student.name} · {lesson_number}. {item.exercise.title} · {attempt}"
        if item.decided:
            possible = points_possible(item.exercise)
            score = points_text((item.attempt.override_score or 0) * possible)
            done = self.tr("scored {points} of {n}").format(points=score, n=points_text(possible))
            return f"✓ {head}\n{done}"
        first = next((a.text for a in item.answers if a.text.strip()), "")
        preview = " ".join(first.split())
        preview = preview if len(preview) <= 90 else preview[:89] + "…"
        return f"✎ {head}\n“{preview}”" if preview else f"✎ {head}"

    def select_attempt(self, attempt_id: int) -> bool:
        for row, item in enumerate(self.items):
            if item.attempt.id == attempt_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # -- showing ---------------------------------------------------------------------------

    def current(self) -> ReviewItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _on_row(self, row: int) -> None:
        self._show(self.items[row] if 0 <= row < len(self.items) else None)

    def _show(self, item: ReviewItem | None) -> None:
        if item is None:
            self.title.setText(self.tr("Nothing to review") if self.pack else "")
            self.who.setText("")
            self.prompt.set_markdown("")
            self.answer.setText("")
            self.rubric.setText("")
            self.rules.clear_status()
            self.editor.set_attempt(None)
            self.writing.set_attempt(None, None)
            return
        self.title.setText(item.exercise.title)
        self.title.setAccessibleName(item.exercise.title)
        who = ", ".join(p for p in (item.student.class_name, item.student.student_number) if p)
        self.who.setText(
            self.tr("{name}{who} · lesson “{lesson}” · attempt {n}").format(
                name=item.student.name,
                who=f" ({who})" if who else "",
                lesson=item.lesson.title,
                n=item.attempt.attempt_no,
            )
        )
        self.prompt.set_root(self.pack.root if self.pack else None)
        self.prompt.set_markdown(item.exercise.prompt)
        self.answer.setText(self._answer_html(item))
        self.rubric.setText(self._rubric_html(item))
        writing = kind_of(item.exercise).scored_by_levels  # in a form of its own
        self.editor.setVisible(not writing)
        self.writing.setVisible(writing)
        glyph, color, word = status_text("needs_review")
        if writing:
            self.rules.set_status(glyph, self.tr("To score"), color, self.tr("Only you score it."))
            self.writing.set_attempt(item.attempt, item.exercise)  # type: ignore[arg-type]
            return
        found = points_text(item.rules.points)
        possible = points_text(item.rules.possible)
        self.rules.set_status(
            glyph,
            word,
            color,
            self.tr(
                "Provisional: the rubric found {points} of {n} point(s).",
                "",
                plural_count(item.rules.possible),
            ).format(points=found, n=possible)
            + "".join(f" ⚑ {flag}." for flag in self._flags(item)),
        )
        self.editor.set_attempt(item.attempt, points_possible(item.exercise))

    @staticmethod
    def _flags(item: ReviewItem) -> list[str]:
        """Why the rules held back (a denial, a list of terms), for every written text."""
        return list(dict.fromkeys(flag for written in item.answers for flag in written.flags))

    def _answer_html(self, item: ReviewItem) -> str:
        out = []
        for written in item.answers:
            text = escaped(written.text.strip())
            text = text or "<i>" + self.tr("no answer") + "</i>"
            if len(item.answers) > 1:
                out.append(f"<p><b>{escaped(written.title)}</b><br>{text}</p>")
            else:
                out.append(f"<p>{text}</p>")
        return "".join(out)

    def _rubric_html(self, item: ReviewItem) -> str:
        out = []
        for written in item.answers:
            title = f" ({escaped(written.title)})" if len(item.answers) > 1 else ""
            if written.criteria:
                rows = []
                for criterion in written.criteria:
                    name = escaped(criterion.name)
                    if criterion.met:
                        term = escaped(criterion.term)
                        found = self.tr("{name}: found “{term}”").format(name=name, term=term)
                        rows.append(f"✓ {found}")
                    elif getattr(criterion, "denied", False):
                        term = escaped(criterion.term)
                        found = self.tr("{name}: “{term}” found, but denied").format(
                            name=name, term=term
                        )
                        rows.append(f"✗ {found}")
                    else:
                        rows.append("✗ " + self.tr("{name}: not found").format(name=name))
                heading = self.tr("Rubric")
                out.append(f"<p><b>{heading}{title}</b><br>{'<br>'.join(rows)}</p>")
            if written.model_answer:
                model = prose(written.model_answer)  # pack Markdown, sanitised
                heading = self.tr("Model answer")
                out.append(f"<p><b>{heading}{title}</b></p>{model}")
        return "".join(out)

    def _on_saved(self, attempt_id: int) -> None:
        """Reload, then go on to the next answer still waiting."""
        row = self.list.currentRow()
        self.reload(keep_attempt=attempt_id)
        if self.items:
            if self.show_decided.isChecked():
                later = [i for i, item in enumerate(self.items) if i > row and not item.decided]
                target = later[0] if later else row
            else:  # the decided answer left the list: the next one took its row
                target = min(row, len(self.items) - 1)
            self.list.setCurrentRow(target)
        self.changed.emit()
        self._focus_score()

    def _focus_score(self) -> None:
        if self.writing.isVisible():
            self.writing.focus_first()
        else:
            self.editor.points.setFocus()
