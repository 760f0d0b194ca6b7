"""normalise: its fast pattern against the rule it stands for."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from closeread.core.grading.normalise import normalise

# The rule as the module states it: apostrophes go, every run of non-word characters
# (underscores included) is one space.
RUN = re.compile(r"[\W_]+")
APOSTROPHES = dict.fromkeys(map(ord, "'‘’‚‛′`´ʼ"), None)


def by_the_rule(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(APOSTROPHES)
    return RUN.sub(" ", text).strip()


@given(st.text(alphabet="ab1 _.,;-—\t\n'’é中　\u00a0", max_size=40))
def test_every_run_of_non_word_characters_is_one_space(text):
    assert normalise(text) == by_the_rule(text)


def test_examples():
    assert normalise("  China’s  data,—  is__here!\t") == "chinas data is here"
    assert normalise("a b") == "a b"
    assert normalise("a _b") == "a b"
