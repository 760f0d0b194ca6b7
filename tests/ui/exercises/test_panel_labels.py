"""A label has one number and one colour in the whole pack: on the label buttons, the
keys, the article's tags and the list of marks, in every exercise, after a restart too."""

from panel_support import select_words
from PySide6.QtCore import Qt

from closeread.ui.exercises.feedback_list import ROW_SWATCH
from closeread.ui.reading.labelbar import SWATCH, swatch_icon

CLAIM = "Cats make cities better."
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."
EVIDENCE_FIRST = """
[[exercises]]
id = "evidence-first"
kind = "mark"
title = "Evidence first"
labels = ["evidence", "claim"]

[[exercises.key]]
quote = "Cats make cities better."
suffix = " A survey"
label = "claim"

[[exercises.key]]
quote = "A survey of 400 households found that 61% of cat owners felt calmer."
label = "evidence"
"""


def mark(qtbot, reader, words, key):
    select_words(reader, words)
    qtbot.keyClick(reader, key)


def picture(icon):
    return icon.pixmap(SWATCH).toImage()


def test_a_label_keeps_its_pack_number_in_an_exercise_that_lists_it_second(
    qtbot, make_pack, make_panel, reader
):
    pack = make_pack(EVIDENCE_FIRST)  # the pack lists claim (1), then evidence (2)
    panel = make_panel("evidence-first", pack=pack, reader=reader)
    widget = panel.widget
    assert "(2 Evidence, 1 Claim)" in widget.instructions.text()
    assert widget.bar.button("claim").accessibleName() == "Label as Claim (key 1)"
    assert widget.bar.button("evidence").accessibleName() == "Label as Evidence (key 2)"
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    mark(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    assert [mark[2] for mark in widget.answer()["marks"]] == ["claim", "evidence"]
    tags = {label: style.tag for label, style in reader.label_styles().items()}
    assert tags == {"claim": "1", "evidence": "2"}


def test_the_list_shows_the_article_numbers_after_a_restart(
    qtbot, make_pack, make_panel, reader, store, student
):
    pack = make_pack(EVIDENCE_FIRST)
    reader.set_labels(pack.labels)  # what the window does when it shows a pack
    first = make_panel("evidence-first", pack=pack, reader=reader)
    mark(qtbot, reader, CLAIM, Qt.Key.Key_1)
    mark(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    first.check()
    first.close()
    first.deleteLater()
    reader.set_labels(pack.labels)  # a new start shows the pack again
    again = make_panel("evidence-first", pack=pack, reader=reader)
    assert again.widget.is_active()
    styles = reader.label_styles()
    rows = again.result.list.rows  # once checked, the result lists the marks
    assert [row.line.label for row in rows] == ["Claim", "Evidence"]
    for row, label in zip(rows, ("claim", "evidence"), strict=True):
        expected = swatch_icon(styles[label], again.widget.palette()).pixmap(ROW_SWATCH).toImage()
        assert row.line.swatch.toImage() == expected, label  # as on the article
    assert {label: style.tag for label, style in styles.items()} == {"claim": "1", "evidence": "2"}
