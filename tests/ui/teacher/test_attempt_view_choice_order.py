"""The teacher's attempt view shows a choice's options in the order that student saw them."""

from __future__ import annotations

import html
import shutil

from PySide6.QtCore import Qt
from teacher_support import MINIPACK, answer

from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store
from closeread.ui.exercises import ExerciseContext, ExercisePanel
from closeread.ui.teacher.attempt_view import AttemptView

FOUR = """
[[exercises]]
id = "four"
kind = "choice"
title = "Which is evidence?"

[[exercises.options]]
text = "A survey of 400 households"
weight = 100

[[exercises.options]]
text = "The author's feeling"

[[exercises.options]]
text = "A headline in capitals"

[[exercises.options]]
text = "The word obviously"
"""
TEXTS = ["A survey of 400 households", "The author's feeling", "A headline in capitals"]
TEXTS.append("The word obviously")


def four_pack(tmp_path):
    root = tmp_path / "pack"
    shutil.copytree(MINIPACK, root)
    lesson = root / "lessons" / "one.toml"
    lesson.write_text(lesson.read_text() + FOUR)
    pack = load_pack(root).pack
    assert pack is not None
    return pack


def shown_texts(view: AttemptView) -> list[str]:
    """The options in the answer line, top to bottom, without number and tick."""
    rows = view.answer_label.text().split("<br>")[1:]
    texts = [row.split(" ", 2)[2].removeprefix("<b>").removesuffix("</b>") for row in rows]
    return [html.unescape(text) for text in texts]


def test_the_teacher_sees_the_students_order_and_the_pack_order_is_stored(qtbot, tmp_path):
    pack = four_pack(tmp_path)
    lesson = pack.lessons[0]
    own = Store.open(tmp_path / "student")  # the student's computer
    ada = own.roster.add_student("Ada Lovelace", "5B")
    panel = ExercisePanel(ExerciseContext(own, ada.id, pack, lesson, lesson.exercise("four")))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    order = panel.widget.shown_order()
    top = order[0]
    qtbot.mouseClick(panel.widget.button(top), Qt.MouseButton.LeftButton)
    panel.check()
    (saved,) = own.work.list_attempts(student_id=ada.id, pack_id=pack.id, exercise_id="four")
    assert saved.answer == {"selected": [top]}  # the pack's index, not the row it stood in
    own.close()

    teacher = Store.open(tmp_path / "teacher")  # the same student numbered differently
    try:
        teacher.roster.add_student("Bo", "5B")
        same = teacher.roster.add_student("ada  LOVELACE", "5b")
        assert same.id != ada.id
        answer(teacher, pack, same, "four", saved.answer)
        view = AttemptView(teacher, pack, same, lesson.id, exercise_id="four")
        qtbot.addWidget(view)
        assert shown_texts(view) == [TEXTS[index] for index in order]
        assert f"1. ☑ <b>{html.escape(TEXTS[top])}</b>" in view.answer_label.text()
    finally:
        teacher.close()


def test_other_students_mostly_see_other_orders(qtbot, tmp_path):
    pack = four_pack(tmp_path)
    lesson = pack.lessons[0]
    store = Store.open(tmp_path / "data")
    try:
        orders = []
        for number in range(12):
            student = store.roster.add_student(f"Student {number}", "5B")
            context = ExerciseContext(store, student.id, pack, lesson, lesson.exercise("four"))
            panel = ExercisePanel(context)
            qtbot.addWidget(panel)
            orders.append(tuple(panel.widget.shown_order()))
        assert len(set(orders)) >= 6
    finally:
        store.close()
