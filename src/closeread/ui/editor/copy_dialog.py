"""Make an editable copy of a pack that cannot be edited where it is.

The bundled pack lives inside the installed program; an installed pack is the copy that
students' saved work names; a read-only folder cannot be written. The dialog says which
of these it is, and copies the pack (:func:`closeread.core.authoring.pack_folders.
copy_pack`) into a folder the teacher chooses, as they decide: a new version of the same
pack (students' work carries over when it is handed out) or a new pack with an id of its
own (students start afresh). A copy that cannot be made is explained in the dialog,
which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.authoring.pack_folders import (
    BUNDLED,
    INSTALLED,
    READ_ONLY,
    CopyError,
    copy_pack,
    next_version,
)
from closeread.core.pack.ids import is_id
from closeread.core.pack.model import Pack
from closeread.ui.common.i18n import translate
from closeread.ui.common.widgets import VERMILION, MutedLabel, StatusLabel, heading
from closeread.ui.editor.folder_row import FolderRow


def why_text(reason: str, folder: Path) -> str:
    """Why the pack in ``folder`` cannot be edited where it is, in a teacher's words."""
    if reason == BUNDLED:
        return translate(
            "copyDialog",
            "This pack comes with CloseRead: it is part of the installed program, and is "
            "put back as it was whenever CloseRead is updated.",
        )
    if reason == INSTALLED:
        return translate(
            "copyDialog",
            "This is the copy CloseRead installed for your students, from a pack file or "
            "a folder. Their saved work names it exactly as it is, so it is never changed.",
        )
    if reason == READ_ONLY:
        return translate("copyDialog", "Its folder cannot be written: {folder}").format(
            folder=folder
        )
    return translate("copyDialog", "Its folder is not there any more: {folder}").format(
        folder=folder
    )


class MakeCopyDialog(QDialog):
    """Copy ``pack`` (in ``source``) for editing; ``folder`` is the copy once accepted."""

    def __init__(
        self, pack: Pack, source: Path, reason: str, parent_folder: Path,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.pack = pack
        self.source = source
        self.folder: Path | None = None
        self.setObjectName("makeCopyDialog")
        self.setWindowTitle(translate("copyDialog", "CloseRead — Make an Editable Copy"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = translate("copyDialog", "Make an editable copy of “{title}”").format(
            title=pack.title
        )
        layout.addWidget(heading(title, self, scale=1.25))
        self.why = QLabel(why_text(reason, source), self)
        self.why.setObjectName("whyCopy")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        layout.addWidget(
            MutedLabel(
                translate(
                    "copyDialog",
                    "CloseRead copies the pack into a folder you choose, and the editor opens "
                    "on the copy. Students keep this pack until you hand the copy out "
                    "(File ▸ Open Pack Folder on a computer they use).",
                ),
                self,
            )
        )
        self.as_version = QRadioButton(translate("copyDialog", "A new &version of this pack"), self)
        self.as_new = QRadioButton(translate("copyDialog", "A new &pack of its own"), self)
        group = QButtonGroup(self)
        for button in (self.as_version, self.as_new):
            group.addButton(button)
        self.as_version.setChecked(True)
        form = QFormLayout()
        form.addRow(self.as_version)
        self.version_edit = QLineEdit(next_version(pack.version), self)
        self.version_edit.setAccessibleName(translate("copyDialog", "Version of the copy"))
        form.addRow(translate("copyDialog", "Versi&on:"), self.version_edit)
        form.addRow(MutedLabel(translate("copyDialog",
            "The same pack, changed: handed out, it takes this pack's place in the library "
            "and students' saved work carries over to it."
        ), self))  # fmt: skip
        form.addRow(self.as_new)
        self.id_edit = QLineEdit(f"{pack.id}-copy", self)
        self.id_edit.setAccessibleName(translate("copyDialog", "Id of the new pack"))
        self.id_edit.setToolTip(
            translate("copyDialog", "Its permanent name: lower-case letters, digits, - and _.")
        )
        form.addRow(translate("copyDialog", "Pack &id:"), self.id_edit)
        self.title_edit = QLineEdit(pack.title, self)
        self.title_edit.setAccessibleName(translate("copyDialog", "Title of the new pack"))
        form.addRow(translate("copyDialog", "&Title:"), self.title_edit)
        form.addRow(MutedLabel(translate("copyDialog",
            "A separate pack: both stay in the library, and students start it afresh."
        ), self))  # fmt: skip
        self.where = FolderRow(form, parent_folder, self)
        layout.addLayout(form)
        self.message = StatusLabel(self)
        self.message.setObjectName("copyMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.copy_button = buttons.addButton(
            translate("copyDialog", "&Make the Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setObjectName("makeCopyButton")
        self.copy_button.setDefault(True)
        buttons.accepted.connect(self.make_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        group.buttonToggled.connect(lambda *_: self._update())
        for edit in (self.version_edit, self.id_edit, self.title_edit):
            edit.textChanged.connect(lambda _text: self._update())
        self.where.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        new = self.as_new.isChecked()
        self.version_edit.setEnabled(not new)
        self.id_edit.setEnabled(new)
        self.title_edit.setEnabled(new)
        self.where.suggest(
            self.id_edit.text() if new else f"{self.pack.id}-{self.version_edit.text()}"
        )
        problem = self.problem()
        self.copy_button.setEnabled(not problem)
        if problem and self.message.isVisible():
            self.message.set_status("⚠", translate("copyDialog", "Not yet:"), VERMILION, problem)
        elif not problem:
            self.message.clear_status()

    def problem(self) -> str:
        """What stops the copy now ("" when nothing)."""
        if self.as_new.isChecked():
            if not is_id(self.id_edit.text().strip()):
                return translate(
                    "copyDialog", "the pack id takes lower-case letters, digits, - and _."
                )
            if self.id_edit.text().strip() == self.pack.id:
                return translate("copyDialog", "a new pack needs an id other than this pack's.")
            if not self.title_edit.text().strip():
                return translate("copyDialog", "the pack needs a title.")
        elif not self.version_edit.text().strip():
            return translate("copyDialog", "the copy needs a version.")
        elif self.version_edit.text().strip() == self.pack.version:
            return translate("copyDialog", "a new version needs a version other than {v}.").format(
                v=self.pack.version
            )
        if self.where.folder() is None:
            return translate("copyDialog", "choose where to save the copy, and name its folder.")
        return ""

    def make_copy(self) -> None:
        problem = self.problem()
        target = self.where.folder()
        if problem or target is None:
            self.message.set_status("⚠", translate("copyDialog", "Not yet:"), VERMILION, problem)
            return
        new = self.as_new.isChecked()
        try:
            self.folder = copy_pack(
                self.source, target,
                pack_id=self.id_edit.text().strip() if new else None,
                version=None if new else self.version_edit.text().strip(),
                title=self.title_edit.text().strip() if new else None,
            )  # fmt: skip
        except CopyError as error:
            self.message.set_status(
                "⚠", translate("copyDialog", "No copy was made."), VERMILION, str(error)
            )
            return
        self.accept()
