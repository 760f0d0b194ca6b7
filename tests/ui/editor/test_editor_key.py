"""Authoring a key in the editor as a student marks: select, label, explain, undo, redo, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.core.grading.spans import score_spans
from closeread.core.pack.load import load_pack
from closeread.ui.editor.outline import Node

CTRL = Qt.KeyboardModifier.ControlModifier
LESSON = "lessons/01-first-lesson.toml"
CLAIM = "Cats make cities better"  # twice in the article
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."


def _marks(editor):
    return [(m.start, m.end, m.label) for m in editor.article.marks()]


def test_a_key_marked_in_the_editor_scores_one_against_itself(qtbot, scaffold, open_editor):
    lesson_file = scaffold / LESSON
    original = lesson_file.read_text(encoding="utf-8")
    editor = open_editor(scaffold)
    assert editor.windowTitle().startswith("CloseRead — Editing Cats and the city")
    assert editor.node == Node("exercise", LESSON, "find")
    assert editor.keys.buttons.isVisible() and editor.keys.spans == []
    text = editor.article.article.text
    claim = (text.index(CLAIM), text.index(CLAIM) + len(CLAIM))  # the first of two
    evidence = (text.index(EVIDENCE), text.index(EVIDENCE) + len(EVIDENCE))

    # Mark the claim with its number key, as a student would.
    editor.article.setFocus()
    editor.article.select_span(*claim)
    qtbot.keyClick(editor.article, Qt.Key.Key_1)
    assert _marks(editor) == [(*claim, "claim")]
    first = editor.keys.spans[0]
    assert editor.keys.current_id() == first.id
    entry = editor.session.docs[LESSON].entries("find", "key")[0]
    assert entry["quote"] == CLAIM
    assert entry.get("suffix") == "."  # the words occur twice: the shortest context
    assert "prefix" not in entry

    # Explain it, then mark the evidence with its button.
    qtbot.keyClicks(editor.keys.explanation, "The main claim.")
    assert editor.session.docs[LESSON].key_spans("find")[0]["explanation"] == "The main claim."
    editor.article.select_span(*evidence)
    qtbot.mouseClick(editor.bar.button("evidence"), Qt.MouseButton.LeftButton)
    assert _marks(editor) == [(*claim, "claim"), (*evidence, "evidence")]
    assert editor.isWindowModified()

    # Undo takes back one step at a time: the evidence, the explanation, the claim.
    qtbot.keyClick(editor.article, Qt.Key.Key_Z, CTRL)
    assert _marks(editor) == [(*claim, "claim")]
    qtbot.keyClick(editor.keys.explanation, Qt.Key.Key_Z, CTRL)  # the field passes it on
    assert editor.session.docs[LESSON].key_spans("find")[0].get("explanation") is None
    assert editor.keys.explanation.toPlainText() == ""
    qtbot.keyClick(editor.article, Qt.Key.Key_Z, CTRL)
    assert _marks(editor) == [] and editor.keys.spans == []
    assert editor.session.docs[LESSON].as_text() == original
    assert not editor.isWindowModified()

    # Redo brings every step back.
    for _ in range(3):
        qtbot.keyClick(editor.article, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _marks(editor) == [(*claim, "claim"), (*evidence, "evidence")]
    assert editor.keys.spans[0].explanation == "The main claim."

    qtbot.keyClick(editor.article, Qt.Key.Key_S, CTRL)
    assert not editor.isWindowModified()
    saved = lesson_file.read_text(encoding="utf-8")
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(line in saved.splitlines() for line in comments)

    result = load_pack(scaffold)
    assert result.ok, [str(problem) for problem in result.problems]
    exercise = result.pack.lesson("first-lesson").exercise("find")
    assert [(k.start, k.end, k.label) for k in exercise.key] == _marks(editor)
    scored = score_spans(
        result.pack.article.text,
        exercise.key,
        exercise.key,
        theta=exercise.theta,
        label_credit=exercise.label_credit,
    )
    assert scored.score == 1.0
    # The checker ran after saving: the evidence has no explanation yet.
    shown = [editor.problems.list.item(n).text() for n in range(editor.problems.list.count())]
    assert any(line.startswith(f"{LESSON}:") and "no explanation" in line for line in shown), shown


def test_the_key_is_marked_from_the_keyboard_alone(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to("lessons/one.toml", "marks")
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_F6)
    assert editor.article.hasFocus()
    text = editor.article.article.text
    start = text.index("Dogs, by contrast")
    editor.article.select_span(start, start)  # the cursor before "Dogs"
    wanted = start + len("Dogs, by contrast")
    for _ in range(8):  # word by word (Qt counts the commas as words too)
        if (editor.article.current_selection() or (0, 0))[1] >= wanted:
            break
        qtbot.keyClick(editor.article, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor.article, Qt.Key.Key_2)
    added = [s for s in editor.keys.spans if s.start == start]
    assert [(s.label, s.quote) for s in added] == [("evidence", "Dogs, by contrast")]
    assert editor.keys.current_id() == added[0].id

    # The same label over a longer passage: the span grows, keeping its id.
    editor.article.select_span(start, start + len("Dogs, by contrast, need walks"))
    qtbot.keyClick(editor.article, Qt.Key.Key_2)
    grown = [s for s in editor.keys.spans if s.start == start]
    assert [(s.id, s.quote) for s in grown] == [(added[0].id, "Dogs, by contrast, need walks")]
    # 1 relabels the span under the cursor, Delete removes it; undo brings it back.
    qtbot.keyClick(editor.article, Qt.Key.Key_1)
    assert [s.label for s in editor.keys.spans if s.start == start] == ["claim"]
    qtbot.keyClick(editor.article, Qt.Key.Key_Delete)
    assert all(s.start != start for s in editor.keys.spans)
    qtbot.keyClick(editor.article, Qt.Key.Key_Z, CTRL)
    assert [s.label for s in editor.keys.spans if s.start == start] == ["claim"]

    qtbot.keyClick(editor.article, Qt.Key.Key_F6)  # on to the key's list of spans
    assert editor.keys.isAncestorOf(QApplication.focusWidget())


def test_saving_keeps_the_undo_history(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to("lessons/one.toml", "marks")
    editor.keys.select_span("k1")
    editor.keys.remove_current()
    assert editor.save()
    qtbot.wait(600)  # the watcher sees the editor's own save and lets it be
    assert editor.session.stack.count() == 1 and not editor.session.modified
    editor.actions.undo.trigger()
    assert [s.id for s in editor.keys.spans] == ["k1", "k2"]
    assert editor.isWindowModified()
