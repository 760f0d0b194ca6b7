"""Source cards: the pack's ``[[cards]]`` read in and checked, and exercises' ``card`` checked.

A card states facts about the article's world (who publishes it, who wrote it, what
happened) in the pack's own words, each fact with a number pointing at one of the
card's sources, so that a teacher can check it. CloseRead never opens a source: a URL
is text to copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from closeread.core.files.problems import ProblemList
from closeread.core.pack.model import CardSource, Lesson, SourceCard
from closeread.core.pack.rendering import MAX_PROSE_CHARS, refusal
from closeread.core.toml.read import TomlFile

# A source's date: the day, month or year it bears, or the day it was read.
_DATE = re.compile(r"(accessed )?\d{4}(-\d{2}(-\d{2})?)?")
_CITED = re.compile(r"(?<!\\)\[(\d{1,4})\](?![(\[:])")  # [2], not a link's [text](...)


def cited_numbers(body: str) -> list[int]:
    """The source numbers a card's body cites, as ``[1]``, ``[2]``..., in order."""
    return [int(number) for number in _CITED.findall(body)]


def read_cards(meta: TomlFile, problems: ProblemList) -> tuple[SourceCard, ...]:
    """The cards of ``meta`` (already checked against its schema), with their problems."""
    cards: list[SourceCard] = []
    seen: set[str] = set()
    for index, item in enumerate(meta.data.get("cards", ())):
        at = ("cards", index)

        def error(message: str, *where: str | int, at: tuple = at) -> None:
            problems.error(meta.shown_path, message, *meta.at(*at, *where))

        def warning(message: str, *where: str | int, at: tuple = at) -> None:
            problems.warning(meta.shown_path, message, *meta.at(*at, *where))

        if item["id"] in seen:
            error(f'duplicate card id "{item["id"]}"', "id")
            continue
        seen.add(item["id"])
        sources = []
        for number, source in enumerate(item.get("sources", ())):
            cite = " ".join(source["cite"].split())
            if not cite:
                error("a source needs a cite: enough words to find it", "sources", number, "cite")
            date = source.get("date", "").strip()
            if date and not _DATE.fullmatch(date):
                warning(
                    f'the date "{date}" is not written as YYYY-MM-DD, YYYY-MM, YYYY or '
                    '"accessed YYYY-MM-DD"',
                    "sources",
                    number,
                    "date",
                )
            sources.append(CardSource(cite, date, source.get("url", "").strip()))
        body = item["body"].strip()
        if len(body) > MAX_PROSE_CHARS:
            error(f"the body is {len(body):,} characters long; at most {MAX_PROSE_CHARS:,}", "body")
        elif refusal(body):
            error(f"the body cannot be formatted: {refusal(body)}", "body")
        if not sources:
            warning("the card cites no source, so nobody can check its facts", "id")
        for number in sorted(set(cited_numbers(body))):
            if not 1 <= number <= len(sources):
                count = f"{len(sources)} source{'s' if len(sources) != 1 else ''}"
                warning(f"the body cites [{number}], but the card has {count}", "body")
        cards.append(SourceCard(item["id"], " ".join(item["title"].split()), body, tuple(sources)))
    return tuple(cards)


def check_card_references(
    lessons: list[tuple[Lesson, TomlFile]], card_ids: set[str], problems: ProblemList
) -> None:
    """Each exercise's ``card`` must name a card of the pack."""
    for _, toml in lessons:
        for where, named in _card_references(toml.data):
            if named not in card_ids:
                known = ", ".join(f'"{card}"' for card in sorted(card_ids)) or "none"
                problems.error(
                    toml.shown_path,
                    f'unknown card "{named}" (the pack\'s cards: {known})',
                    *toml.at(*where, "card"),
                )


def _card_references(data: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    for index, exercise in enumerate(data.get("exercises", ())):
        if exercise.get("card"):
            yield ("exercises", index), exercise["card"]
