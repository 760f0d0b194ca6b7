"""The editor speaks a teacher's words: exercise names, answer key passages, ids only when
asked for; Markdown fields show each paragraph on a line, with a preview beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from closeread.ui.editor.markdown_field import MarkdownField
from closeread.ui.editor.outline import Node

LESSON = "lessons/one.toml"
WRAPPED = '''prompt = """
Select the **claim** and the
evidence offered for it: a
number, a report.

- one
  item
"""
'''


def caption(form, key: str) -> str:
    label = form.layout_.labelForField(form.rows[key])
    return label.text()


def test_names_not_ids_until_the_teacher_asks(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    fields = editor.form.fields
    assert caption(fields, "title") == "Exercise &name"
    assert not fields.rows["id"].isVisibleTo(editor)
    assert editor.keys.heading.text() == "Answer key: 2 passages"
    items = [editor.keys.list.item(row).text() for row in range(editor.keys.list.count())]
    assert items[0] == "“Cats make cities better.”"
    assert editor.keys.list.accessibleName() == "Answer key passages"
    tip = editor.outline.item_for(Node("exercise", LESSON, "marks")).toolTip(0)
    assert tip == "<p>Mark the claim and the evidence</p>"  # plain_tooltip: shown as typed

    editor.actions.show_ids.trigger()  # View > Show Ids
    fields = editor.form.fields
    assert fields.rows["id"].isVisibleTo(editor) and caption(fields, "id") == "Exercise &id"
    assert editor.keys.list.item(0).text().startswith("k1 · ")
    tip = editor.outline.item_for(Node("exercise", LESSON, "marks")).toolTip(0)
    assert tip == "<p>Mark the claim and the evidence (marks)</p>"
    editor.go_to(LESSON, "")
    assert editor.form.fields.rows["id"].isVisibleTo(editor)
    editor.actions.show_ids.trigger()
    assert not editor.form.fields.rows["id"].isVisibleTo(editor)

    editor.go_to(LESSON, "pick")
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)
    assert editor.statusBar().currentMessage().startswith("Deleted “Which is evidence?”.")
    assert editor.actions.undo.text() == "&Undo Delete “Which is evidence?”"


def test_markdown_shows_unwrapped_with_a_preview_and_the_file_keeps_its_lines(
    qtbot, minipack_copy, open_editor
):
    lesson = minipack_copy / LESSON
    text = lesson.read_text(encoding="utf-8")
    text = text.replace('title = "Mark the claim and the evidence"\n',
                        'title = "Mark the claim and the evidence"\n' + WRAPPED)  # fmt: skip
    lesson.write_text(text, encoding="utf-8")
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    box = editor.form.fields.widgets["prompt"]
    assert box.toPlainText() == (  # TOML drops the newline after the opening quotes
        "Select the **claim** and the evidence offered for it: a number, a report.\n\n- one item\n"
    )
    field = editor.form.fields.rows["prompt"]
    assert isinstance(field, MarkdownField)
    layout = editor.form.fields.layout_
    assert layout.itemAt(layout.getWidgetPosition(field)[0], QFormLayout.ItemRole.LabelRole)
    qtbot.waitUntil(lambda: "claim" in field.preview.toPlainText())
    preview = field.preview.toHtml()
    assert "font-weight:700" in preview and "**" not in field.preview.toPlainText()
    assert not editor.session.modified  # shown unwrapped, not changed
    assert editor.save()
    assert lesson.read_text(encoding="utf-8") == text

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "Then *explain* it.")
    qtbot.waitUntil(lambda: "Then explain it." in field.preview.toPlainText())
    assert editor.save()
    saved = editor.session.docs[LESSON].exercise("marks")["prompt"]
    assert saved.endswith("- one item\nThen *explain* it.")
    assert "the evidence offered for it: a number" in saved


def test_the_explanation_of_a_passage_has_a_preview_too(qtbot, minipack_copy, open_editor):
    editor = open_editor(minipack_copy)
    editor.go_to(LESSON, "marks")
    editor.keys.select_span("k2")
    assert editor.keys.current_number() == 2
    explanation = editor.keys.explanation
    explanation.setFocus()
    explanation.selectAll()
    qtbot.keyClicks(explanation, "A **statistic**.")
    preview = explanation.parentWidget().preview
    qtbot.waitUntil(lambda: preview.toPlainText() == "A statistic.")
    assert editor.session.docs[LESSON].key_spans("marks")[1]["explanation"] == "A **statistic**."
    assert editor.actions.undo.text() == "&Undo Edit a passage's explanation"
