"""LabelBar: one button per label of the current exercise, and one to remove a mark.

Each button shows the label's swatch exactly as marks look on the article (colour,
underline style and number tag) and its name; the number is also the key that applies
it while the article has the focus. The buttons take the focus from the Tab key only,
so clicking one leaves the keyboard in the article, where the selection is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from closeread.ui.common.markstyle import (
    LabelStyle,
    StyledLabel,
    background_for,
    draw_underline,
    ink_on,
    label_styles,
    line_color_for,
)
from closeread.ui.common.outside_text import plain_tooltip

SWATCH = QSize(34, 22)


def swatch_icon(style: LabelStyle, palette: QPalette, ratio: float = 2.0) -> QIcon:
    """A small picture of a mark: background, underline in the label's style, number tag."""
    pixmap = QPixmap(SWATCH * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = SWATCH.width(), SWATCH.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background_for(style.color, palette))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4)
    line = line_color_for(style.color, palette)
    draw_underline(painter, style.underline, line, 17, width - 4, height - 4.5, 2)
    tag = QRectF(2, 2, 13, 13)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(line)
    painter.drawRoundedRect(tag, 3, 3)
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(ink_on(line))
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, style.tag)
    painter.end()
    return QIcon(pixmap)


class LabelBar(QWidget):
    """Buttons that label the article's selection; emits what the student asked for."""

    labelChosen = Signal(str)  # a label id
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelBar")
        self.setAccessibleName(self.tr("Labels"))
        self._styles: dict[str, LabelStyle] = {}
        self._buttons: dict[str, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(6)
        self._caption = QLabel(self.tr("Label the selection:"))
        self._caption.setAccessibleName(self.tr("Label the selection"))
        self._caption.setToolTip(
            self.tr(
                "Select words in the article (drag, or Shift+arrow keys; Ctrl+click selects "
                "a sentence), then press a label's number or click its button."
            )
        )
        self._layout.addWidget(self._caption)
        self._slot = QHBoxLayout()
        self._slot.setSpacing(6)
        self._layout.addLayout(self._slot)
        self._layout.addStretch(1)
        self._remove = self._make_remove_button(enabled=False)

    def _make_remove_button(self, *, enabled: bool) -> QToolButton:
        button = self._make_button(self.tr("Remove mark"))
        button.setAccessibleName(self.tr("Remove the mark at the cursor"))
        button.setToolTip(self.tr("Remove the mark at the cursor (Delete)"))
        button.clicked.connect(self.removeRequested)
        button.setEnabled(enabled)
        self._layout.addWidget(button)
        return button

    def _make_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(False)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_labels(self, labels: Iterable[StyledLabel]) -> None:
        """One button per label (``closeread.core.pack.model.Label``), numbered in this order."""
        for button in self._buttons.values():
            self._slot.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        self._styles = label_styles(tuple(labels))
        for style in self._styles.values():
            button = self._make_button(style.name)
            button.setIconSize(SWATCH)
            button.setIcon(swatch_icon(style, self.palette(), self.devicePixelRatioF()))
            button.setAccessibleName(
                self.tr("Label as {label} (key {number})").format(
                    label=style.name, number=style.tag
                )
            )
            button.setToolTip(
                plain_tooltip(
                    self.tr("Mark the selected words as {label} (press {number})").format(
                        label=style.name, number=style.tag
                    )
                )
            )
            button.clicked.connect(lambda _=False, label=style.id: self.labelChosen.emit(label))
            self._slot.addWidget(button)
            self._buttons[style.id] = button
        # Tab follows the order widgets were made in (setTabOrder skips disabled ones):
        # a new remove button after the new label buttons keeps it last.
        enabled = self._remove.isEnabled()
        self._layout.removeWidget(self._remove)
        self._remove.deleteLater()
        self._remove = self._make_remove_button(enabled=enabled)

    def label_ids(self) -> list[str]:
        return list(self._styles)

    def button(self, label_id: str) -> QToolButton:
        return self._buttons[label_id]

    def remove_button(self) -> QToolButton:
        return self._remove

    def set_labels_enabled(self, enabled: bool) -> None:
        """Allow or refuse labelling (an exercise that can no longer be changed)."""
        for button in self._buttons.values():
            button.setEnabled(enabled)

    # The first name of set_labels_enabled; widgets written against it keep working.
    set_selection_available = set_labels_enabled

    def set_remove_available(self, available: bool) -> None:
        self._remove.setEnabled(available)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for label_id, button in self._buttons.items():
                style = self._styles[label_id]
                button.setIcon(swatch_icon(style, self.palette(), self.devicePixelRatioF()))


def adopt_buttons(bar: LabelBar, label_ids: Iterable[str], row: QWidget, *lead: QWidget) -> None:
    """Move the bar's current buttons (labels, then Remove) into ``row``'s layout.

    The bar lays its buttons out in one line; a panel with a wrapping layout takes them
    over with this, after ``lead`` widgets (a caption), all of one height. Call it again
    after the bar's labels change: the bar makes new buttons then."""
    flow = row.layout()
    assert flow is not None  # the row's wrapping layout
    wanted = [bar.button(label_id) for label_id in label_ids]
    wanted.append(bar.remove_button())
    while flow.count():
        item = flow.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget not in wanted + list(lead):
            widget.hide()  # an old button the bar is deleting
    height = max(button.sizeHint().height() for button in wanted)
    for widget in lead:
        widget.setMinimumHeight(height)
        flow.addWidget(widget)
    for button in wanted:
        button.setParent(row)
        button.setMinimumHeight(height)
        flow.addWidget(button)
        button.show()
