"""Trying an exercise as a student, from the editor, without touching anyone's progress.

The exercise opens in the same ``ExercisePanel`` students use, beside the article,
against a progress database made for the occasion in a temporary folder (never the
real one): check, use hints, run out of attempts. Closing the window throws that
database away.
"""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from closeread.core.pack.model import AnyExercise, Lesson, Pack
from closeread.core.store.store import Store
from closeread.ui.editor.session import EditSession
from closeread.ui.exercises.context import ExerciseContext
from closeread.ui.exercises.panel import ExercisePanel
from closeread.ui.reading.reader import ArticleView


def what_to_try(
    session: EditSession, rel: str, exercise_id: str
) -> tuple[Pack, Lesson, AnyExercise] | str:
    """The exercise of lesson file ``rel`` in the pack as saved, or why it cannot be tried."""
    pack = session.pack
    if pack is None:
        return QCoreApplication.translate(
            "trying", "The pack has errors: fix the problems listed below first."
        )
    try:
        lesson = pack.lesson(session.lesson_id(rel))
        return pack, lesson, lesson.exercise(exercise_id)
    except KeyError:
        return QCoreApplication.translate(
            "trying", "This exercise is not in the pack as saved: save it first."
        )


class TryDialog(QDialog):
    """One exercise of ``pack`` as a student sees it; answers vanish on close."""

    def __init__(
        self, pack: Pack, lesson: Lesson, exercise: AnyExercise, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tryDialog")
        self.setWindowTitle(
            self.tr("CloseRead — Trying “{title}” as a student").format(title=exercise.title)
        )
        self.setAccessibleName(self.tr("Trying an exercise as a student"))
        self._folder = tempfile.TemporaryDirectory(prefix="closeread-try-")
        self.store = Store(self._folder.name)
        student = self.store.roster.add_student(self.tr("Teacher, trying"))

        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "This is the exercise as students see it, from the pack as last saved. "
                "Answers given here are not kept: they go when this window closes."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.reader = ArticleView(self)
        self.reader.set_labels(pack.labels)
        self.reader.set_article(pack.article)
        self.reader.setMinimumWidth(360)
        context = ExerciseContext(self.store, student.id, pack, lesson, exercise, self.reader)
        self.panel = ExercisePanel(context, self)
        self.panel.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.reader)
        splitter.addWidget(self.panel)
        splitter.setSizes([560, 440])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 720)

    def done(self, result: int) -> None:
        self.close_store()
        super().done(result)

    def close_store(self) -> None:
        """Put the trial answers away: the panel saves its draft, then the folder goes."""
        if self.store.closed:
            return
        self.panel.flush_draft()
        self.panel.hide()
        self.store.close()
        self._folder.cleanup()
