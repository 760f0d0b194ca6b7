"""The pack's own form in the editor: its title, version, description and source.

Each change is written into ``pack.toml`` (:class:`~closeread.core.authoring.pack_meta.
PackDocument`) as one undoable step, like every other edit. The pack's id, its
permanent name, shows only with View ▸ Show Ids. The labels, the scoring and the
source cards stay in ``pack.toml`` for a text editor; the form lists the labels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.i18n import translate
from closeread.ui.common.outside_text import escaped
from closeread.ui.common.widgets import heading
from closeread.ui.editor.fields import Field, FieldForm
from closeread.ui.editor.session import PACK_FILE, EditSession


def pack_fields() -> list[Field]:
    return [
        Field(
            "title",
            translate("packForm", "Pack &title"),
            "line",
            required=True,
            tip=translate("packForm", "Shown in the library."),
        ),
        Field(
            "version",
            translate("packForm", "&Version"),
            "line",
            required=True,
            tip=translate(
                "packForm", 'Raise it ("1.1", "2.0") for each changed copy you hand out.'
            ),
        ),
        Field(
            "id",
            translate("packForm", "Pack &id"),
            "id",
            required=True,
            tip=translate(
                "packForm",
                "The pack's permanent name: saved work finds the pack by it. Never change it "
                "once students have used the pack.",
            ),
        ),
        Field(
            "description",
            translate("packForm", "&Description"),
            "text",
            tip=translate("packForm", "A few sentences for the library (Markdown)."),
        ),
    ]


def source_fields() -> list[Field]:
    return [
        Field("title", translate("packForm", "Original t&itle"), "line"),
        Field("author", translate("packForm", "&Author"), "line"),
        Field("publisher", translate("packForm", "&Publisher"), "line"),
        Field(
            "published",
            translate("packForm", "Publis&hed on"),
            "line",
            tip=translate("packForm", 'As you write dates: "2015-12-16".'),
        ),
        Field(
            "url",
            translate("packForm", "&Web address"),
            "line",
            tip=translate("packForm", "Kept as text: CloseRead never opens it."),
        ),
        Field("disclaimer", translate("packForm", "Dis&claimer"), "line"),
    ]


class PackForm(QWidget):
    """The pack's title, version, description and source."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(translate("packForm", "Pack fields"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("packForm", "The pack"), self, scale=1.2))
        self.fields = FieldForm(pack_fields(), self)
        self.fields.show_row("id", session.show_ids)
        self.fields.set_root(session.root)
        self.fields.edited.connect(self._set_meta)
        layout.addWidget(self.fields)
        box = QGroupBox(translate("packForm", "Where the article comes from"), self)
        inner = QVBoxLayout(box)
        self.source = FieldForm(source_fields(), box)
        self.source.edited.connect(self._set_source)
        inner.addWidget(self.source)
        layout.addWidget(box)
        self.labels = QLabel(self)
        self.labels.setWordWrap(True)
        self.labels.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.labels)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        doc = self.session.pack_doc
        if doc is None:
            return
        self.fields.load(doc.meta())
        self.source.load(doc.source())
        names = ", ".join(
            f"{number}&nbsp;<b>{escaped(label.name)}</b>"
            for number, label in enumerate(self.session.labels, start=1)
        )
        self.labels.setText(
            translate("packForm", "<b>Labels:</b> {labels}.").format(
                labels=names or translate("packForm", "none")
            )
            + "<br>"
            + translate(
                "packForm",
                "The labels, the scoring and the source cards are changed in {file} with a "
                "text editor; CloseRead reads them again when you save it there.",
            ).format(file=f"<code>{PACK_FILE}</code>")
        )

    def _edit(self, description: str, change, merge) -> None:
        here = (PACK_FILE, "")
        self.session.edit(
            PACK_FILE, description, change, merge=merge, focus_undo=here, focus_redo=here
        )

    def _set_meta(self, key: str, value: object) -> None:
        label = without_mnemonic(self.fields.fields[key].label)
        self._edit(
            translate("packForm", "Edit the {field}").format(field=label.lower()),
            lambda doc: doc.set_meta(key, value),
            ("pack", key),
        )
        if key == "id":
            self.reload()

    def _set_source(self, key: str, value: object) -> None:
        label = without_mnemonic(self.source.fields[key].label)
        self._edit(
            translate("packForm", "Edit the source's {field}").format(field=label.lower()),
            lambda doc: doc.set_source(key, value if isinstance(value, str) else None),
            ("source", key),
        )
