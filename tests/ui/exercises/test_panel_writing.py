"""The writing task's panel: the rubric in view, the word count, asking before handing in
an answer longer than the guide, and nothing but "handed in" until the teacher scores."""

from __future__ import annotations

import math
from pathlib import Path

from app_support import ModalWatcher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from closeread.core.pack.load import load_pack

WRITINGPACK = Path(__file__).resolve().parents[2] / "core" / "fixtures" / "writingpack"


def test_the_rubric_opens_to_every_level(qtbot, make_panel):
    pack = load_pack(WRITINGPACK).pack
    panel = make_panel("response", pack=pack)
    widget = panel.widget
    assert panel.meta.text() == "Writing task · 12 points · 1 attempt"
    shown = widget.rubric.toPlainText()
    assert "Clarity (25%), level 3: Clear, concise and well organised." in shown
    assert "Level 0" not in shown
    qtbot.mouseClick(widget.levels_button, Qt.MouseButton.LeftButton)
    every = widget.rubric.toPlainText()
    assert "Level 0: Hard to follow." in every and "Level 3: Clear, concise" in every
    assert widget.levels_button.text() == "Hide the &levels"
    assert not panel.check_button.isEnabled()  # nothing written yet
    assert widget.count.text() == "0 words · aim for 40–120"


def test_an_answer_over_the_guide_is_asked_about_then_waits_for_the_teacher(
    qtbot, make_panel, store, student
):
    pack = load_pack(WRITINGPACK).pack
    panel = make_panel("response", pack=pack)
    qtbot.keyClicks(panel.widget.editor, "word " * 125)
    assert panel.widget.count.text() == "125 words · aim for 40–120 (5 too many)"
    panel.activateWindow()  # Ctrl+Enter is the panel's shortcut
    qtbot.waitUntil(panel.isActiveWindow)
    watcher = ModalWatcher(
        QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    qtbot.keyClick(panel.widget.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    watcher.stop()
    assert "has 125 words; the task asks for at most 120" in watcher.texts[0]
    [attempt] = store.work.list_attempts(student_id=student.id)
    assert attempt.score is None and attempt.answer == {"text": "word " * 125}
    assert math.isnan(panel.fraction())  # the library counts it as waiting, not as 0
    assert panel.result.score_text() == "Handed in."
    assert panel.widget.exemplars.isVisible()
    assert not panel.retry_button.isVisible()  # one attempt: it is the teacher's now
