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

from PySide6.QtCore import QCoreApplication

from closeread.ui.editor.fields import Field


def _tr(text: str) -> str:
    return QCoreApplication.translate("kinds", text)


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
    return [EntryListSpec(
        "options", _tr("Options"),
        [Field("text", _tr("Te&xt"), "text", required=True),
         Field("weight", _tr("&Weight (%)"), "number", default=0, minimum=-100, tip=_tr(
             "Percent of the points this option is worth: 100 for the right answer, "
             "a share for one of several right answers, below 0 to take points off."
         )),
         Field("feedback", _tr("&Feedback"), "text")],
        lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('text'))}",
        {"text": _tr("New option"), "weight": 0},
    )]  # fmt: skip


def _short_fields() -> list[Field]:
    return [
        Field("accept", _tr("&Accepted answers"), "lines", tip=_tr(
            "One answer a line. Each is worth full points; case, spaces and "
            "punctuation do not matter. Other answers go to you for review."
        )),
        Field("model_answer", _tr("&Model answer"), "text"),
        Field("auto_score", _tr("A full rubric score is &final"), "bool", default=False,
              tip=_tr(
            "Off (the default): every answer the rubric scores comes to you with a "
            "provisional score. Turn it on only when no answer could meet the rubric "
            "in full without being right."
        )),
    ]  # fmt: skip


def _short_lists() -> list[EntryListSpec]:
    return [EntryListSpec(
        "rubric", _tr("Rubric"),
        [Field("name", _tr("&Criterion"), "line", required=True),
         Field("terms", _tr("&Words"), "lines", required=True, tip=_tr(
             "Met when the answer contains any of these words or phrases, one a line."
         )),
         Field("weight", _tr("&Weight (%)"), "number", default=50, minimum=1),
         Field("feedback", _tr("&Feedback"), "text", tip=_tr("Shown when it is not met."))],
        lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('name'))}",
        {"name": _tr("new criterion"), "terms": [_tr("word")], "weight": 50},
    )]  # fmt: skip


def _match_fields() -> list[Field]:
    return [
        Field("left_title", _tr("&Left column"), "line"),
        Field("right_title", _tr("&Right column"), "line"),
        Field("distractors", _tr("&Distractors"), "lines", tip=_tr(
            "Extra right-hand items that match nothing, one a line."
        )),
    ]  # fmt: skip


def _match_lists() -> list[EntryListSpec]:
    return [EntryListSpec(
        "pairs", _tr("Pairs"),
        [Field("left", _tr("&Left"), "line", required=True),
         Field("right", _tr("&Right"), "line", required=True),
         Field("explanation", _tr("&Explanation"), "text")],
        lambda e: f"{one_line(e.get('left'), 28)} → {one_line(e.get('right'), 28)}",
        {"left": _tr("left"), "right": _tr("right")},
    )]  # fmt: skip


def _writing_lists() -> list[EntryListSpec]:
    return [
        EntryListSpec(
            "criteria", _tr("Rubric: criteria"),
            [Field("name", _tr("&Criterion"), "line", required=True),
             Field("weight", _tr("&Weight (%)"), "number", default=25, minimum=1, tip=_tr(
                 "Percent of the points; the criteria's weights add up to 100."
             )),
             Field("levels", _tr("&Levels"), "levels", required=True, tip=_tr(
                 "What an answer at each level looks like: you give each criterion a "
                 "level from 0 to 3, and students read these descriptors."
             ))],
            lambda e: f"{e.get('weight', 0):g}% · {one_line(e.get('name'))}",
            {"name": _tr("new criterion"), "weight": 25, "levels": _new_levels()},
        ),
        EntryListSpec(
            "exemplars", _tr("Exemplars (shown after handing in)"),
            [Field("level", _tr("&Level"), "line", required=True, tip=_tr(
                "A short label: \"Strong (about 3 on every criterion)\"."
            )),
             Field("text", _tr("&Answer"), "text", required=True),
             Field("commentary", _tr("C&ommentary"), "text", tip=_tr(
                 "Why it earns that level."
             ))],
            lambda e: one_line(e.get("level")),
            {"level": _tr("Strong"), "text": _tr("An answer at that level.")},
        ),
    ]  # fmt: skip


def _new_levels() -> list[str]:
    return [
        _tr("Missing, or off the point."),
        _tr("Attempted, with serious gaps."),
        _tr("Sound."),
        _tr("Precise and developed throughout."),
    ]


def _new_writing() -> tuple[str, dict[str, Any]]:
    criterion = {"name": _tr("Argument"), "weight": 100, "levels": _new_levels()}
    fields = {"prompt": _tr("Write a response of 250 to 400 words."), "points": 12}
    return _tr("Write a response"), fields | {
        "attempts": 1, "words": [250, 400], "criteria": [criterion],
    }  # fmt: skip


def _new_analogy() -> tuple[str, dict[str, Any]]:
    part = {"step": "compared", "id": "compared", "kind": "short"}
    part |= {"title": _tr("What is compared with what?")}
    return _tr("Take the analogy apart"), {"parts": [part]}


EDITOR_KINDS: dict[str, EditorKind] = {
    "mark": EditorKind(
        name=lambda: _tr("Marking"),
        fields=lambda: [Field("labels", _tr("Labels"), "labels")],
        new=lambda: (
            _tr("Mark the passages"),
            {"prompt": _tr("Select the passages and label them.")},
        ),
    ),
    "choice": EditorKind(
        name=lambda: _tr("Choice"),
        fields=lambda: [
            Field("multiple", _tr("&Several answers may be right"), "bool", default=False),
            Field(
                "shuffle",
                _tr("S&huffle the options"),
                "bool",
                default=True,
                tip=_tr(
                    "Each student sees the options in an order of their own, the same every "
                    'time. Untick for options whose order matters (a scale, "all of the above").'
                ),
            ),
        ],
        lists=_choice_lists,
        new=lambda: (
            _tr("New question"),
            {
                "options": [
                    {"text": _tr("The right answer"), "weight": 100},
                    {"text": _tr("A wrong answer"), "weight": 0},
                ]
            },
        ),
    ),
    "short": EditorKind(
        name=lambda: _tr("Short answer"),
        fields=_short_fields,
        lists=_short_lists,
        new=lambda: (_tr("New question"), {"prompt": _tr("Answer in a sentence.")}),
    ),
    "match": EditorKind(
        name=lambda: _tr("Matching"),
        fields=_match_fields,
        lists=_match_lists,
        new=lambda: (
            _tr("Match each item"),
            {
                "pairs": [
                    {"left": _tr("first item"), "right": _tr("what it matches")},
                    {"left": _tr("second item"), "right": _tr("what it matches, too")},
                ]
            },
        ),
    ),
    "analogy": EditorKind(
        name=lambda: _tr("Analogy"), new=_new_analogy, own_points=False, hints=False
    ),
    "writing": EditorKind(
        name=lambda: _tr("Writing task"),
        fields=lambda: [
            Field(
                "words",
                _tr("&Word guide"),
                "words",
                tip=_tr(
                    "The length you ask for; students see their count against it, and are "
                    "asked before handing in an answer outside it."
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
