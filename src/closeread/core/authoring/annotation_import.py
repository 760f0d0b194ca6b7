"""W3C Web Annotations in, as the key of a marking exercise: a key drawn in another tool.

The file may hold an ``AnnotationCollection`` (its embedded pages), one
``AnnotationPage``, a JSON list of annotations or a single one. Each annotation must
name its passage by a ``TextQuoteSelector`` and its label by a ``TextualBody`` whose
``purpose`` is "tagging" (or "classifying"): the label's id or its name, in any case. A
"commenting" body becomes the span's explanation.

Anchoring is by quote, as CloseRead's keys are (docs/pack-format.md, section 6): the
exact words are looked for in the article's text (runs of spaces and line breaks may
differ); when they occur more than once, the prefix and suffix say which, and failing
that a ``TextPositionSelector`` whose start is one of the places. An annotation that
does not lead to exactly one place is refused with the reason, and so is the whole file:
nothing is written until every annotation anchors. The key is then written as CloseRead
writes keys: the exact words, with a prefix or suffix of whole words only when needed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from closeread.core.authoring.annotations import CONTEXT, AnnotationError
from closeread.core.files.depth import deeper_than
from closeread.core.pack.anchoring import MAX_COUNTED
from closeread.core.pack.model import Label

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_ANNOTATIONS = 10_000
_SPACE = re.compile(r"\s+")
_KEY_ID = re.compile(r":key:([a-z0-9][a-z0-9_-]*)$")


@dataclass(frozen=True)
class Anchored:
    """One annotation, placed: where it stands in the article and what it says."""

    number: int  # its place in the file, from 1
    start: int
    end: int
    label: str
    explanation: str = ""
    span_id: str = ""  # the key span's id, when the file is CloseRead's own export


def read_annotations(raw: bytes) -> list[dict[str, Any]]:
    """The annotations of a file, in order, or ``AnnotationError`` saying why not."""
    if len(raw) > MAX_BYTES:
        raise AnnotationError(f"the file is larger than {MAX_BYTES:,} bytes")
    try:
        document = json.loads(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError:
        raise AnnotationError("not an annotation file: it is not UTF-8 text") from None
    except (ValueError, RecursionError):
        raise AnnotationError("not an annotation file: it is not valid JSON") from None
    if deeper_than(document, MAX_DEPTH):
        raise AnnotationError(f"the file nests more than {MAX_DEPTH} levels deep")
    items: list[Any] = []
    if isinstance(document, list):
        items = document
    elif isinstance(document, dict) and _is(document, "AnnotationCollection"):
        page = document.get("first")
        while isinstance(page, dict) and len(items) <= MAX_ANNOTATIONS:
            items += page.get("items") or []
            page = page.get("next")
        if isinstance(page, str):
            raise AnnotationError(
                f'the collection\'s pages are not in the file (they are at "{page}"): '
                "save the collection with its pages embedded"
            )
    elif isinstance(document, dict) and _is(document, "AnnotationPage"):
        items = document.get("items") or []
    elif isinstance(document, dict) and _is(document, "Annotation"):
        items = [document]
    else:
        raise AnnotationError(
            "not a W3C Web Annotation file: no Annotation, AnnotationPage or "
            "AnnotationCollection in it"
        )
    if len(items) > MAX_ANNOTATIONS:
        raise AnnotationError(f"the file holds more than {MAX_ANNOTATIONS:,} annotations")
    return [item if isinstance(item, dict) else {} for item in items]


def anchor_all(
    annotations: list[dict[str, Any]], text: str, labels: tuple[Label, ...]
) -> tuple[list[Anchored], list[str]]:
    """Each annotation anchored in ``text`` with one of ``labels``; and a problem line
    ("annotation N: ...") for each that does not anchor."""
    anchored, problems = [], []
    for number, annotation in enumerate(annotations, start=1):
        name = f"annotation {number}"
        if isinstance(annotation.get("id"), str):
            name += f" ({annotation['id']})"
        try:
            if not _is(annotation, "Annotation"):
                raise AnnotationError('it is not an annotation (no "type": "Annotation")')
            selectors = _selectors(annotation)
            start, end = anchor_quote(text, selectors)
            label = label_of(annotation, labels)
        except AnnotationError as error:
            problems.append(f"{name}: {error}")
            continue
        found = _KEY_ID.search(str(annotation.get("id", "")))
        anchored.append(
            Anchored(
                number,
                start,
                end,
                label,
                explanation_of(annotation),
                found.group(1) if found else "",
            )
        )
    return anchored, problems


def anchor_quote(text: str, selectors: list[dict[str, Any]]) -> tuple[int, int]:
    """Where the ``TextQuoteSelector`` among ``selectors`` stands in ``text``."""
    quote = next((s for s in selectors if _is(s, "TextQuoteSelector")), None)
    if quote is None:
        raise AnnotationError(
            "it has no TextQuoteSelector: CloseRead places a key by the article's words"
        )
    exact, prefix, suffix = (str(quote.get(key) or "") for key in ("exact", "prefix", "suffix"))
    shown = _shorten(exact)
    if not exact.strip():
        raise AnnotationError("its TextQuoteSelector has no exact words")
    places = _occurrences(text, exact)
    if not places:
        raise AnnotationError(f"the quote is not in the article: {shown}")
    if len(places) == 1:
        return places[0]
    fitting: list[tuple[int, int]] = []
    for lenient in (False, True):
        fitting = [
            place
            for place in places
            if _fits_before(text, place[0], prefix, lenient)
            and _fits_after(text, place[1], suffix, lenient)
        ]
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            break
    position = next((s for s in selectors if _is(s, "TextPositionSelector")), None)
    if position is not None:
        at = [place for place in fitting or places if place[0] == position.get("start")]
        if len(at) == 1:
            return at[0]
    count = f"{len(places):,}" + (" or more" if len(places) >= MAX_COUNTED else "")
    raise AnnotationError(
        f"the quote occurs {count} times in the article, and its prefix and suffix do not "
        f"say which: {shown}"
    )


def label_of(annotation: dict[str, Any], labels: tuple[Label, ...]) -> str:
    """The label a "tagging" (or "classifying") body names, by id or by name."""
    tags = [
        str(body.get("value", "")).strip()
        for body in _bodies(annotation)
        if body.get("purpose") in {"tagging", "classifying"}
    ]
    wanted = {label.id: label.id for label in labels}
    wanted |= {label.name.casefold(): label.id for label in labels}
    wanted |= {label.id.casefold(): label.id for label in labels}
    found = list(dict.fromkeys(wanted[tag.casefold()] for tag in tags if tag.casefold() in wanted))
    listed = ", ".join(label.id for label in labels)
    if not found:
        given = f' ("{tags[0]}")' if tags else ""
        raise AnnotationError(
            f"its tag{given} is none of the exercise's labels ({listed}): tag it with one, "
            'in a TextualBody with "purpose": "tagging"'
        )
    if len(found) > 1:
        raise AnnotationError(f"it has more than one label ({', '.join(found)}); a span has one")
    return found[0]


def explanation_of(annotation: dict[str, Any]) -> str:
    notes = [
        str(body.get("value", "")).strip()
        for body in _bodies(annotation)
        if body.get("purpose") == "commenting"
    ]
    return "\n\n".join(note for note in notes if note)


def read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise AnnotationError(f"cannot read the file: {error.strerror or error}") from error


def _is(node: dict[str, Any], kind: str) -> bool:
    types = node.get("type", node.get("@type"))
    return kind in types if isinstance(types, list) else types == kind


def _bodies(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    body = annotation.get("body", [])
    bodies = body if isinstance(body, list) else [body]
    return [item for item in bodies if isinstance(item, dict)]


def _selectors(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    targets = annotation.get("target")
    for target in targets if isinstance(targets, list) else [targets]:
        if isinstance(target, dict):
            found = target.get("selector")
            given = found if isinstance(found, list) else [found]
            selectors: list[dict[str, Any]] = [s for s in given if isinstance(s, dict)]
            if any(_is(s, "TextQuoteSelector") for s in selectors):
                return selectors
    raise AnnotationError(
        "its target has no TextQuoteSelector: CloseRead places a key by the article's words"
    )


def _occurrences(text: str, exact: str) -> list[tuple[int, int]]:
    """Where ``exact`` stands in ``text`` (at most MAX_COUNTED places); when the words
    are not there as written, runs of spaces and line breaks may differ."""
    places: list[tuple[int, int]] = []
    at = text.find(exact)
    while at >= 0 and len(places) < MAX_COUNTED:
        places.append((at, at + len(exact)))
        at = text.find(exact, at + 1)
    if places or not exact.split():
        return places
    pattern = re.compile(r"\s+".join(re.escape(word) for word in exact.split()))
    for found in pattern.finditer(text):
        places.append(found.span())
        if len(places) >= MAX_COUNTED:
            break
    return places


def _fits_before(text: str, start: int, prefix: str, lenient: bool) -> bool:
    """Whether the text before ``start`` ends with ``prefix`` (spaces aside); leniently,
    also when the text starts sooner and ``prefix`` ends with all of it (the other tool's
    text had more before it: a title, say)."""
    wanted = _SPACE.sub(" ", prefix)
    if not wanted.strip():
        return True
    begin = start - 4 * len(prefix) - CONTEXT
    there = _SPACE.sub(" ", text[max(0, begin) : start])
    return there.endswith(wanted) or (lenient and begin <= 0 and wanted.endswith(there))


def _fits_after(text: str, end: int, suffix: str, lenient: bool) -> bool:
    """The same as :func:`_fits_before`, after ``end``."""
    wanted = _SPACE.sub(" ", suffix)
    if not wanted.strip():
        return True
    limit = end + 4 * len(suffix) + CONTEXT
    there = _SPACE.sub(" ", text[end:limit])
    return there.startswith(wanted) or (lenient and limit >= len(text) and wanted.startswith(there))


def _shorten(quote: str) -> str:
    flat = " ".join(quote.split())
    return f'"{flat}"' if len(flat) <= 60 else f'"{flat[:59]}…"'
