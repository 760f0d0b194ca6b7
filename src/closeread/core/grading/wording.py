"""Reading a short answer for what keyword matching misses: denials and word salads.

A rubric finds its terms in an answer, but "It is not true that he seems fair"
contains "fair", and "attended delegates does not show" contains a term of every
criterion without saying anything. A teacher marking by hand would give neither full
credit. This module reads an answer the way :mod:`closeread.core.kinds.short` needs,
with rules simple enough to explain to a teacher (docs/scoring.md, "Short answer"):

* **A denied term.** A term is denied when a negation (*not, no, never, nor, none,
  nothing, cannot* or a word ending in *n't*) stands at most three words before it in
  the same clause (clauses end at punctuation and at *but, however, although, though,
  whereas, yet, while*), or when its sentence contains a denial (*not true, isn't
  true, untrue, not the case, false*). A negation that is itself part of a rubric term ("does not
  show") denies nothing: the rubric asked for it. A criterion that lists a negative
  term of its own expects the answer to deny something, so only a sentence's denial,
  never a nearby negation, cancels it.
* **A word salad.** Fewer than three of the answer's words lie outside the rubric's
  terms, or none of those words is verb-like (*is, are, was, does, can, would, shows,
  means* …, a word ending in *-ed*, or a word right after *I, you, he, she, it, we,
  they, this, that, which, who*).

Then :func:`probes` writes, from a rubric alone, the answers a gaming student would
try (its terms strung together; a sentence denying them), for ``closeread check``.
No Qt, no pack model: terms come in as plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from functools import cached_property, lru_cache
from typing import NamedTuple

from closeread.core.grading import plain_reading
from closeread.core.grading.normalise import normalise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WINDOW = 3  # how many words before a term a negation reaches
OWN_WORDS = 3  # fewer words than this outside the rubric's terms: a salad
NEGATIONS = _words(
    "not no never nor neither none nothing nobody cannot isnt arent wasnt werent dont "
    "doesnt didnt cant couldnt wont wouldnt shouldnt hasnt havent hadnt aint"
)
DENIALS = (
    *(("not", "true"), ("isnt", "true"), ("arent", "true"), ("wasnt", "true"), ("untrue",)),
    *(("not", "the", "case"), ("isnt", "the", "case"), ("false",)),
)
SUBJECTS = _words("i you he she it we they this that which who")
CLAUSE_WORDS = _words("but however although though whereas yet while")
VERBS = _words(
    "is are was were be been being am isnt arent wasnt werent has have had hasnt havent "
    "do does did dont doesnt didnt can could cannot cant will would wont wouldnt shall "
    "should may might must show shows showed shown mean means meant make makes made say "
    "says said prove proves give gives seem seems look looks think thinks admit admits "
    "want wants try tries use uses help helps get gets go goes come comes know knows "
    "follow follows tell tells take takes keep keeps put puts let lets need needs"
)
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_CLAUSE_END = re.compile(r"[,:()\[\]—–]+|\s-\s")
SALAD = "few words besides the rubric's own terms: a list of terms, not a sentence"


class Reading:
    """An answer's normalised words, and the sentence and clause each word stands in.

    The words are read at once; where sentences and clauses end is worked out only when
    first asked for, because most answers deny nothing and need neither.
    """

    def __init__(self, text: str) -> None:
        self._source = text
        plain = plain_reading.words_of(text)
        self._plain = plain is not None
        self.words = tuple(plain if plain is not None else normalise(text).split())

    @property
    def sentence(self) -> tuple[int, ...]:
        """Each word's sentence, numbered from 0 (numbers only tell sentences apart)."""
        return self._numbers[0]

    @property
    def clause(self) -> tuple[int, ...]:
        """Each word's clause, numbered across the answer."""
        return self._numbers[1]

    @cached_property
    def _numbers(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        marks = plain_reading.marked(self._source) if self._plain else None
        if marks is not None:
            sentences, clauses = plain_reading.numbers(marks, CLAUSE_WORDS)
        else:
            sentences, clauses = _numbers_by_rule(self._source)
        return tuple(sentences), tuple(clauses)

    @cached_property
    def text(self) -> str:
        """The answer as :func:`normalise` gives it: its words, a space apart (the marks
        that end sentences and clauses are no part of a word)."""
        return " ".join(self.words)

    @cached_property
    def _padded(self) -> str:
        return f" {self.text} "

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.words)

    def has(self, phrase: Sequence[str]) -> bool:
        """Whether the normalised ``phrase`` occurs (``places`` would find it)."""
        if not phrase or not self.vocabulary.issuperset(phrase):
            return False
        return len(phrase) == 1 or f" {' '.join(phrase)} " in self._padded

    def places(self, phrase: Sequence[str]) -> list[int]:
        """Where the normalised ``phrase`` starts, as word positions, in order.

        A long answer is read against many terms, most of them absent: those are known
        absent from the answer's set of words at once. A word is found by the tuple's
        own search; a longer phrase by searching the text, where a word's position is
        the count of spaces before it, counted on from the last place found.
        """
        if not phrase or not self.vocabulary.issuperset(phrase):
            return []
        found: list[int] = []
        if len(phrase) == 1:
            words, word, index = self.words, phrase[0], -1
            with suppress(ValueError):
                while True:
                    index = words.index(word, index + 1)
                    found.append(index)
            return found
        padded, needle = self._padded, f" {' '.join(phrase)} "
        index = counted = 0
        at = padded.find(needle)
        while at >= 0:
            index += padded.count(" ", counted, at)
            counted = at
            found.append(index)
            at = padded.find(needle, at + 1)
        return found


def read(text: str) -> Reading:
    """The words of ``text`` as :func:`normalise` gives them, with their places."""
    return Reading(text)


def _numbers_by_rule(text: str) -> tuple[list[int], list[int]]:
    """Each word's sentence and clause: a new sentence at each run of sentence ends, a
    new clause at each clause end and before each clause word."""
    return plain_reading.numbered(
        (
            (normalise(piece).split() for piece in _CLAUSE_END.split(sentence))
            for sentence in _SENTENCE_END.split(text)
        ),
        CLAUSE_WORDS,
    )


class Found(NamedTuple):
    """Where a term occurs in a reading: the word positions it starts at, and its size."""

    starts: list[int]
    size: int


def occurrences(reading: Reading, term: str) -> Found:
    """Where the (raw) ``term`` occurs in ``reading``."""
    words = phrase(term)
    return Found(reading.places(words), len(words))


@lru_cache(maxsize=4096)
def phrase(term: str) -> tuple[str, ...]:
    """A rubric term's or an accepted answer's words, normalised once for every answer."""
    return tuple(normalise(term).split())


def covered(found: Iterable[Found]) -> set[int]:
    """The word positions that some of the occurrences ``found`` cover."""
    positions: set[int] = set()
    for starts, size in found:
        if size == 1:
            positions.update(starts)
        else:
            positions.update(index for start in starts for index in range(start, start + size))
    return positions


class TermsRead:
    """A rubric's terms as one answer holds them: whether each occurs, and, only when a
    question needs it, where.

    Most answers hold no negation and no denial; then a term that occurs is never
    denied, and whether the answer is a sentence can usually be told from its words
    alone. Where the terms stand is worked out only for the answers that need it.
    """

    def __init__(self, reading: Reading, terms: Iterable[str]) -> None:
        self.reading = reading
        self.phrases = {term: phrase(term) for term in terms}
        vocabulary = reading.vocabulary
        self.may_deny = not vocabulary.isdisjoint(NEGATIONS) or any(
            vocabulary.issuperset(denial) for denial in DENIALS
        )

    def present(self, term: str) -> bool:
        return self.reading.has(self.phrases[term])

    @cached_property
    def _found(self) -> dict[str, Found]:
        reading = self.reading
        return {term: Found(reading.places(p), len(p)) for term, p in self.phrases.items()}

    @cached_property
    def protected(self) -> set[int]:
        """The word positions the terms cover."""
        return covered(self._found.values())

    @cached_property
    def _denials(self) -> set[int]:
        return denying(self.reading, self.protected)

    def all_denied(self, terms: Sequence[str], *, near: bool) -> bool:
        """Whether every occurrence of ``terms`` (some of which occur) is denied."""
        if not self.may_deny:
            return False
        protected, reading, denials = self.protected, self.reading, self._denials
        return all(
            denied(reading, start, protected, denials, near=near)
            for term in terms
            for start in self._found[term].starts
        )

    def is_salad(self) -> bool:
        """:func:`is_salad`; at once when enough different words lie outside the terms
        and one of them is verb-like (no term can cover them, wherever they stand)."""
        outside = self.reading.vocabulary.difference(*self.phrases.values())
        if len(outside) >= OWN_WORDS and (
            not outside.isdisjoint(VERBS) or any(_past(word) for word in outside)
        ):
            return False
        return is_salad(self.reading, self.protected)


def _past(word: str) -> bool:
    return word.endswith("ed") and len(word) > 3


def is_negative(term: str) -> bool:
    """Whether a rubric term is itself a negation ("does not show", "unrelated" is not)."""
    return not NEGATIONS.isdisjoint(phrase(term))


def denying(reading: Reading, protected: set[int]) -> set[int]:
    """The sentences of ``reading`` holding a denial ("It is not true that ...") that is
    not part of a rubric term (``protected``: the positions the rubric's terms cover)."""
    return {
        reading.sentence[index]
        for denial in DENIALS
        for index in reading.places(denial)
        if protected.isdisjoint(range(index, index + len(denial)))
    }


def denied(
    reading: Reading, start: int, protected: set[int], denials: set[int], *, near: bool = True
) -> bool:
    """Whether the occurrence that starts at word ``start`` is denied: its sentence is in
    ``denials`` (:func:`denying`), or (when ``near``) a negation that is no rubric term
    stands just before it in its clause."""
    if denials and reading.sentence[start] in denials:
        return True
    if not near:
        return False
    return any(
        reading.words[index] in NEGATIONS
        and index not in protected
        and reading.clause[index] == reading.clause[start]
        for index in range(max(0, start - WINDOW), start)
    )


def is_salad(reading: Reading, protected: set[int]) -> bool:
    """Whether the answer is a list of the rubric's terms rather than a sentence."""
    words = reading.words
    if len(words) - len(protected) < OWN_WORDS:  # protected: some of the words' positions
        return True
    return not any(
        words[i] in VERBS or _past(words[i]) or (i > 0 and words[i - 1] in SUBJECTS)
        for i in range(len(words))
        if i not in protected
    )


def probes(criteria: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """What a gaming student would try on a rubric (each criterion's terms): its terms
    strung together, and a sentence denying them. Every term is used at least once;
    returns (what it is, the answer)."""
    lists = [[term for term in terms if normalise(term)] for terms in criteria]
    lists = [terms for terms in lists if terms]
    if not lists:
        return []
    found: list[tuple[str, str]] = []
    for k in range(max(len(terms) for terms in lists)):
        chosen = [terms[k % len(terms)] for terms in lists]
        found.append(("a list of its terms", " ".join(chosen)))
        found.append(
            ("a sentence denying its terms", f"It is not true that {' and '.join(chosen)}.")
        )
    return list(dict.fromkeys(found))
