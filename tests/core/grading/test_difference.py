"""Where a near miss differs from its key span, in whole words."""

from closeread.core.grading.difference import difference
from closeread.core.grading.tokens import Span

TEXT = (
    "And for the first time, the WIC is being co-organized with important international "
    "organizations."
)


def span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words), "x")


def words(found) -> list[str]:
    return [TEXT[piece.start : piece.end] for piece in found]


def test_extra_words_at_the_start_and_missing_words_at_the_end():
    mark = span("And for the first time, the WIC is being co-organized")
    key = span("the WIC is being co-organized with important international organizations")
    found = difference(TEXT, mark, key)
    assert words(found.extra) == ["And for the first time"]
    assert words(found.missing) == ["with important international organizations"]
    assert (found.starts, found.ends) == ("early", "early")


def test_a_mark_inside_the_key_misses_both_ends():
    found = difference(TEXT, span("first time"), span("for the first time, the WIC"))
    assert found.extra == ()
    assert words(found.missing) == ["for the", "the WIC"]
    assert (found.starts, found.ends) == ("late", "early")  # begins too late, ends too soon


def test_punctuation_and_spaces_are_no_difference():
    key = span("the WIC is being co-organized")
    mark = Span(key.start - 2, key.end + 1, "x")  # ", the WIC is being co-organized "
    found = difference(TEXT, mark, key)
    assert found.extra == () and found.missing == ()
    assert (found.starts, found.ends) == ("", "")


def test_the_same_span_differs_nowhere():
    key = span("important international organizations")
    assert difference(TEXT, key, key).extra == ()
