"""How wording.read cuts an answer, written the plain way its quick paths must match."""

from __future__ import annotations

from closeread.core.grading.normalise import normalise
from closeread.core.grading.wording import _CLAUSE_END, _SENTENCE_END, CLAUSE_WORDS


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
