"""The pane beside the article: the lesson's intro or the current exercise, and the way on.

A header says where the student is ("Lesson 1 of 3 · Exercise 2 of 5") and what the
exercise is called; below it either the lesson's intro (Markdown from the pack) or
the exercise panel; at the bottom Previous and Next, which the main window also
binds to Alt+Left / Alt+Right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from closeread.core.pack.model import Lesson, Pack
from closeread.ui.common.fonts import relative_font

if TYPE_CHECKING:
    from closeread.ui.common.markdown_view import MarkdownView
    from closeread.ui.exercises.lesson_aids import TalkAboutIt, WordsToKnow

_MARGIN = 20


class LessonPane(QWidget):
    """Intro or exercise, with a header and Previous/Next buttons."""

    previousRequested = Signal()
    nextRequested = Signal()
    termActivated = Signal(object)  # a glossary term's first use (TermUse), from the list
    shown = Signal(object)  # the pack, once a lesson's intro or an exercise is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPane")
        self.setAccessibleName(self.tr("Exercise"))
        self._panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QWidget(self)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(_MARGIN, 16, _MARGIN, 10)
        header_layout.setSpacing(4)
        self.where = QLabel(header)
        self.where.setObjectName("whereLabel")
        relative_font(self.where, 0.92, QFont.Weight.Medium)
        self.where.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter text
        self.title = QLabel(header)
        self.title.setObjectName("exerciseTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a pack's title, never HTML
        relative_font(self.title, 1.35, QFont.Weight.DemiBold)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header_layout.addWidget(self.where)
        header_layout.addWidget(self.title)
        layout.addWidget(header)
        layout.addWidget(self._rule())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._intro_page())
        self.exercise_area = QWidget(self)  # the panel scrolls by itself
        self.exercise_area.setObjectName("exerciseArea")
        self._area_layout = QVBoxLayout(self.exercise_area)
        self._area_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.exercise_area)
        layout.addWidget(self.stack, 1)

        layout.addWidget(self._rule())
        footer = QWidget(self)
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(_MARGIN, 10, _MARGIN, 12)
        self.previous_button = QPushButton(self.tr("◀  &Previous"), footer)
        self.previous_button.setObjectName("previousButton")
        self.previous_button.setAccessibleName(self.tr("Previous exercise"))
        self.previous_button.setToolTip(self.tr("Previous exercise (Alt+Left)"))
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button = QPushButton(self.tr("&Next  ▶"), footer)
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next exercise"))
        self.next_button.setToolTip(self.tr("Next exercise (Alt+Right)"))
        self.next_button.clicked.connect(self.nextRequested)
        for button in (self.previous_button, self.next_button):
            button.setMinimumWidth(120)
            button.setAutoDefault(False)
        footer_layout.addWidget(self.previous_button)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self.next_button)
        layout.addWidget(footer)

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        return rule

    def _intro_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("introArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(_MARGIN, 16, _MARGIN, 16)
        layout.setSpacing(18)
        self._intro_layout = layout
        # made when first shown: the window appears sooner without it
        self._intro: MarkdownView | None = None
        self.start_button = QPushButton(self.tr("&Start the First Exercise  ▶"), page)
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(self.tr("Start the first exercise"))
        self.start_button.setAutoDefault(False)
        self.start_button.setMinimumHeight(32)
        self.start_button.clicked.connect(self.nextRequested)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._aids: tuple[WordsToKnow, TalkAboutIt] | None = None  # made when a lesson has them
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    @property
    def intro(self):
        """The lesson intro's Markdown view."""
        if self._intro is None:
            from closeread.ui.common.markdown_view import MarkdownView

            view = MarkdownView(parent=self._intro_layout.parentWidget())
            view.setObjectName("lessonIntro")
            view.setAccessibleName(self.tr("Lesson introduction"))
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            relative_font(view, 1.08, QFont.Weight.Normal)
            self._intro_layout.insertWidget(0, view)
            self._intro = view
        return self._intro

    # -- what is shown ----------------------------------------------------------------

    @property
    def panel(self) -> QWidget | None:
        return self._panel

    def show_intro(self, pack: Pack, lesson: Lesson) -> None:
        self._drop_panel()
        number = pack.lessons.index(lesson) + 1
        self.where.setText(
            self.tr("Lesson {n} of {count} · Introduction").format(
                n=number, count=len(pack.lessons)
            )
        )
        self.title.setText(lesson.title)
        self.intro.set_root(pack.root)
        intro = lesson.intro.strip() or self.tr(
            "This lesson has %n exercise(s). Read the article, then start.",
            "",
            len(lesson.exercises),
        )
        self.intro.set_markdown(intro)
        self.start_button.setVisible(bool(lesson.exercises))
        self._show_aids(pack, lesson)
        self.stack.setCurrentIndex(0)
        self.setAccessibleDescription(self.title.text())
        self.shown.emit(pack)

    @property
    def words(self) -> WordsToKnow | None:
        """The "Words to know" list (None until a lesson of a pack with a glossary)."""
        return self._aids[0] if self._aids else None

    @property
    def talk(self) -> TalkAboutIt | None:
        """The "Talk about it" prompts (None until a lesson with some is shown)."""
        return self._aids[1] if self._aids else None

    def _show_aids(self, pack: Pack, lesson: Lesson) -> None:
        """The glossary terms the article uses and the lesson's discussion prompts, last."""
        from closeread.core.pack.glossary import first_uses

        uses = first_uses(pack.article.text, pack.glossary) if pack.glossary else ()
        if self._aids is None:
            if not uses and not lesson.discussion:
                return
            from closeread.ui.exercises.lesson_aids import TalkAboutIt, WordsToKnow

            page = self._intro_layout.parentWidget()
            self._aids = (WordsToKnow(page), TalkAboutIt(page))
            self._aids[0].termActivated.connect(self.termActivated)
            for widget in self._aids:
                self._intro_layout.insertWidget(self._intro_layout.count() - 1, widget)
        self._aids[0].set_uses(uses, pack.root)
        self._aids[1].set_prompts(lesson.discussion, pack.root)

    def show_exercise(
        self, pack: Pack, lesson: Lesson, number: int, title: str, panel: QWidget
    ) -> None:
        """Show ``panel`` (it becomes this pane's); the previous panel is deleted."""
        self._drop_panel()
        self.where.setText(
            self.tr("Lesson {n} of {lessons} · Exercise {number} of {count}").format(
                n=pack.lessons.index(lesson) + 1,
                lessons=len(pack.lessons),
                number=number,
                count=len(lesson.exercises),
            )
        )
        self.title.setText(lesson.title)
        self._panel = panel
        self._area_layout.addWidget(panel)
        self.stack.setCurrentIndex(1)
        self.setAccessibleDescription(title)
        self.shown.emit(pack)

    def set_can_move(self, previous: bool, following: bool, next_text: str = "") -> None:
        self.previous_button.setEnabled(previous)
        self.next_button.setEnabled(following)
        self.next_button.setText(next_text or self.tr("&Next  ▶"))

    def focus_content(self) -> None:
        """Put the keyboard on the first control of the panel, or on the intro."""
        if self.stack.currentIndex() == 0 or self._panel is None:
            self.intro.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first = getattr(self._panel, "first_focus", lambda: None)()  # a checked answer's feedback
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = self._panel.nextInFocusChain()
        while widget is not None and self._panel.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_panel(self) -> None:
        if self._panel is None:
            return
        panel, self._panel = self._panel, None
        panel.hide()  # the panel saves its draft and lets go of the article
        self._area_layout.removeWidget(panel)
        panel.setParent(None)
        panel.deleteLater()
