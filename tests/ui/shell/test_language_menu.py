"""View > Language and ``--lang``: each language named in itself, remembered, a restart offered."""

from __future__ import annotations

import sys

import pytest
from app_support import ModalWatcher, data_dir, student_window
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from closeread.cli import _split_pack, build_parser, main
from closeread.core.store.store import Store
from closeread.ui.common.actions import submenu
from closeread.ui.shell import language_menu
from closeread.ui.shell.app import EXIT_WHEN_SHOWN, run_app
from closeread.ui.shell.navigation import Place
from closeread.ui.shell.prefs import Prefs


@pytest.fixture
def window(qtbot):
    with student_window(qtbot) as window:
        yield window


def click(text: str):
    def handle(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no {text!r} in {[b.text() for b in box.buttons()]}")

    return handle


def test_each_language_is_named_in_itself_and_the_choice_is_remembered(qtbot, window):
    menu = submenu(submenu(window.menuBar(), "&View"), "Lan&guage")
    names = [action.text() for action in menu.actions()]
    assert names == ["&System", "English", "Español", "简体中文"]
    assert window.actions.language["system"].isChecked()

    watcher = ModalWatcher(QMessageBox, click("At the Next Start"))
    window.actions.language["es"].trigger()
    qtbot.waitUntil(lambda: bool(watcher.seen))
    assert "Español" in watcher.seen[0].text()
    assert Prefs(data_dir()).language == "es"  # in the window's preferences file
    assert window.isVisible() and not window.restart_wanted
    assert window.actions.language["es"].isChecked()

    window.actions.language["en"].trigger()  # this window's language: nothing to restart
    assert Prefs(data_dir()).language == "en" and window.isVisible()


def test_restart_now_closes_the_window_with_the_work_saved(qtbot, window):
    window.go(Place("one", "why"))
    window.lesson.panel.widget.editor.setPlainText("my unfinished answer")
    watcher = ModalWatcher(QMessageBox, click("Restart Now"))
    window.actions.language["zh_CN"].trigger()
    qtbot.waitUntil(lambda: bool(watcher.seen))
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restart_wanted
    assert Prefs(data_dir()).language == "zh_CN"
    store = window.store
    draft = store.work.load_draft(window.student.id, "mini", "one", "why")
    assert draft is not None and draft.answer["text"] == "my unfinished answer"
    state = store.roster.load_reader_state(window.student.id, "mini")
    assert (state.lesson_id, state.exercise_id) == ("one", "why")


def test_the_restart_runs_closeread_again_without_the_one_run_language():
    command = language_menu.restart_command(["--data-dir", "D", "--lang", "es", "--lang=zh_CN"])
    assert command == [sys.executable, "-m", "closeread", "--data-dir", "D"]


def test_lang_is_checked_and_overrides_for_one_run(qtbot, monkeypatch, capsys):
    assert build_parser().parse_args(["--lang", "zh-cn"]).lang == "zh_CN"
    assert build_parser().parse_args(["--lang", "ES"]).lang == "es"
    assert _split_pack(build_parser(), ["--lang", "es", "pack.zip"]) == (
        ["--lang", "es"],
        "pack.zip",
    )
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "fr"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "no 'fr' interface" in error and "es (Español)" in error and "Traceback" not in error

    with Store.open(data_dir()) as store:
        student = store.roster.add_student("Alex Chen")
        store.roster.set_setting("last_student", student.id)
    Prefs(data_dir()).language = "en"
    seen = {}

    def look() -> None:
        seen["language"] = language_menu.running_language()
        seen["cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")

    QTimer.singleShot(0, look)
    monkeypatch.setenv(EXIT_WHEN_SHOWN, "1")
    assert run_app(language="es") == 0
    assert seen == {"language": "es", "cancel": "Cancelar"}
    assert Prefs(data_dir()).language == "en"  # --lang is for one run
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # all removed
