"""Feedback a student reads: what they got, what they missed and why, never a hidden key."""

from __future__ import annotations

import markdown

from closeread.core.grading.feedback import SAVED, render_feedback
from closeread.core.grading.grade import Override, grade
from closeread.core.pack.model import (
    AnalogyExercise,
    AnalogyPart,
    ChoiceExercise,
    ChoiceOption,
    Hint,
    KeySpan,
    Label,
    MarkExercise,
    MatchExercise,
    MatchPair,
    RubricItem,
    ShortAnswerExercise,
)

TEXT = (
    "The plan deserves support. Injuries fell by 38 per cent in three years. "
    "Refusing the lanes is like locking the shop door. Parking is scarce."
)


def at(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


CLAIM = KeySpan(
    *at("The plan deserves support"), "claim", "The plan deserves support", "The thesis."
)
EVIDENCE = KeySpan(
    *at("Injuries fell by 38 per cent in three years"),
    "evidence",
    "Injuries fell by 38 per cent in three years",
    "A figure the author offers in support.",
)
ANALOGY = KeySpan(
    *at("Refusing the lanes is like locking the shop door"),
    "analogy",
    "Refusing the lanes is like locking the shop door",
    "Compares refusing lanes to locking out customers.",
)
LABELS = (
    Label("claim", "Claim", "#aa0000"),
    Label("evidence", "Evidence", "#00aa00"),
    Label("analogy", "Analogy", "#0000aa"),
)
MARK = MarkExercise(
    id="m1",
    title="Mark the argument",
    labels=("claim", "evidence", "analogy"),
    key=(CLAIM, EVIDENCE, ANALOGY),
    points=6,
    explanation="Claims state positions; evidence backs them.",
)


def mark(quote: str, label: str) -> list:
    return [*at(quote), label]


MIXED = {
    "marks": [
        mark("The plan deserves support", "claim"),  # hit
        mark("Injuries fell by 38 per cent in three years", "claim"),  # wrong label
        mark("Refusing the lanes is like locking", "analogy"),  # partial
        mark("Parking is scarce", "claim"),  # extra
    ]
}


def feedback_on(exercise, answer, *, hints_used=0, override=None, reveal_key=True):
    result = grade(exercise, answer, text=TEXT, hints_used=hints_used, override=override)
    return render_feedback(exercise, result, labels=LABELS, text=TEXT, reveal_key=reveal_key)


def test_marks_feedback_names_hits_partials_confusions_extras_and_misses():
    shown = feedback_on(MARK, MIXED)
    assert "You found 2 of 3 passages in the key." in shown
    assert "✓ “The plan deserves support”: right, **Claim**. The thesis." in shown
    assert (
        "✗ “Injuries fell by 38 per cent in three years”: this is **Evidence**, not **Claim**."
        " A figure the author offers in support." in shown
    )
    assert "≈ “Refusing the lanes is like locking”: nearly right, **Analogy** (" in shown
    assert "Missing words: “the shop door”." in shown
    assert "“Parking is scarce” (**Claim**): matches nothing in the key" in shown
    assert "Claims state positions; evidence backs them." in shown


def test_missed_passages_are_shown_with_their_explanation():
    shown = feedback_on(MARK, {"marks": [mark("The plan deserves support", "claim")]})
    assert "! Missed: “Injuries fell by 38 per cent in three years”, **Evidence**." in shown
    assert "A figure the author offers in support." in shown


def test_label_names_come_from_a_mapping_too():
    result = grade(MARK, MIXED, text=TEXT)
    shown = render_feedback(MARK, result, labels={"claim": "Thesis", "evidence": "Data"}, text=TEXT)
    assert "this is **Data**, not **Thesis**" in shown
    missed = grade(MARK, {"marks": []}, text=TEXT)
    shown = render_feedback(MARK, missed, labels={"claim": "Thesis"}, text=TEXT)
    assert "**analogy**" in shown  # an id without a name is shown as it is


def test_near_miss_credit_is_mentioned():
    exercise = MarkExercise(
        id="m2",
        title="t",
        labels=("claim", "evidence"),
        key=(EVIDENCE,),
        label_credit={("claim", "evidence"): 0.5},
    )
    answer = {"marks": [mark("Injuries fell by 38 per cent in three years", "claim")]}
    assert "not **Claim** (50% credit)" in feedback_on(exercise, answer)


def test_while_attempts_remain_the_key_is_not_given_away():
    shown = feedback_on(MARK, MIXED, reveal_key=False)
    assert "worth marking, but not as **Claim**" in shown
    assert "Evidence" not in shown
    assert "A figure the author offers" not in shown  # explanation of a confused span
    assert "the right passage; it ends too soon" in shown
    assert "locking the shop door" not in shown  # the key's boundaries
    assert "Claims state positions" not in shown  # the exercise's explanation
    assert "The thesis." in shown  # explanations of what they found are fine

    missing = feedback_on(
        MARK, {"marks": [mark("The plan deserves support", "claim")]}, reveal_key=False
    )
    assert "2 passages still to find." in missing
    assert "Missed" not in missing and "Injuries" not in missing


def test_a_hidden_key_gives_no_feedback():
    hidden = MarkExercise(id="m9", title="t", labels=("claim",), key_hidden=True, points=4)
    answer = {"marks": [mark("The plan deserves support", "claim")]}
    result = grade(hidden, answer, text=TEXT)
    assert render_feedback(hidden, result, labels=LABELS, text=TEXT) == SAVED + "\n"
    # Even a grade computed elsewhere with the key is not described for a hidden exercise.
    full = grade(MARK, {"marks": [mark("The plan deserves support", "claim")]}, text=TEXT)
    hidden_twin = MarkExercise(
        id="m1", title="t", labels=MARK.labels, key=MARK.key, key_hidden=True, points=6
    )
    shown = render_feedback(hidden_twin, full, labels=LABELS, text=TEXT)
    assert shown == SAVED + "\n"


def test_a_hidden_key_with_the_teachers_score():
    hidden = ShortAnswerExercise(id="s9", title="t", key_hidden=True, points=2)
    result = grade(hidden, {"text": "x"}, override=Override(1.5, "Good start."))
    shown = render_feedback(hidden, result)
    assert "Your teacher gave this 1.5 of 2 points." in shown
    assert "Good start." in shown


def test_quotes_from_the_article_cannot_inject_markdown_or_html():
    text = "Use *stars* and [links](http://x) and <script>alert(1)</script> here."
    exercise = MarkExercise(id="m", title="t", labels=("claim",), key=())
    result = grade(exercise, {"marks": [[0, len(text), "claim"]]}, text=text)
    shown = render_feedback(exercise, result, text=text)
    html = markdown.markdown(shown)
    assert "<em>" not in html and "<a " not in html and "<script>" not in html
    assert "*stars*" in html and "[links]" in html and "&lt;script&gt;" in html


def test_long_quotes_are_shortened():
    text = "word " * 100
    exercise = MarkExercise(id="m", title="t", labels=("claim",), key=())
    result = grade(exercise, {"marks": [[0, len(text), "claim"]]}, text=text)
    shown = render_feedback(exercise, result, text=text)
    assert " … " in shown and len(shown) < 300


def test_quotes_fall_back_to_the_key_quote_without_the_text():
    result = grade(MARK, {"marks": [mark("The plan deserves support", "claim")]}, text=TEXT)
    shown = render_feedback(MARK, result, labels=LABELS)
    assert "Missed: “Injuries fell by 38 per cent in three years”" in shown
    assert "characters 0–25" in shown


# --- the other kinds ------------------------------------------------------------------

CHOICE = ChoiceExercise(
    id="c1",
    title="Which is the thesis?",
    points=2,
    options=(
        ChoiceOption("The plan deserves support", 1.0, "Yes: the position argued for."),
        ChoiceOption("Injuries fell", 0.0, "No: that is evidence."),
    ),
    explanation="A thesis is the main claim.",
)


def test_choice_feedback_shows_the_chosen_options_feedback():
    shown = feedback_on(CHOICE, {"selected": [1]})
    assert "**✗ Not right: 0 of 2 points.**" in shown  # no attempt left
    assert "You chose Injuries fell — No: that is evidence." in shown
    assert "The best answer: The plan deserves support." in shown
    assert "A thesis is the main claim." in shown
    hidden = feedback_on(CHOICE, {"selected": [1]}, reveal_key=False)
    assert "No: that is evidence." in hidden
    assert "**✗ Not yet right: 0 of 2 points.**" in hidden  # another attempt is allowed
    assert "The best answer" not in hidden and "main claim" not in hidden


def test_correct_choice():
    shown = feedback_on(CHOICE, {"selected": [0]})
    assert shown.startswith("**✓ Right: 2 of 2 points.**")
    assert "The best answer" not in shown


def test_multiple_choice_lists_what_was_also_needed():
    exercise = ChoiceExercise(
        id="c2",
        title="t",
        multiple=True,
        options=(ChoiceOption("a", 0.5), ChoiceOption("b", 0.5), ChoiceOption("c", -0.5)),
    )
    shown = feedback_on(exercise, {"selected": [0]})
    assert "**◐ Partly right: 0.5 of 1 point.**" in shown
    assert "You also needed: b." in shown


SHORT = ShortAnswerExercise(
    id="s1",
    title="What is compared?",
    points=2,
    accepted=("refusing lanes and locking the door",),
    rubric=(
        RubricItem("names the lanes", ("lanes",), 0.5),
        RubricItem("names the shop door", ("shop door", "door"), 0.5, "What is locked?"),
    ),
    model_answer="Refusing the lanes is compared to locking the shop door.",
)


def test_short_answer_waiting_for_review():
    shown = feedback_on(SHORT, {"text": "the lanes"})
    assert "**✎ Provisional: 1 of 2 points.** Your teacher will confirm it." in shown
    assert "- ✓ names the lanes" in shown
    assert "- ✗ names the shop door: What is locked?" in shown
    assert "> Refusing the lanes is compared to locking the shop door." in shown
    assert "Refusing the lanes is compared" not in feedback_on(
        SHORT, {"text": "the lanes"}, reveal_key=False
    )


def test_short_answer_accepted():
    shown = feedback_on(SHORT, {"text": "Refusing lanes and locking the door!"})
    assert "Your answer matches an accepted answer." in shown
    assert "model answer" not in shown


def test_override_comment_and_hints_are_reported():
    exercise = ShortAnswerExercise(id="s2", title="t", points=2, hints=(Hint("Look.", 0.5),))
    shown = feedback_on(exercise, {"text": "x"}, hints_used=1, override=Override(2, "Well argued."))
    assert "**Your teacher scored this 2 of 2 points.**" in shown
    assert "Your teacher: Well argued." in shown
    hinted = feedback_on(CHOICE, {"selected": [0]}) + feedback_on(
        ChoiceExercise(id="c", title="t", options=CHOICE.options, hints=(Hint("h", 0.25),)),
        {"selected": [0]},
        hints_used=1,
    )
    assert "The hints you opened cost 0.25 points." in hinted


MATCH = MatchExercise(
    id="x1",
    title="Evidence to claims",
    pairs=(
        MatchPair("38 per cent", "safer streets", "The injury figure backs safety."),
        MatchPair("400 shoppers", "shops do better"),
    ),
    distractors=("parking",),
)


def test_match_feedback():
    shown = feedback_on(MATCH, {"matches": [[0, 1], [1, 1]]})
    assert "You matched 1 of 2 correctly." in shown
    assert "- ✗ 38 per cent goes with “safer streets”. The injury figure backs safety." in shown
    assert "- ✓ 400 shoppers → shops do better" in shown
    hidden = feedback_on(MATCH, {"matches": [[0, 1], [1, 1]]}, reveal_key=False)
    assert "- ✗ 38 per cent: not yet right." in hidden
    assert "safer streets" not in hidden


def test_analogy_feedback_goes_part_by_part():
    exercise = AnalogyExercise(
        id="a1",
        title="Take the analogy apart",
        parts=(AnalogyPart("compared", CHOICE), AnalogyPart("breakdown", MATCH)),
    )
    answer = {"parts": {"c1": {"selected": [0]}, "x1": {"matches": [[0, 0]]}}}
    shown = feedback_on(exercise, answer)
    assert "#### 1. Which is the thesis?" in shown
    assert "#### 2. Evidence to claims" in shown
    assert "**✓ Right: 2 of 2 points.**" in shown
    assert shown.startswith("**◐ Partly right: 2.5 of 3 points.**")


def test_unanswered():
    assert feedback_on(CHOICE, {"selected": []}).startswith("**○ No answer: 0 of 2 points.**")


def test_multi_line_explanations_stay_inside_their_list_item():
    key = KeySpan(*at("Parking is scarce"), "claim", "Parking is scarce", "First line.\n\nSecond.")
    exercise = MarkExercise(id="m", title="t", labels=("claim",), key=(key,))
    shown = feedback_on(exercise, {"marks": []})
    assert "- ! Missed: “Parking is scarce”, **Claim**. First line. Second." in shown


def test_quotes_show_whole_words_as_the_rule_counts_them():
    start = TEXT.index("Injuries")
    exercise = MarkExercise(id="m", title="t", labels=("claim",), key=())
    result = grade(exercise, {"marks": [[start + 3, start + 12, "claim"]]}, text=TEXT)
    assert "“Injuries fell”" in render_feedback(exercise, result, text=TEXT)


def test_long_quotes_are_cut_between_words():
    text = "abcdefghij " * 20
    exercise = MarkExercise(id="m", title="t", labels=("claim",), key=())
    result = grade(exercise, {"marks": [[0, len(text), "claim"]]}, text=text)
    shown = render_feedback(exercise, result, text=text)
    assert "“abcdefghij abcdefghij" in shown and "abcdefghij … abcdefghij" in shown
    assert "abcdefghij abcdefghij”" in shown  # its end shows too


# --- words a student can read (issue 15: 5, 6, 7) ----------------------------------------


def test_a_near_miss_names_the_extra_and_the_missing_words():
    start = TEXT.index("by 38")
    end = TEXT.index("Refusing") + len("Refusing the lanes")
    key = EVIDENCE
    exercise = MarkExercise(id="m", title="t", labels=("evidence",), key=(key,), theta=0.1)
    shown = feedback_on(exercise, {"marks": [[start, end, "evidence"]]})
    assert "nearly right, **Evidence**" in shown
    assert "Extra words: “Refusing the lanes”." in shown
    assert "Missing words: “Injuries fell”." in shown
    hidden = feedback_on(exercise, {"marks": [[start, end, "evidence"]]}, reveal_key=False)
    assert "it begins too late and it ends too late" in hidden
    assert "Injuries" not in hidden  # the key's words stay hidden while attempts remain


def test_option_and_match_texts_get_no_stray_punctuation():
    exercise = ChoiceExercise(
        id="c3",
        title="t",
        options=(
            ChoiceOption('"China produced a draft law for public consultation."', 1.0),
            ChoiceOption('"It is a global and multilateral effort."', 0.0, "Too broad."),
        ),
    )
    right = feedback_on(exercise, {"selected": [0]})
    assert 'consultation."' in right and 'consultation.".' not in right
    wrong = feedback_on(exercise, {"selected": [1]})
    assert 'effort." — Too broad.' in wrong and 'effort.":' not in wrong
    assert 'The best answer: "China produced' in wrong and '.".' not in wrong
    match = MatchExercise(
        id="x2", title="t", pairs=(MatchPair("The figure", "It is a global effort."),)
    )
    shown = feedback_on(match, {"matches": []})
    assert "- ○ The figure goes with “It is a global effort.”" in shown and ".”." not in shown


def test_analogy_parts_are_headed_by_their_titles_not_their_step_names():
    principle = ChoiceExercise(
        id="principle", title="The principle it relies on", options=CHOICE.options
    )
    verdict = ShortAnswerExercise(id="verdict", title="Verdict", accepted=("weak",))
    exercise = AnalogyExercise(
        id="a2",
        title="t",
        parts=(AnalogyPart("principle", principle), AnalogyPart("verdict", verdict)),
    )
    shown = feedback_on(exercise, {"parts": {"principle": {"selected": [0]}}})
    assert "#### 1. The principle it relies on" in shown
    assert "#### 2. Verdict" in shown
    assert "Principle:" not in shown and "Verdict: Verdict" not in shown


def test_points_are_written_one_way():
    one = ChoiceExercise(id="c4", title="t", options=CHOICE.options, points=1)
    assert "0 of 1 point." in feedback_on(one, {"selected": [1]})
    hinted = ChoiceExercise(
        id="c5", title="t", options=CHOICE.options, points=2, hints=(Hint("h", 1),)
    )
    assert "The hints you opened cost 1 point." in feedback_on(
        hinted, {"selected": [0]}, hints_used=1
    )
