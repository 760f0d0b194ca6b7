"""Writing task: a longer response, with its word guide and rubric in view, for the teacher.

The student writes in a plain text box under the rubric (each criterion with what
level 3 looks like; "Show every level" opens all four); a counter says how far they are
("312 words · aim for 250–400"). The panel autosaves the draft as for every kind. Hand
in asks first when the answer is shorter or longer than the guide. Once handed in the
text is read-only, the exemplars appear (never before), and the status says it waits
for the teacher; once the teacher has scored it, the panel's result shows the points,
each criterion's level with its descriptor and the teacher's comment (the core's
feedback, read from the same database).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.grading.grade import Grade
from closeread.core.kinds.base import word_count
from closeread.core.kinds.writing import TOP, against_guide
from closeread.core.pack.model import WritingExercise
from closeread.ui.common.outside_text import plain_question
from closeread.ui.common.widgets import GREEN, MutedLabel, StatusLabel, heading
from closeread.ui.exercises.base import markdown
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.text_box import AnswerBox, TextAnswerWidget

LINES = (10, 26)  # the box grows with the answer between these many lines, then scrolls


class WritingWidget(TextAnswerWidget):
    """The rubric, a text box with a word counter, and (after handing in) the exemplars."""

    def __init__(
        self, exercise: WritingExercise, context: ExerciseContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, context, parent)
        self.exercise: WritingExercise = exercise
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("How your teacher will score it"), self), 1)
        self.levels_button = QPushButton(self.tr("Show every &level"), self)
        self.levels_button.setObjectName("writingLevels")
        self.levels_button.setCheckable(True)
        self.levels_button.setAutoDefault(False)
        self.levels_button.toggled.connect(self._show_rubric)
        top.addWidget(self.levels_button)
        layout.addLayout(top)
        self.rubric = markdown("", context, self)
        self.rubric.setObjectName("writingRubric")
        layout.addWidget(self.rubric)
        self._show_rubric(False)
        self.editor = AnswerBox(
            LINES,
            self.tr("Write your response here."),
            self.tr("Your response"),
            exercise.title,
            self,
        )
        self.editor.setObjectName("writingEditor")
        self.editor.edited.connect(self._on_edited)
        layout.addWidget(self.editor)
        self.count = MutedLabel("", self)
        self.count.setObjectName("writingCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.count)
        self.status = StatusLabel(self)
        self.status.setObjectName("writingStatus")
        layout.addWidget(self.status)
        self.exemplars_title = heading(self.tr("Exemplars: answers at known levels"), self)
        layout.addWidget(self.exemplars_title)
        self.exemplars = markdown(self._exemplars_markdown(), context, self)
        self.exemplars.setObjectName("writingExemplars")
        self.exemplars.setAccessibleName(self.tr("Exemplars"))
        layout.addWidget(self.exemplars)
        self._show_exemplars(False)
        self._update_count()

    # -- the rubric and the exemplars ----------------------------------------------------

    def _show_rubric(self, every_level: bool) -> None:
        self.levels_button.setText(
            self.tr("Hide the &levels") if every_level else self.tr("Show every &level")
        )
        lines = []
        for criterion in self.exercise.criteria:
            weight = f"{criterion.weight * 100:g}%"
            if every_level:
                lines += [f"**{criterion.name}** ({weight})", ""]
                lines += [
                    "- " + self.tr("Level {n}: {text}").format(n=n, text=_flat(text))
                    for n, text in enumerate(criterion.levels)
                ]
                lines.append("")
            else:
                best = self.tr("level {n}: {text}").format(n=TOP, text=_flat(criterion.levels[TOP]))
                lines.append(f"- **{criterion.name}** ({weight}), {best}")
        self.rubric.set_markdown("\n".join(lines))
        self.rubric.setAccessibleName(self.tr("The rubric"))

    def _exemplars_markdown(self) -> str:
        parts = []
        for exemplar in self.exercise.exemplars:
            parts += [f"**{_flat(exemplar.level)}**", "", _quote(exemplar.text), ""]
            if exemplar.commentary:
                parts += [exemplar.commentary, ""]
        return "\n".join(parts)

    def _show_exemplars(self, shown: bool) -> None:
        shown = shown and bool(self.exercise.exemplars)
        self.exemplars_title.setVisible(shown)
        self.exemplars.setVisible(shown)

    # -- answer -----------------------------------------------------------------------

    def confirm_check(self) -> bool:
        """Hand in an answer outside the word guide only when the student says so."""
        words = word_count(self.editor.text())
        side = against_guide(self.exercise, words)
        if not side or self.exercise.words is None:
            return True
        least, most = self.exercise.words
        if side == "under":
            text = self.tr(
                "Your response has %n word(s); the task asks for at least {least}. "
                "Hand it in anyway?",
                "",
                words,
            )
        else:
            text = self.tr(
                "Your response has %n word(s); the task asks for at most {most}. "
                "Hand it in anyway?",
                "",
                words,
            )
        answer = plain_question(
            self,
            self.tr("Hand in your response?"),
            text.format(n=words, least=least, most=most),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_count(self) -> None:
        words = word_count(self.editor.text())
        shown = self.tr("%n word(s)", "", words)
        guide = self.exercise.words
        if guide is not None:
            shown += " · " + self.tr("aim for {least}–{most}").format(least=guide[0], most=guide[1])
            side = against_guide(self.exercise, words)
            if side == "under" and words:
                shown += " " + self.tr("(%n to go)", "", guide[0] - words)
            elif side == "over":
                shown += " " + self.tr("(%n too many)", "", words - guide[1])
        self.count.setText(shown)
        self.count.setAccessibleName(shown)

    # -- result -----------------------------------------------------------------------

    def show_result(self, result: Grade | None, *, reveal_key: bool = False) -> None:
        self._show_exemplars(result is not None and result.status != "unanswered")
        if result is not None and result.override is not None:
            self.status.set_status(
                "✓", self.tr("Scored by your teacher"), GREEN,
                self.tr("Their levels and comment are below."),
            )  # fmt: skip
        else:  # handed in, it waits for the teacher: the panel's result says so
            self.status.clear_status()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _quote(markdown_text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in markdown_text.strip().splitlines())
