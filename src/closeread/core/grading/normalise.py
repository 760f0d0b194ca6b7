"""Comparing short written answers the way a teacher would: not by case, spacing,
punctuation or the shape of quote marks.
"""

from __future__ import annotations

import re
import unicodedata

# Every apostrophe and single quote becomes nothing (so "China’s" and "Chinas" meet;
# "´" only in name: NFKC has made it a space and a combining accent by then),
# after which any run of what is not a letter or digit is one space. A lone space
# between words is such a run already: the pattern leaves it alone, which makes a long
# answer's normalising about a third faster than rewriting every space. The apostrophes
# go one by one with str.replace: str.translate looks up every character of a text
# that is not ASCII in its table, which took three times as long as all the rest.
_APOSTROPHES = "'‘’‚‛′`´ʼ"
_NOT_WORD = re.compile(r"(?:[^\w ]|_)[\W_]*| [\W_]+")


def normalise(text: str) -> str:
    """Lower case, NFKC, no punctuation, quote marks or underscores, single spaces."""
    return _NOT_WORD.sub(" ", folded(text)).strip()


def folded(text: str) -> str:
    """The first half of :func:`normalise`: NFKC, case folded, no apostrophes."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "")
    return text
