"""Helpers the storage tests share: a small pack, file hashes, child processes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from closeread.core.pack.model import (
    Article,
    ChoiceExercise,
    ChoiceOption,
    Lesson,
    Pack,
    ShortAnswerExercise,
)
from closeread.core.records import PackRef

CHILD = Path(__file__).with_name("storage_child.py")
REF = PackRef("cyber-op-ed", "1.0", "hash-1")


def make_pack(
    lessons: dict[str, list[tuple[str, float, str]]], pack_id: str = "cyber-op-ed"
) -> Pack:
    """A pack whose lessons hold exercises ``(id, points, counts)``; no article needed."""
    built = []
    for lesson_id, exercises in lessons.items():
        items = []
        for exercise_id, points, counts in exercises:
            if counts == "best":
                items.append(
                    ChoiceExercise(
                        id=exercise_id,
                        title=exercise_id,
                        points=points,
                        counts="best",
                        options=(ChoiceOption("yes", 1.0), ChoiceOption("no", 0.0)),
                    )
                )
            else:
                items.append(
                    ShortAnswerExercise(
                        id=exercise_id, title=exercise_id, points=points, counts="last"
                    )
                )
        built.append(Lesson(id=lesson_id, title=lesson_id, exercises=tuple(items)))
    return Pack(
        id=pack_id,
        version="1.0",
        title="Test pack",
        root=Path("."),
        article=Article(markdown="", text="", blocks=()),
        labels=(),
        lessons=tuple(built),
        content_hash="hash-1",
    )


def without_root_powers() -> tuple[str, ...] | None:
    """A command prefix under which file permissions bind, or ``None`` if there is none.

    The tests run as root in CI, and root writes to read-only files and folders. Root
    without the capabilities ``CAP_DAC_OVERRIDE`` and ``CAP_DAC_READ_SEARCH`` is bound by
    permissions like anyone else; util-linux's ``setpriv`` drops them for a child.
    """
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--bounding-set=-dac_override,-dac_read_search")
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(
    *args: str, prefix: tuple[str, ...] = (), timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run ``storage_child.py`` with ``args`` in a new Python process."""
    return subprocess.run(
        [*prefix, sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
    )


def start_child(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
