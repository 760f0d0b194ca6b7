"""Anchoring quotes to the article: properties over many texts, and the plain cases."""

from __future__ import annotations

import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from closeread.core.pack.anchoring import (
    INDEX_FROM,
    MAX_COUNTED,
    AnchorError,
    Anchors,
    QuoteAmbiguous,
    QuoteNotFound,
    TextQuote,
    anchor,
    count_occurrences,
    quote_for,
)

# A small alphabet makes repeated phrases likely; astral characters check code-point offsets.
SMALL = st.text(alphabet=st.sampled_from("ab .😀𠀀\n"), min_size=1, max_size=40)
ANY = st.text(min_size=1, max_size=60)
TEXTS = st.one_of(SMALL, ANY)


def brute_count(text: str, needle: str) -> int:
    return sum(text.startswith(needle, index) for index in range(len(text)))


@st.composite
def text_and_range(draw, texts=TEXTS):
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(text_and_range())
def test_a_unique_substring_anchors_back_to_its_own_offsets(case):
    text, start, end = case
    exact = text[start:end]
    assume(brute_count(text, exact) == 1)
    assert anchor(text, TextQuote(exact)) == (start, end)


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(text_and_range())
def test_quote_for_always_anchors_back(case):
    text, start, end = case
    quote = quote_for(text, start, end)
    assert quote.exact == text[start:end]
    assert anchor(text, quote) == (start, end)


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(text_and_range())
def test_quote_for_adds_no_context_to_a_unique_quote(case):
    text, start, end = case
    assume(brute_count(text, text[start:end]) == 1)
    assert quote_for(text, start, end) == TextQuote(text[start:end])


@st.composite
def ambiguous(draw):
    """A text holding a quote at least twice (built so, not filtered for: a random range
    is rarely ambiguous, and Hypothesis gives up on a test that discards most inputs)."""
    exact = draw(st.text(alphabet=st.sampled_from("ab .😀𠀀\n"), min_size=1, max_size=5))
    between = draw(st.lists(SMALL | st.just(""), min_size=3, max_size=4))
    return exact.join(between), exact


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(ambiguous())
def test_an_ambiguous_quote_says_how_often_it_occurs(case):
    text, exact = case
    count = brute_count(text, exact)
    with pytest.raises(QuoteAmbiguous) as raised:
        anchor(text, TextQuote(exact))
    assert raised.value.count == count == count_occurrences(text, exact)
    assert f"occurs {count} times" in str(raised.value)


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(TEXTS, st.text(min_size=1, max_size=10))
def test_a_quote_that_is_not_there_is_not_found(text, exact):
    assume(exact not in text)
    with pytest.raises(QuoteNotFound, match="is not in the article"):
        anchor(text, TextQuote(exact))


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(st.text(min_size=0, max_size=30), st.text(min_size=1, max_size=30))
def test_count_occurrences_counts_overlapping_matches(text, needle):
    assert count_occurrences(text, needle) == brute_count(text, needle)


def test_prefix_and_suffix_tell_repeated_words_apart():
    text = "the cat sat. the cat ran. the cat hid."
    assert anchor(text, TextQuote("the cat", suffix=" ran")) == (13, 20)
    assert anchor(text, TextQuote("the cat", prefix="ran. ")) == (26, 33)
    assert anchor(text, TextQuote("cat", prefix="the ", suffix=" sat")) == (4, 7)


def test_a_prefix_or_suffix_that_does_not_match():
    text = "the cat sat. the cat ran."
    with pytest.raises(QuoteNotFound, match="but not with this prefix/suffix"):
        anchor(text, TextQuote("the cat", suffix=" flew"))
    with pytest.raises(QuoteNotFound, match="is not in the article"):
        anchor(text, TextQuote("the dog", suffix=" ran"))


def test_overlapping_occurrences_count_as_ambiguous():
    with pytest.raises(QuoteAmbiguous) as raised:
        anchor("aaaa", TextQuote("aa"))
    assert raised.value.count == 3
    assert isinstance(raised.value, AnchorError)


def test_quote_for_uses_the_least_context_it_needs():
    text = "x" * 20 + " the cat " + "y" * 20 + " the cat " + "z" * 20
    start = text.rindex("the cat")
    quote = quote_for(text, start, start + 7)
    assert quote.exact == "the cat"
    assert len(quote.prefix) == len(quote.suffix) == 8
    assert anchor(text, quote) == (start, start + 7)


@pytest.mark.parametrize(("start", "end"), [(0, 0), (3, 2), (-1, 2), (0, 99)])
def test_quote_for_refuses_an_empty_or_outside_range(start, end):
    with pytest.raises(ValueError, match="no text between"):
        quote_for("some text", start, end)


def test_a_quote_found_everywhere_in_a_long_text_is_counted_only_so_far():
    text = "a" * 1_800_000
    with pytest.raises(QuoteAmbiguous, match="occurs 1,000 or more times") as raised:
        anchor(text, TextQuote("aa"))
    assert raised.value.count == MAX_COUNTED
    assert count_occurrences("abababa", "aba") == 3  # overlapping ones count
    assert count_occurrences("the cat and the hat", "the") == 2


# --- all the quotes of a pack, found together -------------------------------------------------


def outcome(place):
    """(start, end), or the error's type, message and count, of one way of anchoring."""
    try:
        return place()
    except AnchorError as error:
        return type(error), str(error), getattr(error, "count", None)


@st.composite
def text_and_quotes(draw):
    text = draw(SMALL)
    quotes = []
    for _ in range(draw(st.integers(1, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        before = draw(st.integers(0, 3))
        after = draw(st.integers(0, 3))
        prefix = text[max(0, start - before) : start]
        suffix = text[end : end + after]
        if draw(st.booleans()):  # a context that is not there
            prefix = draw(st.text(alphabet=st.sampled_from("ab .😀"), max_size=3)) + prefix
        quotes.append(TextQuote(text[start:end], prefix, suffix))
    quotes += [TextQuote(t) for t in draw(st.lists(st.text(alphabet="ab .", min_size=1)))]
    return text, quotes


@settings(deadline=None)  # timing under a loaded CI machine is not the point
@given(text_and_quotes())
def test_anchors_found_together_are_the_ones_found_one_at_a_time(case):
    text, quotes = case
    anchors = Anchors(text, quotes, index_from=0)  # with the index, however few they are
    for quote in quotes:
        assert outcome(lambda q=quote: anchors.anchor(q)) == outcome(
            lambda q=quote: anchor(text, q)
        )


def test_anchors_count_ambiguous_quotes_to_the_same_cap():
    text = "word " * (MAX_COUNTED + 5)
    anchors = Anchors(text, [TextQuote("word"), TextQuote("word", "word ")], index_from=0)
    for quote in (TextQuote("word"), TextQuote("word", "word ")):
        with pytest.raises(QuoteAmbiguous, match="1,000 or more times") as raised:
            anchors.anchor(quote)
        assert raised.value.count == MAX_COUNTED


def test_a_quote_the_anchors_were_not_built_with_is_anchored_alone():
    anchors = Anchors("one two three", [TextQuote("two")], index_from=0)
    assert anchors.anchor(TextQuote("three")) == (8, 13)
    assert anchors.anchor(TextQuote("two", suffix=" three")) == (4, 7)


def test_many_quotes_use_the_index_and_find_the_same_places():
    rng = random.Random(3)
    text = " ".join(rng.choice(["red", "green", "blue", "cat", "dog"]) for _ in range(3_000))
    starts = [rng.randrange(len(text) - 30) for _ in range(INDEX_FROM * 2)]
    quotes = [TextQuote(text[start : start + rng.randint(5, 30)]) for start in starts]
    quotes.append(TextQuote("cat dog", prefix="zebra "))
    anchors = Anchors(text, quotes)
    assert anchors._found  # built: enough quotes for the index
    for quote in quotes:
        assert outcome(lambda q=quote: anchors.anchor(q)) == outcome(
            lambda q=quote: anchor(text, q)
        )
