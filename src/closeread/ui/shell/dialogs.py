"""Help > About and Help > Keyboard Shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from closeread.ui.common.outside_text import escaped


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def about_text(version: str) -> str:
    lines = [
        f"<h3>CloseRead {escaped(version)}</h3>",
        "<p>"
        + _tr(
            "Critical-reading exercises, offline. Read an article closely, mark its "
            "claims, evidence and analogies, answer questions, and see what you found "
            "and what you missed."
        )
        + "</p>",
        "<p>" + _tr("Your work is saved on this computer as you go.") + "</p>",
        "<p>" + _tr("Free software under the MIT licence.") + "</p>",
    ]
    return "".join(lines)


def shortcuts_dialog(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(_tr("CloseRead — Keyboard Shortcuts"))
    dialog.setAccessibleName(_tr("Keyboard shortcuts"))
    dialog.resize(560, 520)
    layout = QVBoxLayout(dialog)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(_tr("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What they do")])
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
