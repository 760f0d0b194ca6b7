"""Who is reading: choose a profile, or make one (a name, an optional class and student id).

On the first run there is no profile yet, so the dialog only asks for a name. Later it
lists the profiles, the last one used selected, so Enter carries on; "New Profile"
switches to the form. Typing the name (and class) of a profile that exists, or its
student id, picks that profile instead of making a second one.

At the start it is a page of the main window (``embedded``), so the window the
student sees is the one they then read in; File > Switch Profile shows it as a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from closeread.core.records import Student
from closeread.core.store.errors import StorageError
from closeread.core.store.roster import LAST_STUDENT
from closeread.ui.common.actions import without_mnemonic
from closeread.ui.common.errors import show_storage_error


class ProfileDialog(QDialog):
    """Pick or create the student; ``student`` holds the choice once accepted."""

    def __init__(self, store, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(parent)
        self.embedded = embedded  # a page of the main window at the start, not a window
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.store = store
        self.student: Student | None = None
        self.students = store.roster.list_students()
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("CloseRead — Who is reading?"))
        self.setAccessibleName(self.tr("Choose your profile"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.45)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        layout.addWidget(self.heading)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._create_page())
        layout.addWidget(self.pages, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit") if parent is None or embedded else self.tr("Cancel"))
        cancel.setAccessibleName(without_mnemonic(cancel.text()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.students:
            self.show_choose()
        else:
            self.show_create()

    # -- pages ------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(page)
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setMinimumHeight(180)
        self.list.setSpacing(3)  # rows easier to read and to hit
        last = self.store.roster.get_setting(LAST_STUDENT)
        for student in self.students:
            item = QListWidgetItem(student.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            if student.id == last:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        self.new_button = QPushButton(self.tr("&New Profile…"), page)
        self.new_button.setObjectName("newProfileButton")
        self.new_button.setAccessibleName(self.tr("New profile"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.show_create)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 4)
        form.setVerticalSpacing(10)
        self.name_edit = self._field(page, "nameEdit", self.tr("Your name"), 80)
        self.class_edit = self._field(page, "classEdit", self.tr("Class (optional)"), 40)
        self.number_edit = self._field(page, "numberEdit", self.tr("Student ID (optional)"), 40)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.class_edit.setPlaceholderText(self.tr("For example 9B"))
        self.number_edit.setPlaceholderText(self.tr("If your teacher gave you one"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Class:"), self.class_edit)
        form.addRow(self.tr("Student &ID:"), self.number_edit)
        self.name_edit.textChanged.connect(self._update_ok)
        self.back_button = QPushButton(self.tr("&Back to Profiles"), page)
        self.back_button.setAccessibleName(self.tr("Back to the list of profiles"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_choose)
        form.addRow(self.back_button)
        return page

    @staticmethod
    def _field(parent: QWidget, name: str, accessible: str, limit: int) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(limit)
        edit.setClearButtonEnabled(True)
        return edit

    def _show_page(self, index: int) -> None:
        """Show one page; the hidden one takes no room, so the dialog fits what is shown."""
        self.pages.setCurrentIndex(index)
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(number)
            assert page is not None  # number < count()
            page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def show_choose(self) -> None:
        self._show_page(0)
        self.heading.setText(self.tr("Who is reading?"))
        self.explanation.setText(self.tr("Choose your profile and press Enter, or make a new one."))
        self.ok_button.setText(self.tr("&Continue"))
        self.ok_button.setAccessibleName(self.tr("Continue with the chosen profile"))
        self.ok_button.setEnabled(self.list.currentItem() is not None)
        self.list.setFocus()
        self.adjustSize()

    def show_create(self) -> None:
        self._show_page(1)
        first = not self.students
        self.heading.setText(self.tr("Welcome to CloseRead") if first else self.tr("New profile"))
        self.explanation.setText(
            self.tr(
                "Type your name to start. Your teacher may also ask for your class and "
                "student ID. Your work is saved on this computer under this profile."
            )
        )
        self.back_button.setVisible(not first)
        self.ok_button.setText(self.tr("&Start Reading"))
        self.ok_button.setAccessibleName(self.tr("Create the profile and start reading"))
        self._update_ok()
        self.name_edit.setFocus()
        self.adjustSize()

    def keyPressEvent(self, event) -> None:
        if self.embedded and event.key() == Qt.Key.Key_Escape:
            event.ignore()  # a page of the window: Escape does not quit the app
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.name_edit if self.creating() else self.list).setFocus()

    def creating(self) -> bool:
        return self.pages.currentIndex() == 1

    def _update_ok(self) -> None:
        if self.creating():
            self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    # -- result -----------------------------------------------------------------------

    def accept(self) -> None:
        try:
            student = self._create() if self.creating() else self._chosen()
            if student is None:
                return
            self.store.roster.set_setting(LAST_STUDENT, student.id)
        except StorageError as error:
            show_storage_error(self, error)
            return
        self.student = student
        super().accept()

    def _chosen(self) -> Student | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.store.roster.get_student(item.data(Qt.ItemDataRole.UserRole))

    def _create(self) -> Student | None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return None
        class_name = self.class_edit.text().strip() or None
        number = self.number_edit.text().strip() or None
        existing = self.store.roster.find_student(name, class_name, number)
        if existing is not None:
            return existing
        return self.store.roster.add_student(name, class_name, number)


def choose_student(store, parent: QWidget | None = None, *, always_ask: bool = False):
    """The student to open the app for, or None if the dialog was cancelled."""
    if not always_ask:
        student = store.roster.remembered_student()
        if student is not None:
            return student
    dialog = ProfileDialog(store, parent)
    return dialog.student if dialog.exec() == QDialog.DialogCode.Accepted else None
