"""plain_reading: the string-method reading of a plain answer against the regex rule."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from reading_rule import read_word_by_word

from closeread.core.grading.plain_reading import marked, numbers, words, words_of
from closeread.core.grading.wording import CLAUSE_WORDS


def read_plain(text: str) -> tuple[tuple, tuple, tuple] | None:
    """As wording.Reading reads a plain answer: its words in one pass, its sentences and
    clauses from the marked text."""
    marks, said = marked(text), words_of(text)
    assert (marks is None) == (said is None)
    if marks is None or said is None:
        return None
    assert said == words(marks)
    sentences, clauses = numbers(marks, CLAUSE_WORDS)
    return tuple(said), tuple(sentences), tuple(clauses)


# Every character the plain reading treats specially, beside a few words: what ends a
# sentence or a clause, what a hyphen needs to end one, apostrophes, the typographic
# marks, spaces that are not " ", and the placeholders the reading uses inside.
MARKS = ".!?;\n,:()[]—–-'`’‘ʼ“”„…\u00a0\x85\t\r\x0b\x0c\x1c_#~|\x00"
LATIN1 = "éÉñÑüÜçßÿªº¹´¨¯¸¿¡«»×÷§·\x80\x9f"  # letters, and what NFKC makes something else
ODD = "µ¼½¾"
PIECES = st.one_of(
    st.sampled_from(["Data", "but", "NOT", "it's", "x1", "while", "The"]),
    st.text(alphabet=MARKS + LATIN1 + " ab", max_size=4),
)


@given(st.lists(PIECES, max_size=30))
@example(["a", " ’- ", "b"])  # an apostrophe before a hyphen: no clause ends there
@example(["a", "…- b"])
@example(["x", ".'.", "y"])  # two sentence ends with an apostrophe between: three sentences
@example(["a", ", - ", "b"])  # a comma then a spaced hyphen: two clause ends
@example(["a", " - - ", "b"])
@example(["a", "\xa0-\x85", "b"])  # spaces beyond ASCII around a hyphen: a clause ends
def test_a_plain_answer_reads_as_the_rule_reads_it(pieces):
    text = "".join(pieces)
    plain = read_plain(text)
    assert plain is not None
    assert plain == read_word_by_word(text)


@given(st.text(max_size=20))
def test_any_text_reads_as_the_rule_reads_it_or_is_left_to_the_rule(text):
    plain = read_plain(text)
    if plain is not None:
        assert plain == read_word_by_word(text)


@given(st.text(alphabet=st.sampled_from(["a", " ", ".", "é", *ODD]), max_size=12))
def test_latin1_that_the_rule_folds_into_other_letters_reads_as_the_rule_reads_it(text):
    plain = read_plain(text)
    if plain is not None:
        assert plain == read_word_by_word(text)


def test_text_beyond_plain_is_left_to_the_rule():
    assert marked("它说：是的") is None
    assert marked("½ of them") is None  # NFKC makes it "1⁄2"
    assert marked("a café, ¿no? Tom’s “fair” point — but not…") is not None
    assert read_plain("¿Qué DIJO el niño?") == (("qué", "dijo", "el", "niño"), (0,) * 4, (1,) * 4)
