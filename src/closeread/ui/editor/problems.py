"""The checker's problems, listed the way ``closeread check`` prints them, each one a link.

A problem names a file, a line and a column. For a lesson file the line leads back to
what is written there (``closeread.core.toml.positions.locate`` records where every key and
table stands): the exercise, the part of an analogy, the key span. Clicking the
problem (or Enter) asks the editor to go there; a problem that names no such place
selects its file in the outline.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from closeread.core.files.problems import Problem
from closeread.core.toml import positions as tomlpos
from closeread.core.toml.read import MAX_TOML_BYTES
from closeread.ui.common.outside_text import plain_tooltip
from closeread.ui.editor.session import EditSession

_PROBLEM = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Place:
    """Where a problem points: a file of the pack, and in a lesson file what is there."""

    rel: str
    ref: str = ""  # an exercise id, or "analogy-id/part-id"
    span_id: str = ""


def place_of(session: EditSession, problem: Problem) -> Place:
    """The exercise and key span at the problem's line and column, as far as known."""
    rel = session.rel_of(problem.path) or problem.path
    if rel not in session.lesson_files or not problem.line:
        return Place(rel)
    path = session.path_of(rel)
    try:
        raw = path.read_bytes() if path is not None else b""
        if len(raw) > MAX_TOML_BYTES:
            return Place(rel)
        text = raw.decode("utf-8").removeprefix("\ufeff")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Place(rel)
    return _place_in(rel, data, tomlpos.locate(text), (problem.line, problem.column or 1))


def _place_in(rel: str, data: dict, positions: dict, where: tuple[int, int]) -> Place:
    exact = [path for path, position in positions.items() if position == where]
    if not exact:  # the nearest thing written before the position
        before = [(position, path) for path, position in positions.items() if position <= where]
        if not before:
            return Place(rel)
        last = max(position for position, _ in before)
        exact = [path for position, path in before if position == last]
    path = max(exact, key=len)
    if len(path) < 2 or path[0] != "exercises" or not isinstance(path[1], int):
        return Place(rel)
    try:
        exercise = data["exercises"][path[1]]
        ref, rest = str(exercise["id"]), path[2:]
        table = exercise
        if len(rest) >= 2 and rest[0] == "parts" and isinstance(rest[1], int):
            table = exercise["parts"][rest[1]]
            ref, rest = f"{ref}/{table['id']}", rest[2:]
        span_id = ""
        if len(rest) >= 2 and rest[0] == "key" and isinstance(rest[1], int):
            span_id = str(table["key"][rest[1]].get("id", f"k{rest[1] + 1}"))
    except (KeyError, IndexError, TypeError, AttributeError):
        return Place(rel)
    return Place(rel, ref, span_id)


def problem_text(session: EditSession, problem: Problem) -> str:
    """``file:line:col: message``, the file named from the pack's folder."""
    where = session.rel_of(problem.path) or problem.path
    if problem.line:
        where += f":{problem.line}:{problem.column or 1}"
    return f"{where}: {problem.message}"


class ProblemsPanel(QWidget):
    """The checker's problems; ``placeActivated(Place)`` when one is clicked or entered."""

    placeActivated = Signal(object)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("problemsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setObjectName("problemsHeading")
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(
            self.tr("Enter or a click goes to the place a problem names.")
        )
        self.list.setIconSize(QSize(16, 16))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.heading.setBuddy(self.list)
        layout.addWidget(self.list)
        self.show_problems()

    def show_problems(self) -> None:
        problems = self.session.problems
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        style = self.style()
        self.list.clear()
        for problem in problems:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            text = problem_text(self.session, problem)
            item = QListWidgetItem(style.standardIcon(icon), text, self.list)
            item.setData(_PROBLEM, problem)
            severity = self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {text}")
            item.setToolTip(plain_tooltip(str(problem)))
        if not problems:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("No problems: the checker finds nothing to fix."),
                self.list,
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        counts = [
            self.tr("%n error(s)", "", errors),
            self.tr("%n warning(s)", "", warnings),
        ]
        self.heading.setText(self.tr("&Problems: {counts}").format(counts=", ".join(counts)))

    def problems(self) -> list[Problem]:
        found = (self.list.item(n).data(_PROBLEM) for n in range(self.list.count()))
        return [problem for problem in found if problem is not None]

    def item_for(self, problem: Problem) -> QListWidgetItem | None:
        for n in range(self.list.count()):
            if self.list.item(n).data(_PROBLEM) == problem:
                return self.list.item(n)
        return None

    def _activate(self, item: QListWidgetItem) -> None:
        problem = item.data(_PROBLEM)
        if problem is not None:
            self.placeActivated.emit(place_of(self.session, problem))
