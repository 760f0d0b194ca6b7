"""A digest of the sources a standalone build is made from, to tell a stale build.

The PyInstaller spec writes it beside the built app (``dist/CloseRead.source-digest``);
``tests/test_standalone_build.py`` compares it with the checkout before testing the
build, so an old ``dist/`` is reported as stale rather than tested as if it were new.

    python packaging/source_digest.py      # prints the checkout's digest
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "src/closeread", "resources", "lessons")
IGNORED = {"__pycache__", ".DS_Store"}


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file the build takes from the checkout, sorted (no caches)."""
    found: list[Path] = []
    for name in SOURCES:
        top = root / name
        if top.is_file():
            found.append(top)
            continue
        for path in top.rglob("*"):
            cached = IGNORED.intersection(path.relative_to(root).parts)
            if path.is_file() and not cached and path.suffix not in (".pyc", ".pyo"):
                found.append(path)
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())


def source_digest(root: Path = ROOT) -> str:
    """SHA-256 over the names and contents of :func:`source_files`."""
    digest = hashlib.sha256()
    for path in source_files(root):
        name = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(b"%d:%s:%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()


if __name__ == "__main__":
    print(source_digest())
