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
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import groupby

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


@dataclass(frozen=True)
class Reading:
    """An answer's normalised words, and the sentence and clause each word stands in."""

    words: tuple[str, ...]
    sentence: tuple[int, ...]
    clause: tuple[int, ...]

    @cached_property
    def starts(self) -> dict[str, tuple[int, ...]]:
        """Each word's positions, so that a phrase is looked for only where its first
        word stands (a long answer is read against many terms)."""
        order = sorted(range(len(self.words)), key=self.words.__getitem__)  # stable
        return {word: tuple(places) for word, places in groupby(order, key=self.words.__getitem__)}


def read(text: str) -> Reading:
    """The words of ``text`` as :func:`normalise` gives them, with their places."""
    words: list[str] = []
    sentences: list[int] = []
    clauses: list[int] = []
    clause = 0
    for number, sentence in enumerate(_SENTENCE_END.split(text)):
        for piece in _CLAUSE_END.split(sentence):
            clause += 1
            said = normalise(piece).split()
            if CLAUSE_WORDS.isdisjoint(said):  # most pieces: one clause, added at once
                words += said
                sentences += [number] * len(said)
                clauses += [clause] * len(said)
                continue
            for word in said:
                if word in CLAUSE_WORDS:
                    clause += 1
                words.append(word)
                sentences.append(number)
                clauses.append(clause)
    return Reading(tuple(words), tuple(sentences), tuple(clauses))


def occurrences(reading: Reading, term: str) -> list[range]:
    """Where the (raw) ``term`` occurs in ``reading``, as ranges of word positions."""
    phrase = _phrase(term)
    size = len(phrase)
    if not size:
        return []
    words = reading.words
    return [
        range(start, start + size)
        for start in reading.starts.get(phrase[0], ())
        if words[start : start + size] == phrase
    ]


@lru_cache(maxsize=4096)
def _phrase(term: str) -> tuple[str, ...]:
    """A rubric term's words, normalised once however many answers it is looked for in."""
    return tuple(normalise(term).split())


def covered(reading: Reading, terms: Iterable[str]) -> set[int]:
    """The positions of ``reading`` that some occurrence of one of ``terms`` covers."""
    found: set[int] = set()
    for term in terms:
        for where in occurrences(reading, term):
            found.update(where)
    return found


def is_negative(term: str) -> bool:
    """Whether a rubric term is itself a negation ("does not show", "unrelated" is not)."""
    return any(word in NEGATIONS for word in normalise(term).split())


def denying(reading: Reading, protected: set[int]) -> set[int]:
    """The sentences of ``reading`` holding a denial ("It is not true that ...") that is
    not part of a rubric term (``protected``: the positions the rubric's terms cover)."""
    words = reading.words
    found: set[int] = set()
    for denial in DENIALS:
        for index in reading.starts.get(denial[0], ()):
            span = range(index, index + len(denial))
            if words[index : span.stop] == denial and protected.isdisjoint(span):
                found.add(reading.sentence[index])
    return found


def denied(
    reading: Reading, where: range, protected: set[int], denials: set[int], *, near: bool = True
) -> bool:
    """Whether the occurrence at ``where`` is denied: its sentence is in ``denials``
    (:func:`denying`), or (when ``near``) a negation that is no rubric term stands just
    before it in its clause."""
    start = where.start
    if reading.sentence[start] in denials:
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
    own = [index for index in range(len(words)) if index not in protected]
    if len(own) < OWN_WORDS:
        return True
    return not any(
        words[i] in VERBS
        or (words[i].endswith("ed") and len(words[i]) > 3)
        or (i > 0 and words[i - 1] in SUBJECTS)
        for i in own
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
