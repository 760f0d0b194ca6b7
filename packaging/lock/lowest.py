"""Print pip constraints that pin each direct requirement to the lower bound of its range.

    .venv/bin/python packaging/lock/lowest.py > lowest.txt   (needs `packaging`)
    pip install -c lowest.txt -e '.[test]'

.ci/run installs the project this way in a fresh venv and runs the tests, so every lower
bound in pyproject.toml is one a CI run has tested. A requirement pinned with "==" keeps
its pin; one with no lower bound is left to the resolver.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement


def lowest(project: dict) -> list[str]:
    wanted = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        wanted += extra
    pins = set()
    for text in wanted:
        requirement = Requirement(text)
        for spec in requirement.specifier:
            if spec.operator in (">=", "=="):
                pins.add(f"{requirement.name}=={spec.version}")
    return sorted(pins, key=str.lower)


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sys.stdout.write("".join(f"{pin}\n" for pin in lowest(project)))
