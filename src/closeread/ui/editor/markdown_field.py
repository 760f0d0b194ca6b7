"""A Markdown field of the pack editor: the text on the left, as students will see it on
the right.

The text box shows each paragraph on one line (:func:`closeread.core.authoring.
markdown_lines.unwrap`), not the 80-column lines of a hand-written file; the file keeps
its own lines until the teacher changes the field. The preview is the students' view
(:class:`~closeread.ui.common.markdown_view.MarkdownView`: the same rendering, the same
sanitising, pictures only from the pack), updated a moment after typing stops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from closeread.core.authoring.markdown_lines import unwrap
from closeread.ui.common.markdown_view import MarkdownView

PREVIEW_DELAY_MS = 200
PREVIEW_MAX_HEIGHT = 260


def show_markdown(box: QPlainTextEdit, text: str) -> None:
    """Show ``text`` in ``box`` unwrapped, unless the box holds it already (as typed, or
    unwrapped): the teacher's own line breaks and cursor stay where they are."""
    current = box.toPlainText()
    if current != text and current != unwrap(text):
        box.setPlainText(unwrap(text))


class MarkdownField(QWidget):
    """``box`` (a text box of a form) with a rendered preview beside it."""

    def __init__(self, box: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.preview = MarkdownView(max_height=PREVIEW_MAX_HEIGHT)
        self.preview.setObjectName("markdownPreview")
        spoken = box.accessibleName() or self.tr("the text")
        self.preview.setAccessibleName(self.tr("Preview of {name}").format(name=spoken))
        self.preview.setToolTip(self.tr("What students see"))
        frame = QFrame(self)
        frame.setObjectName("previewFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.addWidget(self.preview)
        inner.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(frame, 1, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        box.textChanged.connect(self._text_changed)
        self.update_preview()

    def _text_changed(self) -> None:
        if self.box.hasFocus():
            self._timer.start()  # typing: once it pauses
        else:
            self.update_preview()  # shown from the file: at once

    def set_root(self, root: Path | None) -> None:
        """The pack folder the preview may show pictures from."""
        self.preview.set_root(root)

    def update_preview(self) -> None:
        self._timer.stop()
        text = self.box.toPlainText()
        if text != self.preview.markdown():
            self.preview.set_markdown(text)
