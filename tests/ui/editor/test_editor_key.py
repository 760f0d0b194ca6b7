"""Authoring a key in the editor as a student marks: select, label, explain, undo, redo, save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from closeread.core.packs import load_pack
from closeread.core.scoring import score_spans
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
    assert editor.bar.isVisible() and editor.keys.spans == []
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
