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

import msgspec

from closeread.core.counting import FULL
from closeread.core.i18n import QT_TRANSLATE_NOOP, Plurals, translate


class Verdict(msgspec.Struct, frozen=True):
    """How an outcome is shown: a symbol, a word and a tone (colour)."""

    symbol: str
    word: str
    tone: str  # "right", "partly", "wrong", "none" or "teacher"

    def __str__(self) -> str:
        return f"{self.symbol} {self.shown}"

    @property
    def shown(self) -> str:
        """The word in the interface's language (the UI's translator, when there is one)."""
        return translate("Verdicts", self.word)


RIGHT = Verdict("✓", QT_TRANSLATE_NOOP("Verdicts", "Right"), "right")
PARTLY = Verdict("◐", QT_TRANSLATE_NOOP("Verdicts", "Partly right"), "partly")
NOT_YET = Verdict(
    "✗", QT_TRANSLATE_NOOP("Verdicts", "Not yet right"), "wrong"
)  # while another attempt is allowed
WRONG = Verdict("✗", QT_TRANSLATE_NOOP("Verdicts", "Not right"), "wrong")  # once no attempt is left
NO_ANSWER = Verdict("○", QT_TRANSLATE_NOOP("Verdicts", "No answer"), "none")
PROVISIONAL = Verdict("✎", QT_TRANSLATE_NOOP("Verdicts", "Provisional"), "teacher")
HANDED_IN = Verdict("✉", QT_TRANSLATE_NOOP("Verdicts", "Handed in"), "teacher")
NOT_MATCHED = Verdict(
    "○", QT_TRANSLATE_NOOP("Verdicts", "Not matched"), "none"
)  # a matching item left blank
NEEDED = Verdict(
    "○", QT_TRANSLATE_NOOP("Verdicts", "You needed this one"), "right"
)  # a right option not chosen

# What checking says about one mark on the article (a span outcome's kind).
OUTCOMES = {
    "hit": Verdict("✓", QT_TRANSLATE_NOOP("Verdicts", "Right"), "right"),
    "partial": Verdict("≈", QT_TRANSLATE_NOOP("Verdicts", "Nearly"), "partly"),
    "wrong_label": Verdict("✗", QT_TRANSLATE_NOOP("Verdicts", "Wrong label"), "wrong"),
    "extra": Verdict("?", QT_TRANSLATE_NOOP("Verdicts", "Not in the key"), "none"),
    "missed": Verdict("!", QT_TRANSLATE_NOOP("Verdicts", "Missed"), "wrong"),
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
    """Points as data and English write them: 3, 2.5, 0.75 (reports, files)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def local_number(value: float) -> str:
    """Points as the interface's language writes them: 2.5 in English, 2,5 in Spanish."""
    point = translate("Numbers", ".", "the decimal point, as in 2.5 points")
    return number(value).replace(".", point)


def plural_count(value: float) -> int:
    """The count a translator's plural forms are chosen by for ``value`` points: the
    number itself when whole, else 2 (a fraction takes the plural in English, Spanish
    and Chinese: "1.5 points")."""
    shown = number(value)
    return int(shown) if shown.lstrip("-").isdigit() else 2


def points(value: float) -> str:
    """ "1 point", "0 points", "2.5 points"."""
    return Plurals.tr("{points} point(s)", "", plural_count(value)).format(
        points=local_number(value)
    )


def points_of(earned: float, possible: float) -> str:
    """ "0 of 1 point", "2.5 of 4 points": the unit agrees with the number it follows."""
    return Plurals.tr("{earned} of {possible} point(s)", "", plural_count(possible)).format(
        earned=local_number(earned), possible=local_number(possible)
    )
