"""A student's answer as a statement carries it: marks written as W3C Web Annotations.

An answer is saved as the app makes it (``{"marks": [[start, end, label], ...]}``,
``{"selected": [...]}``, ``{"text": ...}``, ``{"matches": ...}``, ``{"parts": {...}}``).
In a statement every mark becomes an annotation that classifies a segment of the
article: the label is its body, and the segment is named twice, by a
``TextQuoteSelector`` (the exact words with a little text either side, as CloseRead's
own answer keys anchor) and by a ``TextPositionSelector`` (code points into the
article's canonical text, the unit the Web Annotation model counts in). Everything else
in the answer is kept as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = 32  # characters of prefix and suffix around a quote


def response_of(answer: Mapping[str, Any], text: str | None, source: str) -> dict[str, Any]:
    """``answer`` with its marks (at any depth: an analogy's parts) as annotations of
    ``source``, the article's IRI. ``text`` is the article's canonical text, or None when
    it is not at hand (the annotation then has the position selector only)."""
    out: dict[str, Any] = {}
    for key, value in answer.items():
        if key == "marks" and isinstance(value, list):
            out[key] = [annotation(mark, text, source) for mark in value]
        elif isinstance(value, Mapping):
            out[key] = response_of(value, text, source)
        else:
            out[key] = value
    return out


def annotation(mark: Any, text: str | None, source: str) -> dict[str, Any]:
    """One mark ``[start, end, label]`` as a Web Annotation with a classifying body."""
    start, end, label = int(mark[0]), int(mark[1]), str(mark[2])
    selectors: list[dict[str, Any]] = []
    if text is not None and 0 <= start <= end <= len(text):
        selectors.append(
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - CONTEXT) : start],
                "suffix": text[end : end + CONTEXT],
            }
        )
    selectors.append({"type": "TextPositionSelector", "start": start, "end": end})
    return {
        "type": "Annotation",
        "motivation": "classifying",
        "body": {"type": "TextualBody", "purpose": "classifying", "value": label},
        "target": {"source": source, "selector": selectors},
    }


def marks_of(annotations: list[Mapping[str, Any]]) -> list[list[Any]]:
    """The marks ``[start, end, label]`` back from annotations (what a reader of the LRS
    does to put a student's marks on the article again)."""
    marks = []
    for item in annotations:
        position = next(
            s for s in item["target"]["selector"] if s["type"] == "TextPositionSelector"
        )
        marks.append([position["start"], position["end"], item["body"]["value"]])
    return marks


def response_text(kind: str, answer: Mapping[str, Any]) -> str | None:
    """``result.response`` in the xAPI interaction format of the kind, where it has one:
    choices ``0[,]2``, matching ``0[.]1[,]1[.]3``, written answers the text itself."""
    if kind == "choice" and isinstance(answer.get("selected"), list):
        return "[,]".join(str(index) for index in answer["selected"])
    if kind == "match" and isinstance(answer.get("matches"), list):
        return "[,]".join(f"{pair[0]}[.]{pair[1]}" for pair in answer["matches"])
    if kind in ("short", "writing") and isinstance(answer.get("text"), str):
        return answer["text"]
    return None
