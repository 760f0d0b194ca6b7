"""Undo and redo of marks from the keyboard: adding, deleting, relabelling, resizing."""

from panel_support import select_words
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CLAIM = "Cats make cities better."
EVIDENCE = "A survey of 400 households found that 61% of cat owners felt calmer."


def marks(panel):
    return [tuple(mark) for mark in panel.widget.answer()["marks"]]


def label(qtbot, reader, words, key):
    select_words(reader, words)
    qtbot.keyClick(reader, key)


def undo(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)


def redo(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)


def test_every_kind_of_change_is_undone_and_redone(qtbot, make_panel, reader, store, student):
    panel = make_panel("marks", reader=reader)
    reader.activateWindow()  # the keys go where the student is: the article
    qtbot.waitUntil(reader.isActiveWindow)
    history = []
    label(qtbot, reader, "Cats make cities", Qt.Key.Key_1)  # add
    history.append(marks(panel))
    label(qtbot, reader, CLAIM, Qt.Key.Key_1)  # resize: a longer claim replaces it
    history.append(marks(panel))
    label(qtbot, reader, EVIDENCE, Qt.Key.Key_1)  # add
    history.append(marks(panel))
    label(qtbot, reader, EVIDENCE, Qt.Key.Key_2)  # relabel
    history.append(marks(panel))
    select_words(reader, CLAIM)
    qtbot.keyClick(reader, Qt.Key.Key_Delete)  # delete
    history.append(marks(panel))
    assert [len(step) for step in history] == [1, 1, 2, 2, 1]
    assert history[0] != history[1] and history[2] != history[3]

    for expected in reversed(history[:-1]):
        undo(qtbot, reader)
        assert marks(panel) == expected
        assert [tuple(m) for m in reader.marks()] == expected  # the article shows it too
    undo(qtbot, reader)
    assert marks(panel) == []
    undo(qtbot, reader)  # nothing more to undo: nothing changes
    assert marks(panel) == []
    for expected in history:
        redo(qtbot, reader)
        assert marks(panel) == expected
    panel.flush_draft()
    draft = store.work.load_draft(student.id, "mini", "one", "marks")
    assert [tuple(m) for m in draft.answer["marks"]] == history[-1]  # saved like any edit


def test_a_new_change_after_undo_drops_the_redo(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow)
    label(qtbot, reader, CLAIM, Qt.Key.Key_1)
    label(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    undo(qtbot, reader)
    assert [mark[2] for mark in marks(panel)] == ["claim"]
    label(qtbot, reader, "Dogs, by contrast, need walks.", Qt.Key.Key_1)
    after = marks(panel)
    redo(qtbot, reader)
    assert marks(panel) == after


def test_undo_from_the_list_and_not_after_checking(qtbot, make_panel, reader):
    panel = make_panel("marks", reader=reader)
    label(qtbot, reader, CLAIM, Qt.Key.Key_1)
    label(qtbot, reader, EVIDENCE, Qt.Key.Key_2)
    widget = panel.widget
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    widget.list.setFocus()
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_2)  # relabel from the list
    assert marks(panel)[0][2] == "evidence"
    undo(qtbot, widget.list)
    assert marks(panel)[0][2] == "claim"
    panel.check()
    checked = marks(panel)
    undo(qtbot, widget.list)
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow)
    undo(qtbot, reader)
    assert marks(panel) == checked  # a checked answer is not taken back
