"""Help > About and Help > Keyboard Shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from closeread.ui.common.i18n import translate
from closeread.ui.common.outside_text import escaped


def about_text(version: str) -> str:
    lines = [
        f"<h3>CloseRead {escaped(version)}</h3>",
        "<p>"
        + translate(
            "dialogs",
            "Critical-reading exercises, offline. Read an article closely, mark its "
            "claims, evidence and analogies, answer questions, and see what you found "
            "and what you missed.",
        )
        + "</p>",
        "<p>" + translate("dialogs", "Your work is saved on this computer as you go.") + "</p>",
        "<p>" + translate("dialogs", "Free software under the MIT licence.") + "</p>",
    ]
    return "".join(lines)


def shortcuts_dialog(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(translate("dialogs", "CloseRead — Keyboard Shortcuts"))
    dialog.setAccessibleName(translate("dialogs", "Keyboard shortcuts"))
    dialog.resize(560, 520)
    layout = QVBoxLayout(dialog)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(translate("dialogs", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [translate("dialogs", "Keys"), translate("dialogs", "What they do")]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    for row, (keys, meaning) in enumerate(rows):
        key_item = QTableWidgetItem(keys)
        key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 0, key_item)
        table.setItem(row, 1, QTableWidgetItem(meaning))
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
