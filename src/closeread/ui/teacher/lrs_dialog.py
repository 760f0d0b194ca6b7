"""Send to a Learning Record Store…: the dashboard's way to send the queued xAPI statements.

The teacher gives the LRS's address, the user and the password (or leaves the password
empty when the system keyring remembers it), and the school's two addresses the
statements are built with, the first time. Sending runs off the GUI thread through a
connection of its own to the progress database (:func:`~closeread.core.store.outbox.own_outbox`),
so the dashboard stays usable; it can be stopped between batches. The outcome is what
``closeread results send`` prints: sent, refused with the LRS's reason, pending.

:func:`add_send_action` puts the menu item in the dashboard's File menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from closeread.core.lrs import credentials
from closeread.core.lrs.client import LrsClient, check_endpoint
from closeread.core.lrs.send import Sender, SendReport
from closeread.core.store.errors import StorageError
from closeread.core.store.outbox import own_outbox
from closeread.core.xapi.profile import SettingsError
from closeread.ui.common.actions import submenus
from closeread.ui.common.loading import BackgroundTask, Steps
from closeread.ui.common.outside_text import plain_label


class SendDialog(QDialog):
    """Sends ``store``'s queue to the LRS the teacher names."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: BackgroundTask | None = None
        self.setObjectName("sendDialog")
        self.setWindowTitle(self.tr("CloseRead — Send to a Learning Record Store"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        settings = store.outbox.settings()
        self.address = self._field("lrsAddress", store.roster.get_setting(credentials.URL_SETTING))
        self.address.setPlaceholderText("https://lrs.school.example/xAPI/")
        self.user = self._field("lrsUser", store.roster.get_setting(credentials.USER_SETTING))
        self.password = self._field("lrsPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        self.remember.setObjectName("rememberPassword")
        if credentials.system_keyring() is None:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("There is no system keyring here: you are asked each time.")
            )
        self.base_iri = self._field("baseIri", settings.base_iri if settings else "")
        self.base_iri.setPlaceholderText("https://school.example/closeread/")
        self.home_page = self._field("homePage", settings.home_page if settings else "")
        self.home_page.setPlaceholderText("https://school.example/")
        for text, widget in (
            (self.tr("LRS &address:"), self.address),
            (self.tr("&User:"), self.user),
            (self.tr("&Password:"), self.password),
            ("", self.remember),
            (self.tr("School's &base IRI:"), self.base_iri),
            (self.tr("Student accounts' &home page:"), self.home_page),
        ):
            form.addRow(text, widget)
        layout.addLayout(form)
        self.queue = plain_label("", self)
        self.queue.setObjectName("queueState")
        self.queue.setWordWrap(True)
        layout.addWidget(self.queue)
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setObjectName("sendOutcome")
        self.outcome.setReadOnly(True)
        self.outcome.setAccessibleName(self.tr("What was sent"))
        self.outcome.hide()
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setEnabled(False)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        layout.addWidget(buttons)
        self.show_queue()

    def _field(self, name: str, value: object) -> QLineEdit:
        field = QLineEdit(value if isinstance(value, str) else "", self)
        field.setObjectName(name)
        return field

    def show_queue(self) -> None:
        state = self.store.outbox.state()
        text = self.tr(
            "%n statement(s) to send; {sent} sent, {refused} refused.", "", state.pending
        ).format(pending=state.pending, sent=state.sent, refused=state.refused)
        if self.store.outbox.settings() is None:
            text += " " + self.tr(
                "No statements are made yet: give the school's base IRI and the home page "
                "of its student accounts, and work saved from then on is queued."
            )
        self.queue.setText(text)

    def send(self) -> BackgroundTask | None:
        """Check the fields, save the school's addresses, and send in the background."""
        try:
            endpoint = check_endpoint(self.address.text())
            self._save_addresses()
        except (ValueError, StorageError) as error:
            self._say(str(error))
            return None
        user = self.user.text().strip()
        password = self.password.text() or credentials.stored_password(endpoint, user) or ""
        if not user or not password:
            self._say(self.tr("Give the user and the password the LRS knows you by."))
            return None
        self.show_queue()
        path = self.store.path

        def work(steps: Steps) -> SendReport:
            with own_outbox(path) as outbox:
                client = LrsClient(endpoint, user, password)
                return Sender(
                    outbox, client, progress=lambda done, total: steps.step(done, str(total)),
                    stop=lambda: steps.stopped,
                ).run()  # fmt: skip

        self.task = BackgroundTask(steps=work, parent=self)
        self.task.stepped.connect(self._stepped)
        self.task.finished.connect(lambda report: self._sent(report, endpoint, user, password))
        self.task.failed.connect(lambda error: self._done([str(error)]))
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        return self.task.start()

    def stop(self) -> None:
        """Stop after the batch being sent (the rest stays queued)."""
        if self.task is not None:
            self.task.steps.stop()

    def reject(self) -> None:
        self.stop()
        super().reject()

    def _save_addresses(self) -> None:
        base, home = self.base_iri.text().strip(), self.home_page.text().strip()
        settings = self.store.outbox.settings()
        if settings is not None and (base, home) == (settings.base_iri, settings.home_page):
            return
        try:
            self.store.outbox.configure(base, home)
        except SettingsError as error:
            raise ValueError(str(error)) from None

    def _stepped(self, done: int, total: str) -> None:
        self.progress.setRange(0, max(1, int(total)))
        self.progress.setValue(done)

    def _sent(self, report: SendReport, endpoint: str, user: str, password: str) -> None:
        lines = report.lines()
        if not report.not_allowed:
            self.store.roster.set_setting(credentials.URL_SETTING, endpoint)
            self.store.roster.set_setting(credentials.USER_SETTING, user)
            if self.remember.isChecked() and credentials.remember_password(
                endpoint, user, password
            ):
                lines.append(self.tr("The password is kept in the system keyring."))
        self._done(lines)

    def _done(self, lines: list[str]) -> None:
        self.progress.hide()
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self._say("\n".join(lines))
        self.show_queue()

    def _say(self, text: str) -> None:
        self.outcome.setPlainText(text)
        self.outcome.show()


def add_send_action(window: QMainWindow) -> None:
    """Put Send to a Learning Record Store… in ``window``'s File menu (the dashboard's),
    after its first group of items."""
    menu = submenus(window.menuBar())[0]
    action = menu.addAction(QCoreApplication.translate("lrs", "Send to a &Learning Record Store…"))
    action.setObjectName("sendToLrsAction")
    separator = next((a for a in menu.actions() if a.isSeparator()), None)
    if separator is not None:
        menu.removeAction(action)
        menu.insertAction(separator, action)
    action.triggered.connect(lambda _checked=False: open_send_dialog(window))


def open_send_dialog(window: QMainWindow) -> SendDialog:
    dialog = SendDialog(window.store, window)  # type: ignore[attr-defined]
    dialog.setObjectName("sendDialog")
    window.send_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog
