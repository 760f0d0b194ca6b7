"""The main window as a student uses it: open a pack, move by keyboard, scroll, close, come back."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from app_support import (
    MINIPACK,
    ModalWatcher,
    broken_pack,
    data_dir,
    long_pack,
    shown_with_the_keys,
    wait_for_pack,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from closeread.core.library.install import packs_dir
from closeread.core.store.store import Store
from closeread.ui.common.problems_dialog import ProblemsDialog
from closeread.ui.common.theme import Theme
from closeread.ui.shell.main_window import MainWindow
from closeread.ui.shell.navigation import Place


@pytest.fixture
def store():
    opened = Store.open(data_dir())
    yield opened
    opened.close()


@pytest.fixture
def student(store):
    return store.roster.add_student("Alex Chen", "9B")


def open_window(qtbot, store, student, theme=None) -> MainWindow:
    window = MainWindow(store, student, theme)
    qtbot.addWidget(window)
    shown_with_the_keys(qtbot, window)
    return window


def install(qtbot, window, path) -> None:
    window.open_pack_path(path)
    wait_for_pack(qtbot, window)


def alt(qtbot, window, key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def test_open_navigate_scroll_close_and_come_back(qtbot, tmp_path, store, student):
    window = open_window(qtbot, store, student)
    install(qtbot, window, long_pack(tmp_path))
    assert window.windowTitle() == "CloseRead — A small pack"
    assert window.place == Place("one", None)  # a lesson starts with its intro
    assert window.lesson.stack.currentIndex() == 0
    assert "Find the claim" in window.lesson.intro.toPlainText()

    window.article.setFocus()
    alt(qtbot, window, Qt.Key.Key_Right)
    alt(qtbot, window, Qt.Key.Key_Right)
    alt(qtbot, window, Qt.Key.Key_Right)
    alt(qtbot, window, Qt.Key.Key_Left)
    assert window.place == Place("one", "pick")
    assert window.lesson.title.text() == "Claims and evidence"
    assert window.lesson.panel.exercise.title == "Which is evidence?"
    assert "Exercise 2 of 5" in window.lesson.where.text()
    saved = store.roster.load_reader_state(student.id, "mini")
    assert (saved.lesson_id, saved.exercise_id) == ("one", "pick")  # saved on the move

    bar = window.article.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    offset = window.article.first_visible_offset()
    assert offset > 0
    qtbot.waitUntil(
        lambda: store.roster.load_reader_state(student.id, "mini").scroll > 0, timeout=3000
    )
    fraction = store.roster.load_reader_state(student.id, "mini").scroll  # saved before any close
    assert round(fraction * len(window.article.article.text)) == offset

    window.close()
    store.close()
    with Store.open(data_dir()) as again:
        second = open_window(qtbot, again, again.roster.get_student(student.id))
        second.open_initial()
        wait_for_pack(qtbot, second, "A small pack")
        assert second.place == Place("one", "pick")
        assert second.lesson.panel.exercise.id == "pick"
        qtbot.waitUntil(lambda: second.article.first_visible_offset() == offset, timeout=3000)
        current = second.library.tree.currentItem()
        assert current.text(0) == "Which is evidence?"
        second.close()


def test_lessons_and_exercises_by_keyboard_and_library(qtbot, tmp_path, store, student):
    window = open_window(qtbot, store, student)
    install(qtbot, window, MINIPACK)
    assert not window.lesson.previous_button.isEnabled()
    qtbot.keyClick(window.article, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.place == Place("one", None)  # one lesson only: nowhere to go
    window.go(Place("one", "analogy"))
    assert not window.lesson.next_button.isEnabled()
    qtbot.keyClick(window.article, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.place == Place("one", None)  # back to the start of the lesson

    qtbot.mouseClick(window.lesson.next_button, Qt.MouseButton.LeftButton)
    assert window.place == Place("one", "marks")

    qtbot.keyClick(window.article, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    tree = window.library.tree
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "What makes the survey evidence?"
    assert window.place == Place("one", "marks")  # moving in the tree opens nothing yet
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.place == Place("one", "why")
    assert store.roster.load_reader_state(student.id, "mini").exercise_id == "why"


def spoken_name(widget) -> str:
    """What a screen reader says for ``widget``: its accessible name, or a button's text."""
    from PySide6.QtWidgets import QAbstractButton

    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


@pytest.mark.parametrize("place", [Place("one"), Place("one", "marks"), Place("one", "pick")])
def test_every_control_has_an_accessible_name(qtbot, store, student, place):
    from PySide6.QtWidgets import QWidget

    window = open_window(qtbot, store, student)
    install(qtbot, window, MINIPACK)
    window.go(place)
    focusable = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(focusable) > 5
    nameless = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in focusable
        if not spoken_name(widget)
    ]
    assert nameless == []
    for action in msgspec.structs.asdict(window.actions).values():
        for one in action.values() if isinstance(action, dict) else [action]:
            assert one.text().replace("&", "").strip() and one.statusTip()


def test_zoom_keys_reach_the_article_and_are_remembered(qtbot, store, student):
    window = open_window(qtbot, store, student)
    install(qtbot, window, MINIPACK)
    window.library.tree.setFocus()
    size = window.article.point_size()
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.article.zoom == 1 and window.article.point_size() > size
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.article.zoom == -1
    assert store.roster.get_setting(f"student.{student.id}.zoom") == -1
    window.close()
    second = open_window(qtbot, store, student)
    assert second.article.zoom == -1
    qtbot.keyClick(second.library.tree, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert second.article.zoom == 0


def test_a_broken_pack_shows_its_problems_and_installs_nothing(qtbot, tmp_path, store, student):
    window = open_window(qtbot, store, student)
    watcher = ModalWatcher(ProblemsDialog, lambda dialog: dialog.reject())
    window.open_pack_path(broken_pack(tmp_path))
    qtbot.waitUntil(lambda: bool(watcher.seen), timeout=10_000)
    dialog = watcher.seen[0]
    assert any(
        line.startswith(str(tmp_path / "broken" / "lessons" / "one.toml") + ":")
        and "Cats rule the world." in line
        for line in dialog.lines
    )
    assert "was not installed" in dialog.intro.text()
    assert dialog.list.toPlainText() == "\n".join(dialog.lines)
    assert store.roster.list_packs() == []
    packs = packs_dir(data_dir())
    assert not packs.exists() or list(packs.iterdir()) == []
    assert window.pack is None


def test_appearance_toggle_is_saved(qtbot, store, student):
    theme = Theme(QApplication.instance())
    window = open_window(qtbot, store, student, theme)
    window.actions.appearance["dark"].trigger()
    assert theme.dark and theme.mode == "dark"
    assert QApplication.palette().window().color().lightness() < 128
    assert store.roster.get_setting("appearance") == "dark"
    window.actions.appearance["light"].trigger()
    assert not theme.dark
    assert QApplication.palette().window().color().lightness() > 128
    assert store.roster.get_setting("appearance") == "light"
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert theme.dark and store.roster.get_setting("appearance") == "dark"
    window.actions.appearance["system"].trigger()
    assert store.roster.get_setting("appearance") == "system"
    assert window.actions.appearance["system"].isChecked()


def test_about_names_the_version(qtbot, store, student):
    import closeread

    window = open_window(qtbot, store, student)
    watcher = ModalWatcher(QMessageBox, lambda box: box.accept())
    window.actions.about.trigger()
    assert watcher.seen
    assert closeread.__version__ in watcher.texts[0]


def test_switching_profile_brings_back_the_other_students_place(qtbot, store, student):
    from closeread.ui.shell.profile_dialog import ProfileDialog

    bea = store.roster.add_student("Bea")
    window = open_window(qtbot, store, student)
    install(qtbot, window, MINIPACK)
    window.go(Place("one", "why"))
    store.roster.save_reader_state(bea.id, "mini", lesson_id="one", exercise_id="pick")

    def choose_bea(dialog: ProfileDialog) -> None:
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(rows.index("Bea"))
        dialog.ok_button.click()

    watcher = ModalWatcher(ProfileDialog, choose_bea)
    window.actions.switch_profile.trigger()
    assert watcher.seen
    assert window.student == bea and "Bea" in window.student_label.text()
    assert window.place == Place("one", "pick")
    assert store.roster.load_reader_state(student.id, "mini").exercise_id == "why"  # Alex's kept


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_after_a_crash_the_student_comes_back_to_the_same_place(qtbot, tmp_path):
    child = Path(__file__).with_name("app_crash_child.py")
    result = subprocess.run(
        [sys.executable, str(child), str(data_dir()), str(long_pack(tmp_path))],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr
    offset = int(result.stdout.split()[-1])
    assert offset > 0
    store = Store.open(data_dir())  # the lock died with the process
    window = None
    try:
        [student] = store.roster.list_students()
        window = open_window(qtbot, store, student)
        window.open_initial()
        wait_for_pack(qtbot, window, "A small pack")
        assert window.place == Place("one", "why")
        qtbot.waitUntil(lambda: window.article.first_visible_offset() == offset, timeout=3000)
    finally:
        if window is not None:
            window.close()  # before the store: closing saves the place
        store.close()


def test_mark_label_check_and_see_it_in_the_library_and_after_reopening(qtbot, store, student):
    window = open_window(qtbot, store, student)
    install(qtbot, window, MINIPACK)
    window.go(Place("one", "marks"))
    article = window.article
    claim = "Cats make cities better."
    start = article.article.text.index(claim)
    article.setFocus()
    article.select_span(start, start + len(claim))
    qtbot.keyClick(article, Qt.Key.Key_1)  # the first label of the exercise: claim
    assert [tuple(mark) for mark in article.marks()] == [(start, start + len(claim), "claim")]
    qtbot.mouseClick(window.lesson.panel.check_button, Qt.MouseButton.LeftButton)
    [attempt] = store.work.list_attempts(student.id, "mini", "one", "marks")
    assert 0 < attempt.score < 1  # the claim found, the evidence missed
    assert article.feedback()  # what checking found is shown on the article too
    lesson_item = window.library.item_for(window.entry.key, "one", "").parent()
    percent = round(attempt.score * 4 / 9 * 100)  # 4 of the lesson's 9 points
    assert lesson_item.text(1) == f"1/5 done · {percent}%"

    window.close()
    again = open_window(qtbot, store, student)
    again.open_initial()
    wait_for_pack(qtbot, again)
    assert again.place == Place("one", "marks")
    assert [tuple(mark) for mark in again.article.marks()] == [(start, start + len(claim), "claim")]
    again.close()


def test_a_narrow_window_gives_the_library_room_to_the_reading(qtbot, store, student):
    window = open_window(qtbot, store, student)
    assert window.library.isVisible()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: not window.library.isVisible())
    assert not window.actions.show_library.isChecked()
    qtbot.keyClick(window.article, Qt.Key.Key_F9)  # the student wants it anyway
    assert window.library.isVisible()
    window.resize(1280, 800)
    qtbot.waitUntil(window.library.isVisible)
    qtbot.keyClick(window.article, Qt.Key.Key_F9)
    assert not window.library.isVisible()
    window.close()
    assert not open_window(qtbot, store, student).library.isVisible()  # remembered
