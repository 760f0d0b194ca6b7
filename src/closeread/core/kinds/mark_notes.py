"""What checking says about each mark of a marking exercise, in pieces a list can show.

A :class:`SpanNote` is one mark (or, once the key may be shown, one key span nobody
marked): where it is, its verdict, the label it carries, a sentence on what to do about
it, the words that differ for a near miss, and the key's explanation when it may be
shown. The feedback's Markdown list (:mod:`closeread.core.kinds.mark`) and the app's
list of feedback are both written from these notes, so they say the same thing.

:class:`MarkTally` counts the outcomes for the one-line summary ("8 of 10 found · 1
wrong label · 1 extra"): a key span is *found* when a mark with its label paired with
it, exactly (a hit) or nearly (a near miss).
"""

from __future__ import annotations

from dataclasses import dataclass

from closeread.core.grading.difference import difference
from closeread.core.grading.spans import SpanLike, SpanOutcome, SpanResult
from closeread.core.grading.verdicts import Verdict, outcome_verdict
from closeread.core.i18n import translate
from closeread.core.kinds.base import Writer, inline


@dataclass(frozen=True)
class SpanNote:
    kind: str  # "hit", "partial", "wrong_label", "extra" or "missed"
    span: SpanLike  # where it is: the mark, or the key span nobody marked (with its label)
    advice: str  # Markdown on one line, lower case first ("worth marking, but not as …")
    differ: str = ""  # a near miss once the key is shown: " Extra words: “…”." (Markdown)
    explanation: str = ""  # the key span's explanation (Markdown), when it may be shown

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def label(self) -> str:
        return self.span.label

    @property
    def verdict(self) -> Verdict:
        return outcome_verdict(self.kind)


@dataclass(frozen=True)
class MarkTally:
    total: int  # key spans
    found: int  # key spans paired with a mark of their label (hits and near misses)
    partial: int  # of those found, the near misses
    wrong_label: int  # key spans marked with another label
    extra: int  # marks that paired with no key span
    missed: int  # key spans no mark paired with


def mark_tally(spans: SpanResult) -> MarkTally:
    """How the marks did, counted for the summary line."""
    keys = [outcome.kind for outcome in spans.key_outcomes]
    return MarkTally(
        total=len(keys),
        found=sum(1 for kind in keys if kind in ("hit", "partial")),
        partial=keys.count("partial"),
        wrong_label=keys.count("wrong_label"),
        extra=spans.count("extra"),
        missed=keys.count("missed"),
    )


def span_notes(spans: SpanResult, writer: Writer) -> list[SpanNote]:
    """A note per outcome in reading order; while attempts remain (``writer.reveal``
    False) the passages missed are left out and nothing gives the key away."""
    notes = []
    for outcome in spans.outcomes:
        if outcome.kind == "missed" and not writer.reveal:
            continue
        notes.append(_note(outcome, writer))
    return notes


def bullet(note: SpanNote, writer: Writer) -> str:
    """The note as a line of the feedback's Markdown list (without the "- ")."""
    symbol = note.verdict.symbol
    quote = writer.quote(note.span)
    why = f" {note.explanation}" if note.explanation else ""
    if note.kind == "extra":
        extra = translate("Feedback", "{quote} ({label}): {advice}")
        return f"{symbol} " + extra.format(
            quote=quote, label=writer.label(note.label), advice=note.advice
        )
    if note.kind == "missed":
        missed = translate("Feedback", "Missed: {quote}, {label}.")
        return f"{symbol} " + missed.format(quote=quote, label=writer.label(note.label)) + why
    line = translate("Feedback", "{quote}: {advice}").format(quote=quote, advice=note.advice)
    return f"{symbol} {line}{note.differ}{why}"


def _note(outcome: SpanOutcome, writer: Writer) -> SpanNote:
    mark, key = outcome.mark, outcome.key
    explanation = inline(outcome.explanation)
    shown = explanation if writer.reveal else ""
    if outcome.kind == "missed":
        assert key is not None
        return SpanNote("missed", key, "", "", shown)
    assert mark is not None
    where = (outcome.kind, mark)
    if outcome.kind == "hit":
        advice = translate("Feedback", "right, {label}.").format(label=writer.label(mark.label))
        return SpanNote(*where, advice, "", explanation)
    if outcome.kind == "extra":
        return SpanNote(
            *where, translate("Feedback", "matches nothing in the key, so it lowers the score.")
        )
    assert key is not None
    if outcome.kind == "partial":
        if not writer.reveal:
            advice = translate("Feedback", "the right passage; {adjust}.")
            return SpanNote(*where, advice.format(adjust=_adjust(writer, mark, key)))
        advice = translate("Feedback", "nearly right, {label} ({percent} credit).").format(
            label=writer.label(key.label), percent=_percent(outcome.credit)
        )
        return SpanNote(*where, advice, _words_that_differ(writer, mark, key), shown)
    if not writer.reveal:
        advice = translate("Feedback", "worth marking, but not as {label}.")
        return SpanNote(*where, advice.format(label=writer.label(mark.label)))
    advice = (
        translate("Feedback", "this is {key}, not {label} ({percent} credit).")
        if outcome.credit > 0
        else translate("Feedback", "this is {key}, not {label}.")
    ).format(
        key=writer.label(key.label),
        label=writer.label(mark.label),
        percent=_percent(outcome.credit),
    )
    return SpanNote(*where, advice, "", shown)


def _words_that_differ(writer: Writer, mark: SpanLike, key: SpanLike) -> str:
    """ " Extra words: “…”. Missing words: “…”." for a near miss, once the key is shown."""
    if writer.text is None:
        return " " + translate("Feedback", "The key marks {quote}.").format(quote=writer.quote(key))
    found = difference(writer.text, mark, key)
    said = ""
    joined = translate("Feedback", " and ", "joins the quotes of a list")
    if found.extra:
        extra = joined.join(writer.quote(span) for span in found.extra)
        said += " " + translate("Feedback", "Extra words: {quotes}.").format(quotes=extra)
    if found.missing:
        missing = joined.join(writer.quote(span) for span in found.missing)
        said += " " + translate("Feedback", "Missing words: {quotes}.").format(quotes=missing)
    return said


def _adjust(writer: Writer, mark: SpanLike, key: SpanLike) -> str:
    """Which end to move, without the key's words (while attempts remain)."""
    anyway = translate("Feedback", "adjust where it begins or ends")
    if writer.text is None:
        return anyway
    found = difference(writer.text, mark, key)
    begins = {
        "early": translate("Feedback", "it begins too early"),
        "late": translate("Feedback", "it begins too late"),
    }.get(found.starts)
    ends = {
        "early": translate("Feedback", "it ends too soon"),
        "late": translate("Feedback", "it ends too late"),
    }.get(found.ends)
    joined = translate("Feedback", " and ", "joins two things to do")
    return joined.join(part for part in (begins, ends) if part) or anyway


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"
