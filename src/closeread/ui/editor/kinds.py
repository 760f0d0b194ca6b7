"""What the pack editor knows of each exercise kind, in one place: its name, its fields,
its lists of entries, and what a new one holds.

The core registers the kinds (:mod:`closeread.core.kinds.registry`) and the exercise
panel their widgets (:mod:`closeread.ui.exercises.kinds`); this is the editor's third
of a kind. Fields every exercise has (id, title, prompt, scoring, explanation, hints)
are the forms' own (:mod:`closeread.ui.editor.forms`). A test holds these keys to the
core's list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from closeread.ui.common.i18n import translate
from closeread.ui.editor.fields import Field


def one_line(text: Any, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class EntryListSpec:
    """A list of entries of an exercise (options, rubric, pairs, hints) in its form."""

    name: str  # the key in the lesson file
    title: str
    fields: list[Field]
    summary: Callable[[dict[str, Any]], str]  # one line for the list
    new: dict[str, Any]  # a new entry


@dataclass(frozen=True)
class EditorKind:
    name: Callable[[], str]  # shown in menus, the outline and headings
    fields: Callable[[], list[Field]] = list  # its own, after id, title and prompt
    lists: Callable[[], list[EntryListSpec]] = list  # its own, before the hints
    new: Callable[[], tuple[str, dict[str, Any]]] = field(default=lambda: ("", {}))
    own_points: bool = True  # False: worth the sum of its parts
    hints: bool = True


def _choice_lists() -> list[EntryListSpec]:
    return [
        EntryListSpec(
            "options",
            translate("kinds", "Options"),
            [
                Field("text", translate("kinds", "Te&xt"), "text", required=True),
                Field(
                    "weight",
                    translate("kinds", "&Weight (%)"),
                    "number",
                    default=0,
                    minimum=-100,
                    tip=translate(
                        "kinds",
                        "Percent of the points this option is worth: 100 for the right answer, "
                        "a share for one of several right answers, below 0 to take points off.",
                    ),
                ),
                Field("feedback", translate("kinds", "&Feedback"), "text"),
            ],
            lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('text'))}",
            {"text": translate("kinds", "New option"), "weight": 0},
        )
    ]


def _short_fields() -> list[Field]:
    return [
        Field(
            "accept",
            translate("kinds", "&Accepted answers"),
            "lines",
            tip=translate(
                "kinds",
                "One answer a line. Each is worth full points; case, spaces and "
                "punctuation do not matter. Other answers go to you for review.",
            ),
        ),
        Field("model_answer", translate("kinds", "&Model answer"), "text"),
        Field(
            "auto_score",
            translate("kinds", "A full rubric score is &final"),
            "bool",
            default=False,
            tip=translate(
                "kinds",
                "Off (the default): every answer the rubric scores comes to you with a "
                "provisional score. Turn it on only when no answer could meet the rubric "
                "in full without being right.",
            ),
        ),
    ]


def _short_lists() -> list[EntryListSpec]:
    return [
        EntryListSpec(
            "rubric",
            translate("kinds", "Rubric"),
            [
                Field("name", translate("kinds", "&Criterion"), "line", required=True),
                Field(
                    "terms",
                    translate("kinds", "&Words"),
                    "lines",
                    required=True,
                    tip=translate(
                        "kinds",
                        "Met when the answer contains any of these words or phrases, one a line.",
                    ),
                ),
                Field("weight", translate("kinds", "&Weight (%)"), "number", default=50, minimum=1),
                Field(
                    "feedback",
                    translate("kinds", "&Feedback"),
                    "text",
                    tip=translate("kinds", "Shown when it is not met."),
                ),
            ],
            lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('name'))}",
            {
                "name": translate("kinds", "new criterion"),
                "terms": [translate("kinds", "word")],
                "weight": 50,
            },
        )
    ]


def _match_fields() -> list[Field]:
    return [
        Field("left_title", translate("kinds", "&Left column"), "line"),
        Field("right_title", translate("kinds", "&Right column"), "line"),
        Field(
            "distractors",
            translate("kinds", "&Distractors"),
            "lines",
            tip=translate("kinds", "Extra right-hand items that match nothing, one a line."),
        ),
    ]


def _match_lists() -> list[EntryListSpec]:
    return [
        EntryListSpec(
            "pairs",
            translate("kinds", "Pairs"),
            [
                Field("left", translate("kinds", "&Left"), "line", required=True),
                Field("right", translate("kinds", "&Right"), "line", required=True),
                Field("explanation", translate("kinds", "&Explanation"), "text"),
            ],
            lambda e: f"{one_line(e.get('left'), 28)} → {one_line(e.get('right'), 28)}",
            {"left": translate("kinds", "left"), "right": translate("kinds", "right")},
        )
    ]


def _writing_lists() -> list[EntryListSpec]:
    return [
        EntryListSpec(
            "criteria",
            translate("kinds", "Rubric: criteria"),
            [
                Field("name", translate("kinds", "&Criterion"), "line", required=True),
                Field(
                    "weight",
                    translate("kinds", "&Weight (%)"),
                    "number",
                    default=25,
                    minimum=1,
                    tip=translate(
                        "kinds", "Percent of the points; the criteria's weights add up to 100."
                    ),
                ),
                Field(
                    "levels",
                    translate("kinds", "&Levels"),
                    "levels",
                    required=True,
                    tip=translate(
                        "kinds",
                        "What an answer at each level looks like: you give each criterion a "
                        "level from 0 to 3, and students read these descriptors.",
                    ),
                ),
            ],
            lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('name'))}",
            {"name": translate("kinds", "new criterion"), "weight": 25, "levels": _new_levels()},
        ),
        EntryListSpec(
            "exemplars",
            translate("kinds", "Exemplars (shown after handing in)"),
            [
                Field(
                    "level",
                    translate("kinds", "&Level"),
                    "line",
                    required=True,
                    tip=translate("kinds", 'A short label: "Strong (about 3 on every criterion)".'),
                ),
                Field("text", translate("kinds", "&Answer"), "text", required=True),
                Field(
                    "commentary",
                    translate("kinds", "C&ommentary"),
                    "text",
                    tip=translate("kinds", "Why it earns that level."),
                ),
            ],
            lambda e: one_line(e.get("level")),
            {
                "level": translate("kinds", "Strong"),
                "text": translate("kinds", "An answer at that level."),
            },
        ),
    ]


def _new_levels() -> list[str]:
    return [
        translate("kinds", "Missing, or off the point."),
        translate("kinds", "Attempted, with serious gaps."),
        translate("kinds", "Sound."),
        translate("kinds", "Precise and developed throughout."),
    ]


def _new_writing() -> tuple[str, dict[str, Any]]:
    criterion = {"name": translate("kinds", "Argument"), "weight": 100, "levels": _new_levels()}
    fields = {"prompt": translate("kinds", "Write a response of 250 to 400 words."), "points": 12}
    return translate("kinds", "Write a response"), fields | {
        "attempts": 1,
        "words": [250, 400],
        "criteria": [criterion],
    }


def _new_analogy() -> tuple[str, dict[str, Any]]:
    part = {"step": "compared", "id": "compared", "kind": "short"}
    part |= {"title": translate("kinds", "What is compared with what?")}
    return translate("kinds", "Take the analogy apart"), {"parts": [part]}


EDITOR_KINDS: dict[str, EditorKind] = {
    "mark": EditorKind(
        name=lambda: translate("kinds", "Marking"),
        fields=lambda: [Field("labels", translate("kinds", "Labels"), "labels")],
        new=lambda: (
            translate("kinds", "Mark the passages"),
            {"prompt": translate("kinds", "Select the passages and label them.")},
        ),
    ),
    "choice": EditorKind(
        name=lambda: translate("kinds", "Choice"),
        fields=lambda: [
            Field(
                "multiple",
                translate("kinds", "&Several answers may be right"),
                "bool",
                default=False,
            ),
            Field(
                "shuffle",
                translate("kinds", "S&huffle the options"),
                "bool",
                default=True,
                tip=translate(
                    "kinds",
                    "Each student sees the options in an order of their own, the same every "
                    'time. Untick for options whose order matters (a scale, "all of the above").',
                ),
            ),
        ],
        lists=_choice_lists,
        new=lambda: (
            translate("kinds", "New question"),
            {
                "options": [
                    {"text": translate("kinds", "The right answer"), "weight": 100},
                    {"text": translate("kinds", "A wrong answer"), "weight": 0},
                ]
            },
        ),
    ),
    "short": EditorKind(
        name=lambda: translate("kinds", "Short answer"),
        fields=_short_fields,
        lists=_short_lists,
        new=lambda: (
            translate("kinds", "New question"),
            {"prompt": translate("kinds", "Answer in a sentence.")},
        ),
    ),
    "match": EditorKind(
        name=lambda: translate("kinds", "Matching"),
        fields=_match_fields,
        lists=_match_lists,
        new=lambda: (
            translate("kinds", "Match each item"),
            {
                "pairs": [
                    {
                        "left": translate("kinds", "first item"),
                        "right": translate("kinds", "what it matches"),
                    },
                    {
                        "left": translate("kinds", "second item"),
                        "right": translate("kinds", "what it matches, too"),
                    },
                ]
            },
        ),
    ),
    "analogy": EditorKind(
        name=lambda: translate("kinds", "Analogy"), new=_new_analogy, own_points=False, hints=False
    ),
    "writing": EditorKind(
        name=lambda: translate("kinds", "Writing task"),
        fields=lambda: [
            Field(
                "words",
                translate("kinds", "&Word guide"),
                "words",
                tip=translate(
                    "kinds",
                    "The length you ask for; students see their count against it, and are "
                    "asked before handing in an answer outside it.",
                ),
            )
        ],
        lists=_writing_lists,
        new=_new_writing,
    ),
}


def kind_name(kind: str) -> str:
    """The kind's name as the editor shows it ("Marking", "Short answer")."""
    known = EDITOR_KINDS.get(kind)
    return known.name() if known is not None else kind
