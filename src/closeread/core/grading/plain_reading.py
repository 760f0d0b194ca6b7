"""Reading a plain answer's words, sentences and clauses with string methods only.

:func:`closeread.core.grading.wording.read` cuts an answer at sentence and clause ends
with regular expressions and normalises each piece with another: four passes in
Python's regex engine, most of the time a long answer took to score (issue 20 #8: a
32 MB hand-in holds 10,000 answers of 3,000 characters). Most answers are plain text:
Latin-1 (ASCII and the accented letters of western European languages), perhaps with
curly quotes, dashes or an ellipsis. For those,
:func:`marked` marks the ends with ``str.translate`` and ``str.replace``, and
:func:`words` and :func:`numbers` split what it gives: the same words, sentence numbers
and clause numbers, several times faster. Most answers deny nothing, and then only
their words are needed: :func:`words_of` reads those in one pass. Any other character
and both return ``None``, and the regex rule reads the answer.
``tests/core/grading/test_plain_reading.py`` holds the two to the same results.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from closeread.core.grading.normalise import folded

# The few characters beyond Latin-1 a plain answer is likely to hold, as the characters
# the rule treats alike: curly apostrophes vanish, quote marks and the ellipsis separate
# words, dashes end a clause; and "ß", which the rule folds to "ss".
_TYPOGRAPHIC = {"’": "'", "‘": "'", "ʼ": "'", "“": "#", "”": "#", "„": "#", "…": "#"}
_TYPOGRAPHIC |= {"—": ",", "–": ",", "ß": "ss"}

# Marks, after the table below: "." a sentence's end, "," a clause's end, " " space,
# "-" a hyphen (a clause's end only between spaces), "~" an apostrophe (gone once
# sentences and clauses are cut), "#" any other character that is not part of a word.
_SENTENCE_END = ".!?;\n"
_CLAUSE_END = ",:()[]"
_TABLE = str.maketrans(
    {
        **{chr(code): "#" for code in range(128)},
        **{c: " " for c in string.whitespace + "\x1c\x1d\x1e\x1f" if c != "\n"},
        **{c: c for c in string.ascii_lowercase + string.digits + "-"},
        **{c: c.lower() for c in string.ascii_uppercase},
        **dict.fromkeys(_SENTENCE_END, "."),
        **dict.fromkeys(_CLAUSE_END, ","),
        **dict.fromkeys("'`", "~"),
    }
)
_SPACED_HYPHEN = "|"  # cannot come from the table: it stands for " - " until clauses are cut


def _latin1(char: str) -> str | None:
    """The mark or letter a Latin-1 character beyond ASCII stands for, worked out by the
    rule itself (NFKC, casefold, no apostrophes; a space is a space); ``None`` when the
    rule makes it something else than one Latin-1 letter or one mark ("¼", "µ")."""
    if char.isspace():
        return " "
    said = folded(char)
    if not said:
        return "~"
    if re.fullmatch(r"[\W_]+", said):
        return "#"
    if len(said) == 1 and ord(said) < 256:
        return said
    return None


_LATIN1 = {chr(code): _latin1(chr(code)) for code in range(128, 256)}
_ODD = "".join(char for char, mark in _LATIN1.items() if mark is None)
_BYTES_TABLE = "".join(
    [str(_TABLE[code]) for code in range(128)] + [_LATIN1[c] or c for c in _LATIN1]
).encode("latin-1")


# The same, for the words alone: every mark a space (apostrophes are dropped after: a
# table that deletes is not translated on str.translate's quick path).
_WORD_TABLE = {code: " " if mark in ".,#-" else mark for code, mark in _TABLE.items()}
_WORD_BYTES = _BYTES_TABLE.translate(bytes.maketrans(b".,#-", b"    "))


def marked(text: str) -> str | None:
    """``text`` with its words normalised and its sentence and clause ends marked ("."
    and "," for each run, "|" for a hyphen between spaces), the rest spaces; ``None``
    when ``text`` is not plain."""
    text = _typographic(text)
    if text.isascii():
        marks = text.translate(_TABLE)
    else:  # accented letters: the bytes' own translate, as quick as for ASCII
        latin1 = _latin1_bytes(text)
        if latin1 is None:
            return None
        marks = latin1.translate(_BYTES_TABLE).decode("latin-1")
    marks = marks.replace(" - ", _SPACED_HYPHEN)
    marks = _single(_single(marks, "."), ",")
    return marks.replace("#", " ").replace("-", " ").replace("~", "")


def words_of(text: str) -> list[str] | None:
    """The words of ``text`` as :func:`~closeread.core.grading.normalise.normalise`
    gives them, read in one pass (no sentence or clause ends to mark); ``None`` when
    ``text`` is not plain (then :func:`marked` is ``None`` too)."""
    text = _typographic(text)
    if text.isascii():
        spaced = text.translate(_WORD_TABLE)
    else:
        latin1 = _latin1_bytes(text)
        if latin1 is None:
            return None
        spaced = latin1.translate(_WORD_BYTES).decode("latin-1")
    return spaced.replace("~", "").split()


def words(marks: str) -> list[str]:
    """The words of a :func:`marked` text (the same as :func:`words_of` its text)."""
    return marks.replace(".", " ").replace(",", " ").replace(_SPACED_HYPHEN, " ").split()


def _typographic(text: str) -> str:
    for mark, replacement in _TYPOGRAPHIC.items():
        if mark in text:
            text = text.replace(mark, replacement)
    return text


def _latin1_bytes(text: str) -> bytes | None:
    """``text`` as Latin-1, if it is Latin-1 and holds no letter the rule folds into
    others."""
    try:
        latin1 = text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return None if any(odd in text for odd in _ODD) else latin1


def numbers(marks: str, clause_words: frozenset[str]) -> tuple[list[int], list[int]]:
    """Each word's sentence and clause number in a :func:`marked` text, as
    :func:`~closeread.core.grading.wording.read` numbers them (a new clause also
    before each of ``clause_words``)."""
    return numbered(
        (
            (piece.split() for piece in sentence.replace(_SPACED_HYPHEN, ",").split(","))
            for sentence in marks.split(".")
        ),
        clause_words,
    )


def numbered(
    sentences: Iterable[Iterable[list[str]]], clause_words: frozenset[str]
) -> tuple[list[int], list[int]]:
    """Each word's sentence and clause number, given each sentence's pieces (the words
    between clause ends): a new clause at each piece, and before each of
    ``clause_words``. The one numbering, whichever way the pieces were cut."""
    in_sentence: list[int] = []
    in_clause: list[int] = []
    clause = 0
    for number, pieces in enumerate(sentences):
        for said in pieces:
            clause += 1
            if clause_words.isdisjoint(said):  # most pieces: one clause, added at once
                in_sentence += [number] * len(said)
                in_clause += [clause] * len(said)
                continue
            for word in said:
                if word in clause_words:
                    clause += 1
                in_sentence.append(number)
                in_clause.append(clause)
    return in_sentence, in_clause


def _single(text: str, mark: str) -> str:
    """``text`` with every run of ``mark`` made one (a run is one sentence or clause end)."""
    double = mark + mark
    while double in text:
        text = text.replace(double, mark)
    return text
