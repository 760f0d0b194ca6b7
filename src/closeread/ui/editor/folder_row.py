"""Where a new pack folder goes: a parent folder (typed, or chosen with Browse…) and the
new folder's name, which follows a suggestion until the teacher types one of their own.

Shared by New Pack and Make an Editable Copy.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


def folder_name(text: str) -> str:
    """``text`` as a folder name that works on every system: "cats-1.2" from "Cats 1.2"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^a-z0-9._-]+", "-", plain.lower()).strip("-.")
    return name[:60].strip("-.") or "pack"


def default_parent() -> Path:
    """Where packs go when the teacher has not chosen a place before."""
    documents = Path.home() / "Documents"
    return (documents if documents.is_dir() else Path.home()) / "CloseRead packs"


class FolderRow(QWidget):
    """Two rows of a form: "Save it in" and "Folder name"; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent_folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_edit = QLineEdit(str(parent_folder), parent)
        self.parent_edit.setObjectName("parentFolder")
        self.parent_edit.setAccessibleName(self.tr("The folder to save it in"))
        browse = QPushButton(self.tr("&Browse…"), parent)
        browse.setAccessibleName(self.tr("Choose the folder to save it in"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.parent_edit, 1)
        row.addWidget(browse)
        self.name_edit = QLineEdit(parent)
        self.name_edit.setObjectName("folderName")
        self.name_edit.setAccessibleName(self.tr("Name of the new folder"))
        self._typed = False
        self.name_edit.textEdited.connect(self._name_typed)
        self.parent_edit.textChanged.connect(lambda _text: self.changed.emit())
        form.addRow(self.tr("Save it &in:"), self)
        form.addRow(self.tr("Folder &name:"), self.name_edit)

    def suggest(self, name: str) -> None:
        """Use ``name`` (made a folder name) unless the teacher typed one."""
        if not self._typed:
            self.name_edit.setText(folder_name(name))

    def _name_typed(self, _text: str) -> None:
        self._typed = True
        self.changed.emit()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("CloseRead — Choose Where to Save the Pack"), self.parent_edit.text()
        )
        if chosen:
            self.parent_edit.setText(chosen)

    def folder(self) -> Path | None:
        """The new folder, or None while a part of it is missing."""
        parent, name = self.parent_edit.text().strip(), self.name_edit.text().strip()
        if not parent or not name or name in (".", "..") or "/" in name or "\\" in name:
            return None
        return Path(parent).expanduser() / name
