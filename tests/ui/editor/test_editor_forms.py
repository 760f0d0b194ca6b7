"""Exercises of every kind added, edited in their forms, moved and deleted; all undoable."""

from __future__ import annotations

import difflib
import shutil

from app_support import MINIPACK
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closeread.core.pack.load import load_pack
from closeread.ui.editor.outline import Node
from closeread.ui.editor.structure import KINDS

CTRL = Qt.KeyboardModifier.ControlModifier
LESSON = "lessons/one.toml"
HANDWRITTEN = MINIPACK.parent / "handwritten"


def _type(qtbot, widget, text: str) -> None:
    """Replace the text of a line or text field as a teacher would: select all, type."""
    widget.setFocus()
    widget.selectAll()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def test_every_kind_is_added_moved_deleted_and_undone(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    doc = editor.session.docs[LESSON]
    original = doc.as_text()
    editor.go_to(LESSON, "marks")
    for kind in KINDS:
        editor.actions.add_kind[kind].trigger()
        assert editor.node.kind == "exercise"
        assert doc.exercise(editor.node.ref)["kind"] == kind
    assert doc.exercise_ids()[:7] == [
        "marks", "mark", "choice", "short", "match", "analogy-2", "writing",
    ]  # fmt: skip
    # The new exercise's title is selected, ready to be typed over.
    assert QApplication.focusWidget() is editor.form.fields.widgets["title"]
    qtbot.keyClicks(QApplication.focusWidget(), "Respond in writing")
    assert doc.exercise("writing")["title"] == "Respond in writing"
    assert editor.outline.item_for(editor.node).text(0) == "Respond in writing"

    editor.go_to(LESSON, "analogy-2")
    editor.actions.add_part["choice"].trigger()
    assert editor.node == Node("part", LESSON, "analogy-2/choice")
    assert [p["id"] for p in doc.entries("analogy-2", "parts")] == ["compared", "choice"]

    editor.go_to(LESSON, "match")
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Up, CTRL)
    assert doc.exercise_ids()[:6] == ["marks", "mark", "choice", "match", "short", "analogy-2"]
    assert editor.node == Node("exercise", LESSON, "match")
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)
    assert "match" not in doc.exercise_ids()
    assert editor.node == Node("exercise", LESSON, "short")  # its neighbour

    assert editor.save()
    result = load_pack(minipack_copy)
    assert result.ok, [str(problem) for problem in result.problems]
    kinds = [exercise.kind for exercise in result.pack.lessons[0].exercises]
    assert kinds[:6] == ["mark", "mark", "choice", "short", "analogy", "writing"]

    # Every step undoes, back to the file as it was; undoing the delete shows it again.
    editor.actions.undo.trigger()
    assert editor.node == Node("exercise", LESSON, "match")
    while editor.session.stack.canUndo():
        editor.actions.undo.trigger()
    assert doc.as_text() == original
    assert Node("exercise", LESSON, "analogy-2") not in editor.outline.nodes()


def test_the_fields_of_each_kind_reach_the_file(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    doc = editor.session.docs[LESSON]

    editor.go_to(LESSON, "marks")
    fields = editor.form.fields.widgets
    _type(qtbot, fields["attempts"], "0")
    assert fields["attempts"].text() == "No limit"
    fields["counts"].setFocus()
    qtbot.keyClick(fields["counts"], Qt.Key.Key_Down)  # best -> last
    hints = editor.form.lists["hints"]
    qtbot.mouseClick(hints.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, hints.form.widgets["text"], "Read the second sentence.")
    _type(qtbot, hints.form.widgets["cost"], "0.25")

    editor.go_to(LESSON, "pick")
    options = editor.form.lists["options"]
    options.list.setCurrentRow(1)
    _type(qtbot, options.form.widgets["weight"], "-50")
    _type(qtbot, options.form.widgets["feedback"], "A title claims;\nit proves nothing.")
    qtbot.mouseClick(options.add_button, Qt.MouseButton.LeftButton)
    assert options.list.currentRow() == 2
    _type(qtbot, options.form.widgets["text"], "The cat")

    editor.go_to(LESSON, "why")
    _type(qtbot, editor.form.fields.widgets["accept"], "it gives data\n\nit has numbers")
    rubric = editor.form.lists["rubric"]
    _type(qtbot, rubric.form.widgets["terms"], "data\nfigures")

    editor.go_to(LESSON, "pairs")
    _type(qtbot, editor.form.fields.widgets["distractors"], "Birds sing")
    pairs = editor.form.lists["pairs"]
    pairs.list.setCurrentRow(1)
    _type(qtbot, pairs.form.widgets["left"], "Dogs need walks")

    editor.go_to(LESSON, "analogy/rule")
    step = editor.form.fields.widgets["step"]
    _type(qtbot, step.lineEdit(), "shared principle")
    editor.go_to(LESSON, "")
    _type(qtbot, editor.form.fields.widgets["title"], "Claims, evidence and comparisons")

    assert editor.save()
    result = load_pack(minipack_copy)
    assert result.ok, [str(problem) for problem in result.problems]
    lesson = result.pack.lessons[0]
    assert lesson.title == "Claims, evidence and comparisons"
    marks = lesson.exercise("marks")
    assert (marks.attempts, marks.counts) == (0, "last")
    assert [(h.text, h.cost) for h in marks.hints][-1] == ("Read the second sentence.", 0.25)
    pick = lesson.exercise("pick")
    assert [(o.text, o.weight) for o in pick.options] == [
        ("The survey", 1.0), ("The title", -0.5), ("The cat", 0.0),
    ]  # fmt: skip
    assert pick.options[1].feedback == "A title claims;\nit proves nothing."
    why = lesson.exercise("why")
    assert why.accepted == ("it gives data", "it has numbers")
    assert why.rubric[0].terms == ("data", "figures")
    pairs_exercise = lesson.exercise("pairs")
    assert pairs_exercise.distractors == ("Birds sing",)
    assert pairs_exercise.pairs[1].left == "Dogs need walks"
    assert lesson.exercise("analogy").parts[1].step == "shared principle"
    assert doc.as_text() == (minipack_copy / LESSON).read_text(encoding="utf-8")


def test_typing_in_one_field_is_one_undo_step(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    doc = editor.session.docs[LESSON]
    editor.go_to(LESSON, "pick")
    title = editor.form.fields.widgets["title"]
    _type(qtbot, title, "Evidence?")
    prompt = editor.form.fields.widgets["prompt"]
    _type(qtbot, prompt, "Pick one.")
    assert editor.session.stack.count() == 2
    qtbot.keyClick(prompt, Qt.Key.Key_Z, CTRL)
    assert "prompt" not in doc.exercise("pick") and prompt.toPlainText() == ""
    qtbot.keyClick(prompt, Qt.Key.Key_Z, CTRL)
    assert doc.exercise("pick")["title"] == "Which is evidence?"
    assert title.text() == "Which is evidence?"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "Evidence?"


def test_an_edited_explanation_changes_only_its_own_lines(qtbot, tmp_path, open_editor):
    folder = tmp_path / "handwritten"
    shutil.copytree(HANDWRITTEN, folder)
    lesson_file = folder / "lessons" / "claims.toml"
    before = lesson_file.read_text(encoding="utf-8")
    editor = open_editor(folder)
    editor.go_to("lessons/claims.toml", "marks")
    editor.keys.select_span("main")
    _type(qtbot, editor.keys.explanation, "The claim the whole op-ed defends.")
    qtbot.keyClick(editor.article, Qt.Key.Key_S, CTRL)
    after = lesson_file.read_text(encoding="utf-8")
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        '-explanation = "The author\'s main claim."   # explained',
        '+explanation = "The claim the whole op-ed defends."   # explained',
    ]


def test_an_exercise_renamed_is_followed_and_a_bad_id_refused(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    doc = editor.session.docs[LESSON]
    editor.go_to(LESSON, "pick")
    _type(qtbot, editor.form.fields.widgets["id"], "Not An Id")
    qtbot.keyClick(editor.form.fields.widgets["id"], Qt.Key.Key_Return)
    assert "not a valid exercise id" in editor.statusBar().currentMessage()
    assert editor.form.fields.widgets["id"].text() == "pick"
    assert "pick" in doc.exercise_ids() and not editor.session.modified

    _type(qtbot, editor.form.fields.widgets["id"], "pick-evidence")
    qtbot.keyClick(editor.form.fields.widgets["id"], Qt.Key.Key_Return)
    assert doc.exercise_ids()[1] == "pick-evidence"
    assert editor.node == Node("exercise", LESSON, "pick-evidence")
    editor.actions.undo.trigger()
    assert doc.exercise_ids()[1] == "pick"
    assert editor.node == Node("exercise", LESSON, "pick")


def test_a_writing_task_is_written_with_its_guide_criteria_and_exemplars(
    qtbot, minipack_copy, open_editor
):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    editor.actions.add_kind["writing"].trigger()
    assert editor.node == Node("exercise", LESSON, "writing")
    words = editor.form.fields.widgets["words"]
    _type(qtbot, words.least, "200")
    _type(qtbot, words.most, "350")
    criteria = editor.form.lists["criteria"]
    assert criteria.list.count() == 1  # a new task has one criterion worth 100%
    _type(qtbot, criteria.form.widgets["name"], "Thesis")
    _type(qtbot, criteria.form.widgets["weight"], "60")
    qtbot.mouseClick(criteria.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, criteria.form.widgets["name"], "Evidence")
    _type(qtbot, criteria.form.widgets["weight"], "40")
    levels = criteria.form.widgets["levels"].lines
    for level, text in enumerate(["None.", "Named.", "Quoted.", "Quoted and weighed."]):
        _type(qtbot, levels[level], text)
    exemplars = editor.form.lists["exemplars"]
    qtbot.mouseClick(exemplars.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, exemplars.form.widgets["level"], "Strong (about 3)")
    _type(qtbot, exemplars.form.widgets["text"], "The survey shows owners felt calmer;\nno more.")
    _type(qtbot, exemplars.form.widgets["commentary"], "It weighs the evidence.")

    assert editor.save()
    result = load_pack(minipack_copy)
    assert result.ok and not result.problems, [str(problem) for problem in result.problems]
    task = result.pack.lessons[0].exercise("writing")
    assert (task.kind, task.words, task.points, task.attempts) == ("writing", (200, 350), 12, 1)
    assert [(c.name, c.weight) for c in task.criteria] == [("Thesis", 0.6), ("Evidence", 0.4)]
    assert task.criteria[1].levels == ("None.", "Named.", "Quoted.", "Quoted and weighed.")
    [exemplar] = task.exemplars
    assert (exemplar.level, exemplar.commentary) == ("Strong (about 3)", "It weighs the evidence.")
    assert exemplar.text == "The survey shows owners felt calmer;\nno more."

    _type(qtbot, editor.form.fields.widgets["words"].least, "0")
    _type(qtbot, editor.form.fields.widgets["words"].most, "0")
    assert "words" not in editor.session.docs[LESSON].exercise("writing")  # no guide
