"""wording.read, Reading.places and TermsRead: their quick paths against the plain rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reading_rule import read_word_by_word

from closeread.core.grading.normalise import normalise
from closeread.core.grading.wording import (
    TermsRead,
    covered,
    denied,
    denying,
    is_salad,
    occurrences,
    read,
)

WORDS = st.sampled_from(["data", "but", "not", "yet", "it", "shows", "true", "x", "-", " "])
TEXTS = st.lists(
    st.one_of(WORDS, st.sampled_from([".", ",", " - ", ";", "—", "\n", " -\n", "\n- ", ".,"]))
)


@given(TEXTS, st.sampled_from([" ", ""]))
def test_read_numbers_sentences_and_clauses_as_the_rule_does(parts, glue):
    text = glue.join(parts)
    reading = read(text)
    assert (reading.words, reading.sentence, reading.clause) == read_word_by_word(text)


@given(TEXTS, st.lists(WORDS, min_size=1, max_size=3))
def test_places_are_where_a_phrase_starts_word_by_word(parts, phrase):
    reading = read(" ".join(parts))
    phrase = [word for word in " ".join(phrase).split()] or ["data"]
    words, size = list(reading.words), len(phrase)
    expected = [i for i in range(len(words)) if words[i : i + size] == phrase]
    assert reading.places(phrase) == expected


@given(st.text(max_size=40))
def test_the_text_of_a_reading_is_the_normalised_answer(text):
    assert read(text).text == normalise(text)


def test_overlapping_places_are_all_found():
    assert read("no no no, no").places(["no", "no"]) == [0, 1, 2]


def test_a_clause_word_starts_a_new_clause():
    reading = read("It is data, but it is not true")
    assert reading.clause == (1, 1, 1, 3, 3, 3, 3, 3)  # the comma, then "but"


ANSWER_WORDS = st.sampled_from(
    ["data", "numbers", "not", "never", "untrue", "false", "true", "is", "the", "case",
     "it", "shows", "claimed", "red", "survey", "gives", "but", "x", "y", "z", ".", ","]
)  # fmt: skip
TERM = st.lists(
    st.sampled_from(["data", "not", "true", "shows", "survey", "x", "the"]), min_size=1, max_size=2
)


@given(st.lists(ANSWER_WORDS, max_size=30), st.lists(TERM.map(" ".join), min_size=1, max_size=4))
def test_terms_read_answers_as_the_positions_do(parts, terms):
    """Whether a term occurs, is denied, and whether the answer is a salad: the same
    as reading every term's places, which TermsRead skips when it can."""
    reading = read(" ".join(parts))
    found = TermsRead(reading, terms)
    where = {term: occurrences(reading, term) for term in terms}
    protected = covered(where.values())
    denials = denying(reading, protected)
    for term in terms:
        assert found.present(term) == bool(where[term].starts)
    present = [term for term in terms if where[term].starts]
    for near in (True, False):
        expected = bool(present) and all(
            denied(reading, start, protected, denials, near=near)
            for term in present
            for start in where[term].starts
        )
        assert (bool(present) and found.all_denied(present, near=near)) == expected
    assert found.is_salad() == is_salad(reading, protected)
