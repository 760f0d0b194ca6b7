"""Adding and deleting lessons, as undoable steps of the pack editor.

A new lesson is a new file in ``lessons/`` with a first marking exercise, listed in
``pack.toml`` after the lesson the teacher is on; undoing takes it off the list again.
A deleted lesson is taken off the list; its file is deleted when the pack is saved
(:meth:`~closeread.ui.editor.session.EditSession.save`), and until then Ctrl+Z brings
it back whole.
"""

from __future__ import annotations

from closeread.core.authoring.lesson_writer import LessonDocument
from closeread.core.pack.ids import slugify, unique_id
from closeread.core.toml.edit import TomlEditError
from closeread.ui.common.i18n import translate
from closeread.ui.editor.outline import Node
from closeread.ui.editor.session import PACK_FILE, EditSession
from closeread.ui.editor.structure import here, new_fields

FIRST_KIND = "mark"


def add_lesson(session: EditSession, node: Node | None) -> Node | None:
    """A new lesson after the current one (else last); its row."""
    if session.pack_doc is None:
        session.failed.emit(
            translate("lessons", "pack.toml cannot be opened, so no lesson can be added.")
        )
        return None
    title = translate("lessons", "New lesson")
    lesson_id = unique_id(slugify(title) or "lesson", {session.lesson_id(r) for r in session.docs})
    number = len(session.lesson_files) + 1
    while True:
        rel = f"lessons/{number:02d}-{lesson_id}.toml"
        path = session.path_of(rel)
        if path is not None and not path.exists() and not session.known_file(rel):
            break
        number += 1
    current = node.rel if node is not None and node.rel in session.lesson_files else None
    index = session.lesson_files.index(current) + 1 if current else None
    try:
        doc = LessonDocument.create(path, lesson_id, title)
        exercise_title, fields = new_fields(FIRST_KIND)
        doc.add_exercise(FIRST_KIND, FIRST_KIND, exercise_title, fields=fields)
    except TomlEditError as error:
        session.failed.emit(str(error))
        return None
    session.adopt(rel, doc)
    done = session.edit(
        PACK_FILE, translate("lessons", "Add a lesson"),
        lambda pack: pack.add_lesson(rel, index) or True,
        focus_undo=here(node) or (PACK_FILE, ""), focus_redo=(rel, ""),
    )  # fmt: skip
    return Node("lesson", rel) if done else None


def delete_lesson(session: EditSession, rel: str) -> Node | None:
    """Take the lesson ``rel`` out of the pack; the row to show next."""
    listed = session.lesson_files
    if rel not in listed or session.pack_doc is None:
        return None
    index = listed.index(rel)
    rest = listed[:index] + listed[index + 1 :]
    after = Node("lesson", rest[min(index, len(rest) - 1)]) if rest else Node("pack")
    done = session.edit(
        PACK_FILE,
        translate("lessons", "Delete the lesson “{title}”").format(title=session.lesson_title(rel)),
        lambda pack: pack.remove_lesson(rel) + 1,  # its place, counted from 1: never 0
        focus_undo=(rel, ""), focus_redo=(after.rel or PACK_FILE, ""),
    )  # fmt: skip
    return after if done else None
