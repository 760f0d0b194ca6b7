"""The lock files agree with pyproject.toml: every locked version is inside its range.

The README's commands, CI and the standalone build install from packaging/lock/; CI also
runs the suite on the newest versions pyproject allows. A lock that pinned a version the
ranges exclude (or a range that moved without a refresh) would make those two differ.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "lock"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def locked(name: str) -> dict[str, Version]:
    """The exact versions a lock file pins, by canonical name; every pin has hashes."""
    text = (LOCK / name).read_text(encoding="utf-8")
    pins: dict[str, Version] = {}
    for entry in re.split(r"\n(?=\S)", text):
        match = _PIN.match(entry)
        if match is None:
            assert entry.startswith("#") or not entry.strip(), f"{name}: not a pin: {entry!r}"
            continue
        assert "--hash=sha256:" in entry, f"{name}: {match.group(1)} has no hash"
        pins[canonicalize_name(match.group(1))] = Version(match.group(2))
    return pins


def requirements(*extras: str) -> list[Requirement]:
    wanted = list(PROJECT["dependencies"])
    for extra in extras:
        wanted += PROJECT["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize(
    ("lock", "extras"), [("test.txt", ("test",)), ("app.txt", ()), ("build.txt", ())]
)
def test_every_requirement_is_locked_inside_its_range(lock, extras):
    pins = locked(lock)
    for requirement in requirements(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{lock} does not lock {requirement.name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{lock} locks {requirement.name} {pins[name]}, outside {requirement}"
        )


def test_the_app_and_build_locks_agree_with_the_test_lock():
    test = locked("test.txt")
    for lock in ("app.txt", "build.txt"):
        for name, version in locked(lock).items():
            if name in test:
                assert version == test[name], f"{lock}: {name} {version}, test.txt: {test[name]}"


def test_the_build_lock_holds_the_pyinstaller_release_build_in_names():
    wanted = Requirement((LOCK / "build.in").read_text(encoding="utf-8").strip())
    assert wanted.specifier.contains(locked("build.txt")[canonicalize_name(wanted.name)])
