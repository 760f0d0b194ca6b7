"""The list of a pack's problems, one line each exactly as ``closeread check`` prints them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    """A pack's problems, one line each exactly as ``closeread check`` prints them."""

    def __init__(
        self, title: str, intro: str, problems: Iterable[object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(f"CloseRead — {title}")
        self.setAccessibleName(title)
        self.resize(820, 440)
        problems = list(problems)
        self.lines = [str(problem) for problem in problems]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.list = QPlainTextEdit(self)
        self.list.setObjectName("problemList")
        self.list.setReadOnly(True)
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.setPlainText("\n".join(self.lines))
        self.list.setAccessibleName(self.tr("Problems found"))
        self.list.setTabChangesFocus(True)
        layout.addWidget(self.list, 1)
        errors = sum(1 for p in problems if getattr(p, "severity", "error") == "error")
        warnings = len(problems) - errors
        self.count = QLabel(
            self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings),
            self,
        )
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy List"), self)
        copy.setAccessibleName(self.tr("Copy the list of problems"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.list.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines))
