"""Notes on marks: the pieces of the app's feedback list, the same words as the Markdown."""

from __future__ import annotations

from closeread.core.grading.feedback import feedback_notes, render_feedback
from closeread.core.grading.grade import grade
from closeread.core.kinds.mark_notes import mark_tally
from closeread.core.pack.model import ChoiceExercise, ChoiceOption, KeySpan, Label, MarkExercise

TEXT = (
    "The plan deserves support. Injuries fell by 38 per cent in three years. "
    "Refusing the lanes is like locking the shop door. Parking is scarce."
)
LABELS = (
    Label("claim", "Claim", "#aa0000"),
    Label("evidence", "Evidence", "#00aa00"),
    Label("analogy", "Analogy", "#0000aa"),
)


def at(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def key(quote: str, label: str, explanation: str) -> KeySpan:
    return KeySpan(*at(quote), label, quote, explanation)


def mark(quote: str, label: str) -> list:
    return [*at(quote), label]


MARK = MarkExercise(
    id="m1",
    title="Mark the argument",
    labels=("claim", "evidence", "analogy"),
    key=(
        key("The plan deserves support", "claim", "The thesis."),
        key(
            "Injuries fell by 38 per cent in three years",
            "evidence",
            "A figure the author offers in support.",
        ),
        key("Refusing the lanes is like locking the shop door", "analogy", "A comparison."),
    ),
    points=6,
    explanation="Claims state positions; evidence backs them.",
)
MIXED = {
    "marks": [
        mark("The plan deserves support", "claim"),  # hit
        mark("Injuries fell by 38 per cent in three years", "claim"),  # wrong label
        mark("Refusing the lanes is like locking", "analogy"),  # near miss
        mark("Parking is scarce", "claim"),  # extra
    ]
}


def notes_on(answer, *, reveal_key=True):
    result = grade(MARK, answer, text=TEXT)
    notes = feedback_notes(MARK, result, labels=LABELS, text=TEXT, reveal_key=reveal_key)
    return result, notes


def test_a_note_per_mark_in_reading_order_with_where_it_is():
    _result, notes = notes_on(MIXED)
    assert [note.kind for note in notes] == ["hit", "wrong_label", "partial", "extra"]
    assert [(note.start, note.end) for note in notes] == [tuple(m[:2]) for m in MIXED["marks"]]
    assert [note.label for note in notes] == ["claim", "claim", "analogy", "claim"]
    assert [note.verdict.symbol for note in notes] == ["✓", "✗", "≈", "?"]


def test_once_the_key_is_shown_notes_say_what_the_key_says():
    _, notes = notes_on(MIXED)
    hit, wrong, partial, extra = notes
    assert hit.advice == "right, **Claim**." and hit.explanation == "The thesis."
    assert wrong.advice == "this is **Evidence**, not **Claim**."
    assert wrong.explanation == "A figure the author offers in support."
    assert partial.advice.startswith("nearly right, **Analogy** (")
    assert partial.differ == " Missing words: “the shop door”."
    assert extra.advice == "matches nothing in the key, so it lowers the score."
    assert extra.explanation == ""


def test_while_attempts_remain_notes_keep_the_key():
    _, notes = notes_on(MIXED, reveal_key=False)
    hit, wrong, partial, _extra = notes
    assert hit.explanation == "The thesis."  # what was found may be explained
    assert wrong.advice == "worth marking, but not as **Claim**." and wrong.explanation == ""
    assert partial.advice == "the right passage; it ends too soon." and partial.differ == ""
    assert all("Evidence" not in note.advice + note.differ + note.explanation for note in notes)


def test_missed_passages_are_noted_only_once_the_key_is_shown():
    answer = {"marks": [mark("The plan deserves support", "claim")]}
    _, hidden = notes_on(answer, reveal_key=False)
    assert [note.kind for note in hidden] == ["hit"]
    _, shown = notes_on(answer)
    missed = [note for note in shown if note.kind == "missed"]
    assert [(note.start, note.end, note.label) for note in missed] == [
        (*at("Injuries fell by 38 per cent in three years"), "evidence"),
        (*at("Refusing the lanes is like locking the shop door"), "analogy"),
    ]


def test_the_markdown_list_is_written_from_the_notes():
    result, notes = notes_on(MIXED)
    shown = render_feedback(MARK, result, labels=LABELS, text=TEXT)
    assert len(notes) == 4
    assert "- ✓ “The plan deserves support”: right, **Claim**. The thesis." in shown
    apart = render_feedback(MARK, result, labels=LABELS, text=TEXT, apart=True)
    assert "The plan deserves support" not in apart  # the list shows the notes
    assert "Claims state positions" not in apart  # and the explanation, apart
    assert apart.startswith("**")  # the headline stays


def test_the_tally_counts_found_near_misses_confusions_extras_and_misses():
    result, _ = notes_on(MIXED)
    assert result.spans is not None
    tally = mark_tally(result.spans)
    assert (tally.total, tally.found, tally.partial) == (3, 2, 1)
    assert (tally.wrong_label, tally.extra, tally.missed) == (1, 1, 0)
    assert tally.found + tally.wrong_label + tally.missed == tally.total


def test_kinds_whose_answers_are_not_in_the_article_have_no_notes():
    choice = ChoiceExercise(id="c", title="c", options=(ChoiceOption("a", 1.0),))
    result = grade(choice, {"selected": [0]})
    assert feedback_notes(choice, result) == []
    assert render_feedback(choice, result, apart=True) == render_feedback(choice, result)
