"""The guided analogy: a section per step, each part answered with its own kind's widget."""

from panel_support import attempts_of, select_words
from PySide6.QtCore import Qt

from closeread.ui.exercises.analogy import step_title
from closeread.ui.exercises.choice import ChoiceWidget
from closeread.ui.exercises.mark import MarkWidget
from closeread.ui.exercises.short import ShortWidget

FULL_ANALOGY = """
[[exercises]]
id = "apart"
kind = "analogy"
title = "Take it all apart"

[[exercises.parts]]
step = "compared"
id = "sides"
kind = "mark"
title = "Mark the two sides"
labels = ["claim", "evidence"]

[[exercises.parts.key]]
quote = "Cats make cities better."
suffix = " A survey"
label = "claim"
explanation = "One side."

[[exercises.parts]]
step = "principle"
id = "rule"
kind = "choice"
title = "Which principle?"
options = [
  { text = "Less work is better", weight = 100 },
  { text = "Noise is good" },
]

[[exercises.parts]]
step = "breakdown"
id = "limits"
kind = "short"
title = "Where does it break down?"
accept = ["dogs need walks"]

[[exercises.parts.hints]]
text = "Read the second paragraph."
cost = 0.25

[[exercises.parts]]
step = "counter_example"
id = "other"
kind = "short"
title = "Give a counter-example"
accept = ["fish"]
"""


def test_each_part_is_answered_and_the_sum_is_scored(qtbot, make_panel, store, student):
    panel = make_panel("analogy")
    widget = panel.widget
    headings = [section.heading.text() for section in widget.sections]
    assert headings == ["1. What is compared to what", "2. The principle it relies on"]
    what, rule = widget.part_widget("what"), widget.part_widget("rule")
    assert isinstance(what, ShortWidget) and isinstance(rule, ChoiceWidget)
    qtbot.keyClicks(what.editor, "Cats and dogs")
    qtbot.mouseClick(rule.button(0), Qt.MouseButton.LeftButton)
    assert widget.answer() == {
        "parts": {"what": {"text": "Cats and dogs"}, "rule": {"selected": [0]}}
    }
    with qtbot.waitSignal(panel.checked) as checked:
        panel.check()
    assert checked.args == [1.0]
    assert panel.result.score_text() == "2 of 2 points"
    assert "1 of 1 point" in widget.sections[0].score.text()
    (attempt,) = attempts_of(store, student, "analogy")
    assert attempt.answer == {
        "parts": {"what": {"text": "Cats and dogs"}, "rule": {"selected": [0]}}
    }
    assert attempt.score == 1.0


def test_one_part_right_is_half_the_points(qtbot, make_panel, store, student):
    panel = make_panel("analogy")
    qtbot.mouseClick(panel.widget.part_widget("rule").button(0), Qt.MouseButton.LeftButton)
    panel.check()
    assert "1 item has no answer yet" in panel.error.text()  # a part is blank: it asks
    panel.check()
    assert panel.result.score_text() == "1 of 2 points"
    assert "0 of 1 point" in panel.widget.sections[0].score.text()
    (attempt,) = attempts_of(store, student, "analogy")
    assert attempt.score == 0.5


def test_every_step_and_kind_with_part_hints(qtbot, make_pack, make_panel, reader, store, student):
    pack = make_pack(FULL_ANALOGY)
    panel = make_panel("apart", pack=pack, reader=reader)
    widget = panel.widget
    headings = [section.heading.text() for section in widget.sections]
    assert headings == [
        "1. What is compared to what",
        "2. The principle it relies on",
        "3. Where it breaks down",
        "4. Counter example",
    ]
    sides = widget.part_widget("sides")
    assert isinstance(sides, MarkWidget) and sides.is_active()
    span = reader.words.snap(*select_words(reader, "Cats make cities better."))
    qtbot.keyClick(reader, Qt.Key.Key_1)
    qtbot.mouseClick(widget.part_widget("rule").button(0), Qt.MouseButton.LeftButton)
    (box,) = widget.hint_boxes()
    assert box.button.text() == "Sh&ow hint 1 (costs 0.25 points)"
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert box.shown() == 1 and not box.button.isVisible()
    qtbot.keyClicks(widget.part_widget("limits").editor, "Dogs need walks.")
    panel.check()
    assert "1 item has no answer yet" in panel.error.text()  # the counter example is blank
    panel.check()
    # 1 + 1 + (1 - 0.25) + 0 of 4
    assert panel.result.score_text() == "2.75 of 4 points"
    assert [item.kind for item in reader.feedback()] == ["hit"]
    (attempt,) = attempts_of(store, student, "apart")
    assert attempt.answer["parts"]["sides"] == {"marks": [[*span, "claim"]]}
    assert attempt.hints_used == 1
    assert attempt.detail["hints"] == {"limits": 1}
    assert attempt.score == 2.75 / 4


def test_steps_the_pack_names_itself_are_shown_by_name():
    assert step_title("compared") == "What is compared to what"
    assert step_title("breakdown") == "Where it breaks down"
    assert step_title("hidden-premise") == "Hidden premise"
