"""Teacher > New Pack…: the scaffold of ``closeread pack new``, from a file or pasted text.

The pack is made exactly as the command makes it (:mod:`closeread.core.authoring.
scaffold`): the article, notes for teachers and a first lesson with a marking exercise
whose answer key is empty. Its id is made from its folder's name, as the command does.
A pack that cannot be made is explained in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.authoring.scaffold import ScaffoldError, new_pack, new_pack_from_text
from closeread.ui.common.i18n import translate
from closeread.ui.common.widgets import VERMILION, MutedLabel, StatusLabel, heading
from closeread.ui.editor.folder_row import FolderRow


class NewPackDialog(QDialog):
    """Make a new pack; ``folder`` is the pack once accepted."""

    def __init__(self, parent_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.setObjectName("newPackDialog")
        self.setWindowTitle(translate("newPack", "CloseRead — New Pack"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("newPack", "Make a new lesson pack"), self, scale=1.25))
        layout.addWidget(MutedLabel(translate("newPack",
            "CloseRead makes a pack around an article: the article, notes for teachers, and "
            "a first lesson with a marking exercise whose answer key you then mark in the "
            "editor. A first line that reads as a title becomes the article's heading."
        ), self))  # fmt: skip
        form = QFormLayout()
        self.from_file = QRadioButton(
            translate("newPack", "From a &file (plain text or Markdown, UTF-8)"), self
        )
        self.from_text = QRadioButton(translate("newPack", "From &pasted text"), self)
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.from_text)
        self.from_file.setChecked(True)
        form.addRow(self.from_file)
        file_row = QWidget(self)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("articleFile")
        self.file_edit.setAccessibleName(translate("newPack", "The article's file"))
        browse = QPushButton(translate("newPack", "B&rowse…"), self)
        browse.setAccessibleName(translate("newPack", "Choose the article's file"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow(translate("newPack", "&Article:"), file_row)
        form.addRow(self.from_text)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("articleText")
        self.text_edit.setAccessibleName(translate("newPack", "The article's text"))
        self.text_edit.setPlaceholderText(
            translate("newPack", "Paste the article here: its title, then its text.")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(140)
        form.addRow(self.text_edit)
        self.markdown = QCheckBox(translate("newPack", "The pasted text is Mark&down"), self)
        form.addRow(self.markdown)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(translate("newPack", "Title of the pack"))
        self.title_edit.setPlaceholderText(translate("newPack", "From the article's title"))
        form.addRow(translate("newPack", "&Title:"), self.title_edit)
        self.where = FolderRow(form, parent_folder, self)
        layout.addLayout(form)
        self.message = StatusLabel(self)
        self.message.setObjectName("newPackMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = buttons.addButton(
            translate("newPack", "&Make the Pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("makePackButton")
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        group.buttonToggled.connect(lambda *_: self._update())
        self.file_edit.textChanged.connect(lambda _text: self._update())
        self.text_edit.textChanged.connect(self._update)
        self.title_edit.textChanged.connect(lambda _text: self._update())
        self.where.changed.connect(self._update)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("newPack", "CloseRead — Choose the Article"), self.file_edit.text(),
            translate("newPack", "Text and Markdown (*.txt *.md *.markdown);;All files (*)"),
        )  # fmt: skip
        if path:
            self.file_edit.setText(path)

    def _update(self) -> None:
        pasted = self.from_text.isChecked()
        self.file_edit.setEnabled(not pasted)
        self.text_edit.setEnabled(pasted)
        self.markdown.setEnabled(pasted)
        first_line = next(
            (line for line in self.text_edit.toPlainText().splitlines() if line.strip()), ""
        )
        self.where.suggest(
            self.title_edit.text()
            or (first_line[:60] if pasted else Path(self.file_edit.text().strip()).stem)
            or translate("newPack", "new pack")
        )
        self.make_button.setEnabled(not self.problem())

    def problem(self) -> str:
        if self.from_file.isChecked() and not self.file_edit.text().strip():
            return translate("newPack", "choose the article's file.")
        if self.from_text.isChecked() and not self.text_edit.toPlainText().strip():
            return translate("newPack", "paste the article's text.")
        if self.where.folder() is None:
            return translate("newPack", "choose where to save the pack, and name its folder.")
        return ""

    def make(self) -> None:
        problem = self.problem()
        target = self.where.folder()
        if problem or target is None:
            self.message.set_status("⚠", translate("newPack", "Not yet:"), VERMILION, problem)
            return
        title = self.title_edit.text().strip() or None
        try:
            if self.from_text.isChecked():
                made = new_pack_from_text(
                    target, self.text_edit.toPlainText(), markdown=self.markdown.isChecked(),
                    title=title,
                )  # fmt: skip
            else:
                made = new_pack(target, Path(self.file_edit.text().strip()), title=title)
        except ScaffoldError as error:
            self.message.set_status(
                "⚠", translate("newPack", "No pack was made."), VERMILION, str(error)
            )
            return
        self.folder = made.root
        self.accept()
