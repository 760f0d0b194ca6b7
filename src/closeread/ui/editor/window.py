"""The pack editor: a teacher writes a lesson pack's exercises and marks its key in the app.

Left, the outline (lessons, exercises, the parts of analogies). In the middle, the
article: for a marking exercise the teacher marks the key on it exactly as a student
marks (select, then 1 ... 9 or a label button), and the key's spans are listed below
it with their explanations. Right, the form of what the outline has selected. Below,
the checker's problems, each a link to the place it names.

Every edit is one undoable step (Ctrl+Z, Ctrl+Shift+Z). Ctrl+S saves the lesson files,
keeping what the edits did not touch byte for byte, then checks the pack again. When
the files change on disk the editor reads them again (asking first when that would
lose unsaved edits) and shows the checker's problems. F5 tries the exercise as a
student, against a throwaway progress database.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from closeread.core.toml.edit import TomlFileError
from closeread.ui.common.errors import show_error
from closeread.ui.common.panes import focus_first_control, next_pane
from closeread.ui.editor.actions import EditorActions, build_actions
from closeread.ui.editor.commands import EditorCommands
from closeread.ui.editor.forms import ExerciseForm, LessonForm
from closeread.ui.editor.keyspans import KeyPanel
from closeread.ui.editor.notice import FormPane
from closeread.ui.editor.outline import Node, OutlineTree
from closeread.ui.editor.pack_form import PackForm
from closeread.ui.editor.pages import InfoPage, article_page_html, broken_lesson_html
from closeread.ui.editor.problems import Place, ProblemsPanel
from closeread.ui.editor.questions import ask, ask_discard, ask_replace
from closeread.ui.editor.session import PACK_FILE, EditSession
from closeread.ui.editor.trying import TryDialog, what_to_try
from closeread.ui.editor.watcher import PackWatcher
from closeread.ui.reading.labelbar import LabelBar
from closeread.ui.reading.reader import ArticleView

SIZE = (1440, 900)


class PackEditor(EditorCommands, QMainWindow):
    """The editor for the pack in ``folder``; one window per pack."""

    actions: EditorActions  # type: ignore[assignment]  # hides QWidget.actions()

    def __init__(self, folder: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packEditor")
        self.session = EditSession(folder, self)
        self.node: Node | None = None
        self.form: InfoPage | PackForm | LessonForm | ExerciseForm | None = None
        self.try_dialog: TryDialog | None = None

        self.outline = OutlineTree(self)
        self.outline.setMinimumWidth(220)
        self.bar = LabelBar(self)
        self.article = ArticleView(self)
        self.article.setMinimumWidth(360)
        self.keys = KeyPanel(self.session, self.article, self.bar, self)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addWidget(self.keys.buttons)
        self.article_split = QSplitter(Qt.Orientation.Vertical, middle)
        self.article_split.setChildrenCollapsible(False)
        self.article_split.addWidget(self.article)
        self.article_split.addWidget(self.keys)
        self.article_split.setSizes([520, 230])
        column.addWidget(self.article_split, 1)
        right = FormPane(self)
        self.form_area, self.notice = right.area, right.notice
        self.problems = ProblemsPanel(self.session, self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.setChildrenCollapsible(False)
        for index, widget in enumerate((self.outline, middle, right)):
            top.addWidget(widget)
            top.setStretchFactor(index, (0, 5, 3)[index])
        top.setSizes([300, 520, 620])
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(top)
        self.split.addWidget(self.problems)
        self.split.setStretchFactor(0, 1)
        self.split.setSizes([760, 100])
        self.setCentralWidget(self.split)
        self.actions = build_actions(self)

        self.watcher = PackWatcher(self)
        self.watcher.changed.connect(self._files_changed)
        self.session.changed.connect(self._on_changed)
        self.session.focusRequested.connect(self.go_to)
        self.session.reloaded.connect(self._on_reloaded)
        self.session.checked.connect(self.problems.show_problems)
        self.session.failed.connect(self._edit_failed)
        self.session.stack.cleanChanged.connect(self._update_title)
        self.keys.message.connect(self.say)
        self.outline.nodeChanged.connect(self.show_node)
        self.problems.placeActivated.connect(self.go_to_place)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        screen = self.screen().availableGeometry()
        self.resize(min(SIZE[0], screen.width()), min(SIZE[1], screen.height()))
        self._on_reloaded()
        first = next((n for n in self.outline.nodes() if n.kind == "exercise"), None)
        self.outline.select(first, emit=True)

    # -- showing -------------------------------------------------------------------------------

    def _on_reloaded(self) -> None:
        self.watcher.watch(self.session.watched_paths())
        article = self.session.article
        if article is not None and article.text != self.article.article.text:
            self.article.set_article(article)
        self.outline.rebuild(self.session)
        self.show_node(self.outline.current_node(), force=True)
        self._update_title()

    def _edit_failed(self, reason: str) -> None:
        """The edit was not made: say why beside the form, which shows the file again."""
        self.notice.say(reason)
        self.say(reason)
        if self.form is not None:
            self.show_node(self.node)

    def _on_changed(self, rel: str) -> None:
        self.notice.dismiss()
        self.outline.rebuild(self.session)
        node = self.node
        if node is not None and node.rel == rel and node in self.outline.nodes():
            self.show_node(node)
        self._update_title()

    def show_node(self, node: Node | None, *, force: bool = False) -> None:
        """Show the form (and for a marking exercise, the key) of ``node``."""
        if node == self.node and self.form is not None and not force:
            self.form.reload()
            self._show_key()
            return
        self.node = node
        self.notice.dismiss()
        old = self.form_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.form = self._make_form(node)
        self.form_area.setWidget(self.form)
        self._show_key()
        self._update_actions()
        first = next((s for s in self.keys.spans if s.mark is not None), None)
        if self.keys.isVisibleTo(self) and first is not None:  # the key in view
            QTimer.singleShot(0, lambda start=first.start: self.article.scroll_to_offset(start))

    def _make_form(self, node: Node | None) -> InfoPage | PackForm | LessonForm | ExerciseForm:
        session = self.session
        if node is not None and node.rel and node.rel not in session.docs:
            return InfoPage(broken_lesson_html(session, node.rel), node.rel, self)
        if (node is None or node.kind == "pack") and session.pack_doc is None:
            return InfoPage(broken_lesson_html(session, PACK_FILE), PACK_FILE, self)
        if node is None or node.kind == "pack":
            return PackForm(session, self)
        if node.kind == "article":
            return InfoPage(article_page_html(session), self.tr("The article"), self)
        if node.kind == "lesson":
            return LessonForm(session, node.rel, self)
        form = ExerciseForm(session, node, self)
        form.renamed.connect(lambda ref, rel=node.rel: self.go_to(rel, ref))
        return form

    def _show_key(self) -> None:
        node, ref = self.node, ""
        if (
            node is not None
            and node.kind in ("exercise", "part")
            and self._kind_of(Node("exercise", node.rel, node.ref)) == "mark"
        ):
            ref = node.ref
        self.keys.buttons.setVisible(bool(ref))
        self.keys.setVisible(bool(ref))
        self.keys.show_exercise(node.rel if node is not None and ref else "", ref)

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(
            self.tr("CloseRead — Editing {title}").format(title=self.session.title) + "[*]"
        )
        self.setWindowModified(self.session.modified)

    def _update_actions(self) -> None:
        node = self.node
        is_exercise = node is not None and node.kind in ("exercise", "part")
        for action in (self.actions.move_up, self.actions.move_down):
            action.setEnabled(is_exercise)
        self.actions.delete.setEnabled(is_exercise or (node is not None and node.kind == "lesson"))
        self.actions.delete_lesson.setEnabled(node is not None and bool(node.rel))
        self.actions.try_it.setEnabled(is_exercise)
        analogy = (
            node is not None
            and is_exercise
            and self._kind_of(Node("exercise", node.rel, node.exercise_id))
        )
        self.actions.part_menu.setEnabled(analogy == "analogy")

    def _kind_of(self, node: Node) -> str:
        doc = self.session.docs.get(node.rel)
        return str(doc.exercise(node.ref).get("kind", "")) if doc is not None else ""

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- going places ---------------------------------------------------------------------------

    def go_to(self, rel: str, ref: str) -> None:
        """Select the exercise or part ``ref`` of lesson file ``rel`` ("" for the lesson;
        ``pack.toml`` for the pack)."""
        if rel == PACK_FILE:
            self.outline.select(Node("pack"))
            return
        nodes = self.outline.nodes()
        wanted = [
            Node("part" if "/" in ref else "exercise", rel, ref) if ref else Node("lesson", rel),
            Node("exercise", rel, ref.partition("/")[0]),
            Node("lesson", rel),
        ]
        self.outline.select(next((n for n in wanted if n in nodes), None))

    def go_to_place(self, place: Place) -> None:
        """Go where a problem points: its exercise and key span, else its file's row."""
        if place.rel in self.session.lesson_files:
            self.go_to(place.rel, place.ref)
            where = self.exercise_title(Node("exercise", place.rel, place.ref))
            if place.span_id and self.keys.select_span(place.span_id):
                number = self.keys.current_number()
                where = self.tr("{where}, answer key passage {n}").format(where=where, n=number)
            self.say(self.tr("Showing {where}").format(where=where))
        elif place.rel == self.session.meta.get("article", "article.md"):
            self.outline.select(Node("article"))
        else:
            self.outline.select(Node("pack"))

    # -- saving, reloading, trying ----------------------------------------------------------------

    def save(self) -> bool:
        """Write the changed lesson files, then check the pack; False when not all saved."""
        had_edits = self.session.modified
        try:
            refused = self.session.save()
            if refused and ask_replace(self, refused):
                refused = self.session.save(force=True)
        except TomlFileError as error:
            show_error(self, self.tr("Not saved"), str(error))
            return False
        finally:
            self.watcher.watch(self.session.watched_paths())  # a new lesson's file too
        self.session.check()
        self._update_title()
        errors = sum(1 for p in self.session.problems if p.severity == "error")
        if refused:
            self.say(
                self.tr("Not saved: {files} changed on disk.").format(files=", ".join(refused))
            )
        elif errors:
            self.say(self.tr("Saved. The checker finds %n error(s): see Problems.", "", errors))
        elif not had_edits:
            self.say(self.tr("Nothing to save: the pack on disk is ready to hand out."))
        else:
            self.say(self.tr("Saved. The pack is ready to hand out."))
        return not refused

    def reload(self) -> None:
        """Read the files again from disk (asks first when there are unsaved edits)."""
        if self.session.modified and not ask_discard(self, self.session.modified_files()):
            return
        self.session.open()

    def _files_changed(self, paths: list[Path]) -> None:
        names = ", ".join(self.session.rel_of(path) or str(path) for path in paths)
        if self.session.modified and not ask_discard(self, self.session.modified_files()):
            self.session.check()  # the problems of what is on disk, edits kept
            self.say(self.tr("{files} changed on disk; your edits are kept.").format(files=names))
            return
        self.session.open()
        self.say(self.tr("Read again: {files} changed on disk.").format(files=names))

    def try_exercise(self) -> None:
        """The current exercise as a student sees it, from the pack as saved."""
        node = self.node
        if node is None or node.kind not in ("exercise", "part"):
            self.say(self.tr("Select an exercise to try."))
            return
        if self.session.modified:
            answer = ask(
                self,
                self.tr("CloseRead — Save first?"),
                self.tr("Students get the pack as saved. Save your edits before trying?"),
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Ignore,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        found = what_to_try(self.session, node.rel, node.exercise_id)
        if isinstance(found, str):
            show_error(self, self.tr("Cannot try the exercise"), found)
            return
        pack, lesson, exercise = found
        if self.try_dialog is not None:
            self.try_dialog.close()
        self.try_dialog = TryDialog(pack, lesson, exercise, self)
        self.try_dialog.show()

    # -- the window -------------------------------------------------------------------------------

    def cycle_panes(self, delta: int) -> None:
        """F6 and Shift+F6: the outline, the article, the key, the form, the problems."""
        panes = [self.outline, self.article, self.keys, self.form_area, self.problems]
        target = next_pane(panes, delta)
        if target in (self.outline, self.article):
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            focus_first_control(target)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.session.break_merge()  # typing in another field is another undo step

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.modified:
            answer = ask(
                self,
                self.tr("CloseRead — Save the pack?"),
                self.tr("Save your edits to {files}?").format(
                    files=", ".join(self.session.modified_files())
                ),
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        if self.try_dialog is not None:
            self.try_dialog.close()
        event.accept()
