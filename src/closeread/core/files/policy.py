"""The policy file a school puts beside CloseRead to make a shared computer student-only.

A file called ``closeread-policy.toml`` in the folder CloseRead runs from
(:func:`closeread.core.files.paths.app_folder`, where the portable ``closeread-data``
folder goes too) can say::

    teacher_mode = false

Then the app shows no Teacher menu and opens no dashboard or pack editor, so a student
at a classroom computer is never offered the teacher PIN to guess. Students cannot
change the install folder where the school's installer made it read-only for them;
where they can, the file only removes a door, it locks nothing.

It is a setting for the app's menus, not a lock on the files: the ``closeread``
command's teacher commands (``report``, ``results``, ``rescore``, ``pack``) still run
for whoever can read the data folder, as any program could read it. A file that is
there but cannot be read or understood counts as student-only (the school meant to
restrict something), and :attr:`Policy.problem` says why. No Qt here.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from closeread.core.files.paths import app_folder

POLICY_FILE = "closeread-policy.toml"
_KNOWN = {"teacher_mode"}


class Policy(msgspec.Struct, frozen=True):
    """What the school's policy file says (everything allowed when there is none)."""

    teacher_mode: bool = True
    path: Path | None = None  # the file read, None when there is none
    problem: str = ""  # why the file could not be used as written ("" when it could)


def read_policy(folder: Path | None = None) -> Policy:
    """The policy in ``folder`` (default: the folder CloseRead runs from)."""
    path = (app_folder() if folder is None else folder) / POLICY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except (OSError, UnicodeDecodeError) as error:
        return Policy(False, path, f"{path} could not be read ({error}); teacher mode is off.")
    import tomllib  # (most schools have no policy file: the app starts without reading TOML)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Policy(False, path, f"{path} could not be read ({error}); teacher mode is off.")
    value = data.get("teacher_mode", True)
    if not isinstance(value, bool):
        return Policy(False, path, f"{path}: teacher_mode must be true or false; it is off.")
    unknown = sorted(set(data) - _KNOWN)
    problem = f"{path}: unknown settings {', '.join(unknown)} were ignored." if unknown else ""
    return Policy(value, path, problem)
