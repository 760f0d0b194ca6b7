"""wording.read and Reading.starts: their quick paths against the plain rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from closeread.core.grading.normalise import normalise
from closeread.core.grading.wording import _CLAUSE_END, _SENTENCE_END, CLAUSE_WORDS, read


def read_word_by_word(text: str) -> tuple[tuple, tuple, tuple]:
    """The rule: a new clause at every clause-ending mark and before every clause word."""
    words, sentences, clauses, clause = [], [], [], 0
    for number, sentence in enumerate(_SENTENCE_END.split(text)):
        for piece in _CLAUSE_END.split(sentence):
            clause += 1
            for word in normalise(piece).split():
                clause += word in CLAUSE_WORDS
                words.append(word)
                sentences.append(number)
                clauses.append(clause)
    return tuple(words), tuple(sentences), tuple(clauses)


WORDS = st.sampled_from(["data", "but", "not", "yet", "it", "shows", "true", "x", "-", " "])
TEXTS = st.lists(
    st.one_of(WORDS, st.sampled_from([".", ",", " - ", ";", "—", "\n", " -\n", "\n- ", ".,"]))
)


@given(TEXTS, st.sampled_from([" ", ""]))
def test_read_numbers_sentences_and_clauses_as_the_rule_does(parts, glue):
    text = glue.join(parts)
    reading = read(text)
    assert (reading.words, reading.sentence, reading.clause) == read_word_by_word(text)


@given(TEXTS)
def test_starts_lists_every_place_of_every_word_in_order(parts):
    reading = read(" ".join(parts))
    expected: dict[str, list[int]] = {}
    for index, word in enumerate(reading.words):
        expected.setdefault(word, []).append(index)
    assert reading.starts == {word: tuple(places) for word, places in expected.items()}


def test_a_clause_word_starts_a_new_clause():
    reading = read("It is data, but it is not true")
    assert reading.clause == (1, 1, 1, 3, 3, 3, 3, 3)  # the comma, then "but"
