"""Starting CloseRead: first run, the database's bad days, translations, the last resort."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from app_support import MINIPACK, ModalWatcher, PageWatcher, data_dir
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from closeread.cli import _only_the_app, _split_pack, build_parser, main
from closeread.core.library import cache as packcache
from closeread.core.library.install import install_pack
from closeread.core.store import backups
from closeread.core.store.store import DATABASE_NAME, DatabaseLocked, Store
from closeread.ui.common.errors import LOG_NAME, ExceptHook
from closeread.ui.shell import app as app_module
from closeread.ui.shell.app import EXIT_WHEN_SHOWN, install_translators, open_store, run_app
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.prefs import Prefs
from closeread.ui.shell.profile_dialog import ProfileDialog


@pytest.fixture
def app_look(qapp):
    """run_app sets the app's style and palette; put them back for the other tests."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def click(button_text: str):
    def handle(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    return handle


def test_first_run_makes_a_profile_and_opens_the_pack(qtbot, app_look, monkeypatch):
    monkeypatch.setenv(EXIT_WHEN_SHOWN, "1")

    def make_profile(dialog: ProfileDialog) -> None:
        assert dialog.embedded and dialog.creating()  # a page of the window, not a dialog
        assert dialog.window().windowTitle() == "CloseRead — Who is reading?"
        qtbot.keyClicks(dialog.name_edit, "Alex Chen")
        qtbot.keyClicks(dialog.class_edit, "9B")
        qtbot.keyClick(dialog.class_edit, Qt.Key.Key_Return)

    watcher = PageWatcher(ProfileDialog, make_profile)
    assert run_app(pack=str(MINIPACK)) == 0
    assert watcher.seen
    with Store.open(data_dir()) as store:
        [student] = store.roster.list_students()
        assert (student.name, student.class_name) == ("Alex Chen", "9B")
        assert store.roster.get_setting("last_student") == student.id
        [installed] = store.roster.list_packs()
        assert installed.pack_id == "mini"
        state = store.roster.load_reader_state(student.id, "mini")
        assert (state.lesson_id, state.exercise_id) == ("one", None)


def test_the_first_page_gets_the_legible_style_once_painted(qtbot, app_look):
    app_look.setStyle("Fusion")  # as a start that has not asked for it yet
    seen: list[str] = []

    def look_then_quit(dialog: ProfileDialog) -> None:  # (the menus work on this page)
        for _ in range(100):  # (no assertion in here: it would fail inside the app's loop)
            if type(app_look.style()).__name__ == "LegibleStyle":
                break
            qtbot.wait(20)
        seen.append(type(app_look.style()).__name__)
        dialog.buttons.rejected.emit()

    watcher = PageWatcher(ProfileDialog, look_then_quit)
    assert run_app() == 0
    assert watcher.seen and seen == ["LegibleStyle"]


def test_a_window_with_no_pack_gets_the_legible_style_once_painted(qtbot, app_look, monkeypatch):
    app_look.setStyle("Fusion")  # as a start that has not asked for it yet
    with Store.open(data_dir()) as store:
        student = store.roster.add_student("Alex Chen")
        store.roster.set_setting("last_student", student.id)
    monkeypatch.setattr(MainWindow, "open_initial", lambda self, path=None: None)  # no pack
    seen: list[str] = []

    def look(tries: int = 100) -> None:
        legible = type(app_look.style()).__name__ == "LegibleStyle"
        if legible or not tries:
            seen.append(type(app_look.style()).__name__)
            QApplication.exit(0)
        else:
            QTimer.singleShot(20, lambda: look(tries - 1))

    QTimer.singleShot(0, look)
    assert run_app() == 0
    assert seen == ["LegibleStyle"]


def test_quitting_on_the_first_page_makes_no_profile(qtbot, app_look):
    watcher = PageWatcher(ProfileDialog, lambda dialog: dialog.buttons.rejected.emit())
    assert run_app() == 0
    assert watcher.seen
    with Store.open(data_dir()) as store:
        assert store.roster.list_students() == []


def test_a_second_closeread_on_the_same_folder_is_told_plainly(qtbot):
    holder = Store.open(data_dir())
    try:
        watcher = ModalWatcher(QMessageBox, lambda box: box.accept())
        assert open_store(data_dir()) is None
        assert watcher.seen
        box = watcher.seen[0]
        assert "CloseRead is already open" in box.windowTitle()
        assert "already open on the data folder" in box.text()
        assert "Traceback" not in watcher.texts[0]
    finally:
        holder.close()
    store = open_store(data_dir())
    assert store is not None
    store.close()


def test_a_damaged_database_offers_the_newest_good_backup(qtbot):
    with Store.open(data_dir()) as store:
        store.roster.add_student("Alex")
        for old in store.list_backups():  # taken at open, before Alex; same second as ours
            old.path.unlink()
        backups.take_backup(store.db.conn, store.data_dir, "daily")
    path = data_dir() / DATABASE_NAME
    path.write_bytes(b"this is not a database at all" * 200)
    watcher = ModalWatcher(QMessageBox, click("Restore the Backup"))
    store = open_store(data_dir())
    assert watcher.seen and "damaged" in watcher.texts[0]
    assert "newest good backup" in watcher.seen[0].informativeText()
    assert store is not None
    try:
        assert [s.name for s in store.roster.list_students()] == ["Alex"]
    finally:
        store.close()
    kept = [p for p in data_dir().iterdir() if p.name.startswith(DATABASE_NAME) and p != path]
    assert kept  # the damaged file was moved aside, not deleted


def test_a_damaged_database_is_left_alone_when_the_student_quits(qtbot):
    with Store.open(data_dir()) as store:
        backups.take_backup(store.db.conn, store.data_dir, "daily")
    path = data_dir() / DATABASE_NAME
    path.write_bytes(b"garbage" * 500)
    watcher = ModalWatcher(QMessageBox, click("Quit"))
    assert open_store(data_dir()) is None
    assert watcher.seen
    assert path.read_bytes() == b"garbage" * 500


def test_a_database_from_a_newer_closeread_is_refused_untouched(qtbot):
    Store.open(data_dir()).close()
    path = data_dir() / DATABASE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    watcher = ModalWatcher(QMessageBox, lambda box: box.accept())
    assert open_store(data_dir()) is None
    assert "newer version of CloseRead" in watcher.texts[0]
    assert path.read_bytes() == before


def test_the_last_resort_logs_the_traceback_and_speaks_plainly(qtbot, tmp_path):
    hook = ExceptHook(tmp_path)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        kind, value, tb = type(error), error, error.__traceback__
    watcher = ModalWatcher(QMessageBox, lambda box: box.accept())
    hook(kind, value, tb)
    assert watcher.seen
    text = watcher.texts[0]
    assert "Something went wrong" in text and "Everything you saved before is kept" in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    log = (tmp_path / LOG_NAME).read_text()
    assert "Traceback" in log and "ZeroDivisionError: division by zero" in log
    assert "".join(traceback.format_tb(tb)).strip() in log


def test_a_storage_error_reaching_the_last_resort_shows_its_own_words(qtbot, tmp_path):
    hook = ExceptHook(tmp_path)
    error = DatabaseLocked("CloseRead is already open elsewhere.", "lock held")
    watcher = ModalWatcher(QMessageBox, lambda box: box.accept())
    hook(DatabaseLocked, error, None)
    assert watcher.texts[0].startswith("CloseRead is already open elsewhere.")


def test_a_returning_student_sees_their_pack_while_the_database_opens(qtbot, app_look, monkeypatch):
    monkeypatch.setenv(EXIT_WHEN_SHOWN, "ready")
    with Store.open(data_dir()) as store:
        student = store.roster.add_student("Alex")
        store.roster.set_setting("last_student", student.id)
        store.roster.set_setting("appearance", "dark")
        installed = install_pack(MINIPACK, data_dir(), store)
        packcache.remember(installed.location, data_dir(), installed.pack)
        store.roster.set_setting(f"student.{student.id}.last_pack", str(installed.location))
        store.roster.save_reader_state(student.id, "mini", lesson_id="one", exercise_id="pick")
        saved = store.roster.load_reader_state(student.id, "mini")
    prefs = Prefs(data_dir())
    prefs.last_pack = str(installed.location)
    prefs.appearance = "dark"
    seen = {}
    original = app_module._Start.open

    def spy(self):
        seen["hook"] = sys.excepthook
        seen["before"] = (
            self.window.isVisible(),
            self.window.windowTitle(),
            self.window.article.article.text,
            self.window.store,
            self.theme.dark,
        )
        opened = original(self)
        seen["after"] = (self.window.store is not None, self.window.place)
        return opened

    monkeypatch.setattr(app_module._Start, "open", spy)
    before = sys.excepthook
    assert run_app() == 0
    visible, title, text, store, dark = seen["before"]
    assert visible and title == "CloseRead — A small pack" and store is None
    assert text == installed.pack.article.text and dark  # from the window's preferences
    assert seen["after"] == (True, Place("one", "pick"))
    assert isinstance(seen["hook"], ExceptHook) and sys.excepthook is before
    with Store.open(data_dir()) as store:  # the place came back; it was not written again
        assert store.roster.load_reader_state(student.id, "mini") == saved


def test_a_translation_is_used_when_one_exists(qapp, tmp_path):
    lrelease = _tool("pyside6-lrelease")
    ts = tmp_path / "closeread_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>menus</name><message><source>&amp;File</source>"
        "<translation>&amp;Fichier</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "closeread_fr.qm")], check=True,
                   capture_output=True)  # fmt: skip
    installed = install_translators(qapp, QLocale("fr_FR"), tmp_path)
    try:
        assert QCoreApplication.translate("menus", "&File") == "&Fichier"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("menus", "&File") == "&File"
    missing = install_translators(qapp, QLocale("fr_FR"), tmp_path / "no-such-folder")
    try:
        assert not any("closeread" in t.filePath() for t in missing)
    finally:
        for translator in missing:
            qapp.removeTranslator(translator)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    if not candidate.exists():
        pytest.skip(f"{name} is not installed")
    return str(candidate)


def test_the_command_takes_a_pack_and_keeps_its_subcommands():
    parser = build_parser()
    assert _split_pack(parser, ["pack.zip"]) == ([], "pack.zip")
    assert _split_pack(parser, ["--data-dir", "D", "pack.zip"]) == (["--data-dir", "D"], "pack.zip")
    assert _split_pack(parser, ["check", "a", "b"]) == (["check", "a", "b"], None)
    assert _split_pack(parser, ["--data-dir", "check", "check", "x"]) == (
        ["--data-dir", "check", "check", "x"],
        None,
    )
    assert _split_pack(parser, []) == ([], None)
    assert _only_the_app([]) == (True, None)
    assert _only_the_app(["--data-dir", "D"]) == (True, "D")
    assert _only_the_app(["--data-dir=D"]) == (True, "D")
    for other in (["pack.zip"], ["check", "x"], ["--version"], ["--data-dir", "D", "report"]):
        assert _only_the_app(other)[0] is False
    assert main(["check", str(MINIPACK)]) == 0
    assert main(["--data-dir", str(data_dir()), "check", str(MINIPACK)]) == 0
