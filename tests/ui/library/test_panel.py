"""The library: which packs it lists, their lessons, and the progress it shows."""

from __future__ import annotations

import shutil

import pytest
from app_support import MINIPACK, data_dir
from PySide6.QtCore import Qt

from closeread.core.library.install import install_pack
from closeread.core.store.store import Store
from closeread.ui.library.panel import LibraryEntry, LibraryPanel
from closeread.ui.shell.pack_opener import bundled_packs, library_entries


@pytest.fixture
def store():
    opened = Store.open(data_dir())
    yield opened
    opened.close()


def record(store, student, pack, exercise_id, score):
    store.work.record_attempt(student.id, pack, "one", exercise_id, {"x": 1}, score=score)


def test_the_tree_shows_lessons_exercises_and_progress(qtbot, store, minipack):
    student = store.roster.add_student("Alex")
    record(store, student, minipack, "marks", 1.0)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_entries([LibraryEntry("k", "A small pack", MINIPACK)])
    pack_item = panel.tree.topLevelItem(0)
    assert pack_item.text(1) == "loading…" and pack_item.childCount() == 0
    panel.set_pack("k", minipack, store.work.load_progress(student.id, "mini"))
    lesson_item = pack_item.child(0)
    assert lesson_item.text(0) == "1. Claims and evidence"
    assert lesson_item.text(1) == "1/5 done · 44%"  # 4 of its 9 points
    assert "1 of 5 exercises done" in lesson_item.data(1, Qt.ItemDataRole.AccessibleTextRole)
    children = [lesson_item.child(i).text(0) for i in range(lesson_item.childCount())]
    assert children[0] == "Introduction" and children[1] == "Mark the claim and the evidence"
    assert lesson_item.child(1).text(1) == "✓ 100%"
    assert lesson_item.child(2).text(1) == ""

    record(store, student, minipack, "pick", 0.0)
    record(store, student, minipack, "why", 0.5)
    panel.set_progress("k", store.work.load_progress(student.id, "mini"))
    assert lesson_item.text(1) == "3/5 done · 50%"  # the pick earned 0
    assert lesson_item.child(2).text(1) == "✗ 0%"  # a score of 0 is no tick
    assert lesson_item.child(3).text(1) == "◐ 50%"


def test_enter_on_a_row_opens_it_and_the_current_row_is_marked(qtbot, minipack):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_entries([LibraryEntry("k", "A small pack", MINIPACK, pack=minipack)])
    panel.set_current("k", "one", "pick")
    current = panel.tree.currentItem()
    assert current.text(0) == "Which is evidence?" and current.font(0).bold()
    panel.show()
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.activated) as signal:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert signal.args == ["k", "one", "why"]
    with qtbot.waitSignal(panel.openPackRequested):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)


def test_a_pack_that_cannot_load_says_so(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_entries([LibraryEntry("k", "Broken", MINIPACK)])
    panel.entries["k"].problems = ("broken/pack.toml:3:1: error: bad",)
    panel.set_pack("k", None)
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == "cannot open" and "error: bad" in item.toolTip(0)


def test_entries_list_bundled_then_installed_packs(store, tmp_path):
    first = install_pack(MINIPACK, data_dir(), store)
    copy = tmp_path / "mini2"
    shutil.copytree(MINIPACK, copy)
    toml = copy / "pack.toml"
    toml.write_text(toml.read_text().replace('version = "1.0"', 'version = "1.1"'))
    second = install_pack(copy, data_dir(), store)
    entries = library_entries(store)
    bundled = [entry for entry in entries if entry.bundled]
    assert [entry.location for entry in bundled] == bundled_packs()
    installed = [entry for entry in entries if not entry.bundled]
    assert [entry.location for entry in installed] == [second.location]  # newest copy only
    shutil.rmtree(second.location)
    installed = [entry for entry in library_entries(store) if not entry.bundled]
    assert [entry.location for entry in installed] == [first.location]  # gone: the older one
