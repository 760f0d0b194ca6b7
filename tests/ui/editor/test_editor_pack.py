"""The pack itself in the editor: its title, description and source; lessons added and
deleted; all undoable like every other edit, and all as saved in the files."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt

from closeread.core.pack.load import load_pack
from closeread.ui.editor.outline import Node
from closeread.ui.editor.pack_form import PackForm

CTRL_Z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
LESSON = "lessons/one.toml"


def meta(folder) -> dict:
    return tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))


def type_over(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_the_pack_title_description_and_source_are_edited_and_undone(
    qtbot, minipack_copy, open_editor
):
    editor = open_editor(minipack_copy)
    before = (minipack_copy / "pack.toml").read_text(encoding="utf-8")
    editor.outline.select(Node("pack"))
    form = editor.form
    assert isinstance(form, PackForm)
    assert not form.fields.rows["id"].isVisible()  # the id only with View > Show Ids
    type_over(qtbot, form.fields.widgets["title"], "Cats in the city")
    assert editor.outline.item_for(Node("pack")).text(0) == "Cats in the city"
    assert "Cats in the city" in editor.windowTitle()
    description = form.fields.widgets["description"]
    description.setFocus()  # another field: another undo step
    qtbot.keyClick(description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(description, " For *Year 9*.")
    type_over(qtbot, form.source.widgets["url"], "https://example.org/cats")
    type_over(qtbot, form.source.widgets["publisher"], "")  # emptied: the key goes

    assert editor.save()
    saved = meta(minipack_copy)
    assert saved["title"] == "Cats in the city"
    assert saved["description"] == "Used by the tests. For *Year 9*."
    assert saved["source"] == {"author": "A. Writer", "url": "https://example.org/cats"}
    assert load_pack(minipack_copy).ok

    editor.outline.setFocus()
    for _ in range(4):  # one step per field, whatever was typed in it
        qtbot.keyClick(editor, *CTRL_Z)
    assert editor.session.pack_doc.as_text() == before
    assert editor.outline.item_for(Node("pack")).text(0) == "A small pack"
    assert editor.save()
    assert (minipack_copy / "pack.toml").read_text(encoding="utf-8") == before


def test_a_lesson_is_added_named_and_saved_then_undone(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "")
    editor.actions.add_lesson.trigger()
    new = "lessons/02-new-lesson.toml"
    assert editor.node == Node("lesson", new)
    assert editor.session.lesson_files == [LESSON, new]
    type_over(qtbot, editor.form.fields.widgets["title"], "Analogies")
    assert editor.outline.item_for(Node("lesson", new)).text(0) == "Analogies"
    # The new lesson may come after the first one: "best done after" names it, by title.
    requires = editor.form.fields.widgets["requires"]
    [box] = requires.findChildren(type(requires._boxes["one"]))
    assert box.text() == "Claims and evidence"
    box.click()

    assert editor.save()
    assert meta(minipack_copy)["lessons"] == [LESSON, new]
    result = load_pack(minipack_copy)
    assert result.ok, [str(p) for p in result.problems if p.severity == "error"]
    second = result.pack.lessons[1]
    assert (second.title, second.requires) == ("Analogies", ("one",))
    assert [exercise.kind for exercise in second.exercises] == ["mark"]

    while editor.session.stack.canUndo():
        editor.actions.undo.trigger()
    assert editor.session.lesson_files == [LESSON]
    assert Node("lesson", new) not in editor.outline.nodes()
    editor.actions.redo.trigger()  # the lesson is back, as it was made
    assert editor.session.lesson_files == [LESSON, new]


def test_a_deleted_lesson_goes_on_saving_and_undo_brings_it_back(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "")
    editor.actions.add_lesson.trigger()
    assert editor.save()
    new = minipack_copy / "lessons" / "02-new-lesson.toml"
    assert new.is_file()

    editor.go_to(LESSON, "")
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)
    assert editor.session.lesson_files == ["lessons/02-new-lesson.toml"]
    assert "Ctrl+Z brings it back" in editor.statusBar().currentMessage()
    assert editor.save()
    assert not (minipack_copy / LESSON).exists()
    assert meta(minipack_copy)["lessons"] == ["lessons/02-new-lesson.toml"]

    qtbot.keyClick(editor, *CTRL_Z)  # after saving too: the lesson and its file come back
    assert editor.node == Node("lesson", LESSON)
    assert editor.save()
    assert (minipack_copy / LESSON).is_file()
    assert [lesson.id for lesson in load_pack(minipack_copy).pack.lessons] == ["one", "new-lesson"]

    editor.go_to("lessons/02-new-lesson.toml", "")
    editor.actions.delete_lesson.trigger()
    editor.go_to(LESSON, "")
    editor.actions.delete_lesson.trigger()  # the last one: a pack needs a lesson
    assert editor.session.lesson_files == [LESSON]
    assert "at least one lesson" in editor.notice.text()
