"""Files changed on disk: read again, the checker's problems listed, each a link to its place."""

from __future__ import annotations

import os

from app_support import ModalWatcher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from closeread.core.pack.load import load_pack
from closeread.ui.editor.outline import Node

LESSON = "lessons/one.toml"


def _rows(editor) -> list[str]:
    found = editor.problems.list
    return [found.item(n).text() for n in range(found.count())]


def _expected(folder) -> list[str]:
    """The checker's own lines, as the panel should show them (relative to the pack)."""
    lines = []
    for problem in load_pack(folder).problems:
        where = os.path.relpath(problem.path, folder).replace(os.sep, "/")
        if problem.line:
            where += f":{problem.line}:{problem.column or 1}"
        lines.append(f"{where}: {problem.message}")
    return lines


def _click(qtbot, editor, text: str) -> None:
    found = editor.problems.list
    item = next(found.item(n) for n in range(found.count()) if found.item(n).text() == text)
    found.scrollToItem(item)
    point = found.visualItemRect(item).center()
    qtbot.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _replace(path, old: str, new: str, *, atomic: bool = False) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    if atomic:  # as many editors save: a new file renamed over the old one
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text.replace(old, new), encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_key_broken_on_disk_is_listed_and_leads_to_its_span(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    assert _rows(editor) == ["No problems: the checker finds nothing to fix."]
    editor.go_to(LESSON, "why")
    _replace(minipack_copy / LESSON, "61% of cat owners", "62% of cat owners")

    expected = _expected(minipack_copy)
    assert len(expected) == 1 and expected[0].startswith(f"{LESSON}:23:1: the quote is not")
    qtbot.waitUntil(lambda: _rows(editor) == expected, timeout=5000)
    assert "1 error" in editor.problems.heading.text()
    _click(qtbot, editor, expected[0])
    assert editor.node == Node("exercise", LESSON, "marks")
    assert editor.keys.current_id() == "k2"
    assert editor.keys.current().problem  # listed, though not found in the article
    # The file was read again: the editor shows the new quote.
    assert "62% of cat owners" in editor.session.docs[LESSON].entries("marks", "key")[1]["quote"]


def test_a_problem_in_a_part_leads_to_the_part(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    _replace(
        minipack_copy / LESSON,
        '{ text = "Less work is better", weight = 100 }',
        '{ text = "Less work is better", weight = 50 }',
        atomic=True,
    )
    expected = _expected(minipack_copy)
    assert len(expected) == 1 and "full points" in expected[0]
    qtbot.waitUntil(lambda: _rows(editor) == expected, timeout=5000)
    _click(qtbot, editor, expected[0])
    assert editor.node == Node("part", LESSON, "analogy/rule")

    # The file was replaced by renaming; the watch on it goes on: fixing it is seen too.
    _replace(minipack_copy / LESSON, "weight = 50 }", "weight = 100 }", atomic=True)
    qtbot.waitUntil(lambda: editor.session.problems == (), timeout=5000)
    assert str(minipack_copy / LESSON) in editor.watcher.watched()


def test_a_problem_outside_the_lessons_selects_its_file(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    _replace(minipack_copy / "pack.toml", 'marked = "claim"', 'marked = "claims"')
    expected = _expected(minipack_copy)
    assert [line.split(":")[0] for line in expected] == ["pack.toml"]
    qtbot.waitUntil(lambda: _rows(editor) == expected, timeout=5000)
    _click(qtbot, editor, expected[0])
    assert editor.node == Node("pack")


def test_a_lesson_file_that_is_not_toml_is_shown_broken_until_fixed(
    qtbot, minipack_copy, open_editor
):
    editor = open_editor(minipack_copy)
    _replace(minipack_copy / LESSON, 'title = "Match"', 'title = "Match')
    qtbot.waitUntil(lambda: LESSON in editor.session.open_errors, timeout=5000)
    line = next(row for row in _rows(editor) if row.startswith(f"{LESSON}:"))
    _click(qtbot, editor, line)
    assert editor.node == Node("lesson", LESSON)
    assert "cannot be opened" in editor.outline.item_for(Node("lesson", LESSON)).text(0)
    _replace(minipack_copy / LESSON, 'title = "Match', 'title = "Match"')
    qtbot.waitUntil(lambda: LESSON in editor.session.docs, timeout=5000)
    assert Node("exercise", LESSON, "pairs") in editor.outline.nodes()


def test_unsaved_edits_are_kept_when_the_teacher_says_so(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "pick")
    title = editor.form.fields.widgets["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Which one is evidence?")
    assert editor.session.modified

    no = QMessageBox.StandardButton.No
    asked = ModalWatcher(QMessageBox, lambda box: box.button(no).click())
    _replace(minipack_copy / LESSON, 'intro = "Find the claim and its evidence."', 'intro = "New."')
    qtbot.waitUntil(lambda: bool(asked.seen), timeout=5000)
    assert "unsaved edits" in asked.texts[0]
    assert editor.session.docs[LESSON].exercise("pick")["title"] == "Which one is evidence?"

    # Saving now would overwrite the change on disk: CloseRead asks again.
    yes = QMessageBox.StandardButton.Yes
    replace = ModalWatcher(QMessageBox, lambda box: box.button(yes).click())
    assert editor.save()
    assert replace.seen and "changed on disk" in replace.texts[0]
    saved = (minipack_copy / LESSON).read_text(encoding="utf-8")
    assert 'title = "Which one is evidence?"' in saved
    assert 'intro = "Find the claim and its evidence."' in saved  # the editor's version won
