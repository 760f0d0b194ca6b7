"""Snapping selections to whole words and finding sentences (no Qt involved)."""

import pytest

from closeread.core.grading.spans import tokenize
from closeread.ui.reading.words import WordIndex

TEXT = (
    "Cats make cities better. A survey of 400 households found that 61% of cat owners "
    "felt calmer.\nDogs, by contrast, need walks! Don't they? Dr. Smith of the U.S. team "
    "disagrees."
)


def test_snapping_never_changes_the_tokens_the_scorer_sees():
    tokens, words = tokenize(TEXT), WordIndex(TEXT)
    for start in range(len(TEXT)):
        for end in range(start + 1, min(len(TEXT), start + 40) + 1):
            snapped = words.snap(start, end)
            lo, hi = tokens.token_range(start, end)
            if snapped is None:
                assert lo == hi
            else:
                assert tokens.token_range(*snapped) == (lo, hi)


@pytest.mark.parametrize(
    ("selected", "snapped"),
    [
        ("ats ma", "Cats make"),  # both ends inside words
        ("Cats make", "Cats make"),  # already whole
        (" cities ", "cities"),  # outer spaces stripped
        ("better.", "better."),  # punctuation the student took in stays
        ("ogs, by", "Dogs, by"),
        ("on't", "Don't"),  # an inner apostrophe belongs to the word
    ],
)
def test_snap_grows_to_whole_words(selected, snapped):
    words = WordIndex(TEXT)
    start = TEXT.index(selected)
    result = words.snap(start, start + len(selected))
    assert result is not None
    assert TEXT[result[0] : result[1]] == snapped


@pytest.mark.parametrize("selected", [" ", ". ", ", ", "% "])
def test_a_selection_without_words_gives_none(selected):
    words = WordIndex(TEXT)
    start = TEXT.index(selected)
    assert words.snap(start, start + len(selected)) is None
    assert words.snap(start, start) is None


def test_snap_accepts_reversed_and_out_of_range_bounds():
    words = WordIndex("one two")
    assert words.snap(5, 1) == (0, 7)
    assert words.snap(-3, 100) == (0, 7)


def test_each_cjk_character_is_a_word_of_its_own():
    text = "我们爱猫 and cats"
    words = WordIndex(text)
    assert words.snap(1, 2) == (1, 2)  # no growing across the ideographs
    assert len(words) == 6


@pytest.mark.parametrize(
    ("inside", "sentence"),
    [
        ("cities", "Cats make cities better."),
        ("households", "A survey of 400 households found that 61% of cat owners felt calmer."),
        ("walks", "Dogs, by contrast, need walks!"),
        ("they", "Don't they?"),
        ("Smith", "Dr. Smith of the U.S. team disagrees."),  # abbreviations do not end it
    ],
)
def test_sentence_at(inside, sentence):
    words = WordIndex(TEXT)
    found = words.sentence_at(TEXT.index(inside) + 1)
    assert found is not None
    assert TEXT[found[0] : found[1]] == sentence


def test_a_sentence_never_crosses_a_paragraph():
    text = "A heading without a stop\nThe paragraph. Goes on."
    words = WordIndex(text)
    start, end = words.sentence_at(3)
    assert text[start:end] == "A heading without a stop"
    start, end = words.sentence_at(text.index("Goes"))
    assert text[start:end] == "Goes on."


def test_sentence_on_an_empty_line_is_none():
    assert WordIndex("words\n...\nmore").sentence_at(7) is None
