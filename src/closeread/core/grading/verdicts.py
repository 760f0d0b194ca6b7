"""The words and symbols that say how an answer did: one set, used on every screen.

The feedback a student reads (:mod:`closeread.core.grading.feedback` and the kinds),
the exercise panel, the badges on the article and the library all take their verdicts
from here, so a near miss is "≈" everywhere, a wrong answer is "Not yet right" only
while the student may still try again, and points are written one way ("0 of 1
point", "2.5 of 4 points").

A verdict's ``tone`` says how the screens colour it (right, partly, wrong, none,
teacher); the colours themselves are the UI's. Importing this module is cheap (the
library and the reader need it at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.counting import FULL


@dataclass(frozen=True)
class Verdict:
    symbol: str
    word: str
    tone: str  # "right", "partly", "wrong", "none" or "teacher"

    def __str__(self) -> str:
        return f"{self.symbol} {self.word}"


RIGHT = Verdict("✓", "Right", "right")
PARTLY = Verdict("◐", "Partly right", "partly")
NOT_YET = Verdict("✗", "Not yet right", "wrong")  # while another attempt is allowed
WRONG = Verdict("✗", "Not right", "wrong")  # once no attempt is left
NO_ANSWER = Verdict("○", "No answer", "none")
PROVISIONAL = Verdict("✎", "Provisional", "teacher")
HANDED_IN = Verdict("✉", "Handed in", "teacher")
NOT_MATCHED = Verdict("○", "Not matched", "none")  # a matching item left blank
NEEDED = Verdict("○", "You needed this one", "right")  # a right option not chosen

# What checking says about one mark on the article (a span outcome's kind).
OUTCOMES = {
    "hit": Verdict("✓", "Right", "right"),
    "partial": Verdict("≈", "Nearly", "partly"),
    "wrong_label": Verdict("✗", "Wrong label", "wrong"),
    "extra": Verdict("?", "Not in the key", "none"),
    "missed": Verdict("!", "Missed", "wrong"),
}


def status_verdict(status: str, *, final: bool) -> Verdict:
    """The verdict on a whole answer (a grade's status); ``final``: no attempt is left,
    so a wrong answer is "Not right", not "Not yet right"."""
    return {
        "correct": RIGHT,
        "partial": PARTLY,
        "incorrect": WRONG if final else NOT_YET,
        "unanswered": NO_ANSWER,
        "needs_review": PROVISIONAL,
        "pending": HANDED_IN,
    }.get(status, Verdict("•", status, "none"))


def item_verdict(right: bool, *, final: bool) -> Verdict:
    """The verdict on one item of an answer (an option, a pair)."""
    if right:
        return RIGHT
    return WRONG if final else NOT_YET


def outcome_verdict(kind: str) -> Verdict:
    """The verdict on one mark: "hit", "partial", "wrong_label", "extra" or "missed"."""
    return OUTCOMES.get(kind, Verdict("•", kind, "none"))


def score_verdict(fraction: float) -> Verdict:
    """The verdict a score alone gives (the library's list of exercises)."""
    if fraction >= FULL:
        return RIGHT
    return PARTLY if fraction > 0 else WRONG


def number(value: float) -> str:
    """Points as people write them: 3, 2.5, 0.75."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def points(value: float) -> str:
    """ "1 point", "0 points", "2.5 points"."""
    return f"{number(value)} {'point' if number(value) == '1' else 'points'}"


def points_of(earned: float, possible: float) -> str:
    """ "0 of 1 point", "2.5 of 4 points": the unit agrees with the number it follows."""
    return f"{number(earned)} of {points(possible)}"
