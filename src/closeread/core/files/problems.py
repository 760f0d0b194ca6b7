"""Problems found in a pack, printed the way compilers and linters print them."""

from __future__ import annotations

from typing import Literal, NamedTuple

import msgspec

Severity = Literal["error", "warning"]


class Problem(msgspec.Struct, frozen=True):
    """A problem found in a file of a pack, where the teacher can fix it."""

    path: str  # the file the teacher must edit, as the user named it
    message: str
    line: int = 0  # 1-based; 0 when the problem has no line
    column: int = 0
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.severity}: {self.message}"


class Place(NamedTuple):
    """Where something is written: the file as the user named it, line and column."""

    path: str
    line: int = 0
    column: int = 0


class ProblemList(list[Problem]):
    """Problems in the order they were found, with shorthands to add them."""

    def error(self, path: str, message: str, line: int = 0, column: int = 0) -> None:
        self.append(Problem(path, message, line, column, "error"))

    def warning(self, path: str, message: str, line: int = 0, column: int = 0) -> None:
        self.append(Problem(path, message, line, column, "warning"))

    @property
    def has_errors(self) -> bool:
        return any(problem.severity == "error" for problem in self)
