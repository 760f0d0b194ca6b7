"""A writing task's rubric, carried in a Moodle essay's "information for graders".

Moodle's essay question has no rubric: its graders read a free text, ``graderinfo``. So
a writing task exported to Moodle XML writes its criteria there as a table a grader can
read (each criterion, its weight and its four levels), marked
``data-closeread="rubric"``. When CloseRead imports an essay whose information for
graders is such a table, the criteria come back as they were; any other essay gets one
default criterion (:data:`~closeread.core.authoring.question_rules.DEFAULT_CRITERION`)
that the teacher rewrites.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from typing import Any

from closeread.core.pack.model import WritingCriterion

MARKER = 'data-closeread="rubric"'


def rubric_html(criteria: tuple[WritingCriterion, ...]) -> str:
    """The criteria as the table Moodle's graders read (and :func:`read_rubric` reads)."""
    header = "".join(f"<th>{cell}</th>" for cell in ("Criterion", "Weight (%)", "0", "1", "2", "3"))
    rows = [f"<tr>{header}</tr>"]
    for criterion in criteria:
        weight = round(criterion.weight * 100, 5)
        cells = [criterion.name, f"{weight:g}", *criterion.levels]
        rows.append("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>")
    return f"<table {MARKER}>" + "".join(rows) + "</table>"


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in {"td", "th"}:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self.cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def read_rubric(text: str) -> list[dict[str, Any]]:
    """The criteria of a table :func:`rubric_html` wrote; [] for any other text."""
    if MARKER not in text:
        return []
    parser = _Cells()
    parser.feed(text)
    parser.close()
    criteria = []
    for row in parser.rows[1:]:
        if len(row) != 6:
            return []
        try:
            weight = float(row[1])
        except ValueError:
            return []
        if not (row[0] and 0 < weight <= 100 and all(row[2:])):
            return []  # not a rubric a writing task can have: the teacher writes one
        number = int(weight) if weight == int(weight) else weight
        criteria.append({"name": row[0], "weight": number, "levels": row[2:]})
    return criteria
