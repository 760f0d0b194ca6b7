"""Resetting a forgotten teacher PIN: a file put in the data folder by someone who can.

The PIN has no "forgot it?" question at the keyboard: any student could answer it.
The reset needs what the PIN cannot protect anyway, write access to the data folder:
an empty file named :data:`RESET_FILE` there (``RESET-TEACHER-PIN.txt`` is taken too,
the name a text editor on Windows gives it; case does not matter). The next time teacher
mode is opened, CloseRead asks, removes the file, and then the PIN and its count of
wrong tries. Teacher mode then has no PIN: whoever opens it next chooses one. That is
why the file only works for someone who can write in the data folder, and why the app
says so before it resets.

The overrides the teacher made were signed with the old PIN's key, which is gone.
Rather than let them all stop counting, a reset trusts the overrides in the database
at that moment, once: the first unlock signs them with the new PIN's key
(:data:`closeread.core.store.signed.RESET_UPTO`). An override forged before the reset is
trusted with them; the dashboard still shows every override's history.
No Qt here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from closeread.core.classwork.pin import SETTING, TRIES_SETTING
from closeread.core.store.errors import StorageError
from closeread.core.store.signed import RESET_UPTO

RESET_FILE = "RESET-TEACHER-PIN"
_NAMES = {RESET_FILE.lower(), RESET_FILE.lower() + ".txt"}


class ResetError(Exception):
    """The reset was not made; ``str()`` says why and what to do."""


@dataclass(frozen=True)
class ResetDone:
    file: Path  # the reset file, now removed
    overrides: int  # overrides trusted once, to be signed at the next unlock


def reset_file(data_dir: str | os.PathLike[str]) -> Path | None:
    """The reset file in ``data_dir``, or None when there is none."""
    try:
        with os.scandir(data_dir) as entries:
            for entry in entries:
                if entry.name.lower() in _NAMES and entry.is_file(follow_symlinks=False):
                    return Path(entry.path)
    except OSError:
        return None
    return None


def reset_pin(store, file: Path) -> ResetDone:
    """Remove ``file`` (the reset file), then the PIN; raises :class:`ResetError`.

    The file goes first: a reset that could not remove it would happen again every time
    teacher mode is opened. When the database then refuses the change, the PIN stays
    and the message says to put the file back.
    """
    try:
        file.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise ResetError(
            f"CloseRead could not remove {file} ({error.strerror or error}), so the PIN was "
            "not reset. Remove the file yourself, or check that this folder can be written."
        ) from error
    try:
        with store.database.transaction() as db:
            newest = db.execute("SELECT coalesce(max(id), 0) FROM overrides").fetchone()[0]
            previous = store.roster.get_setting(RESET_UPTO, 0)
            if isinstance(previous, int) and not isinstance(previous, bool):
                newest = max(newest, previous)
            store.roster.set_setting(RESET_UPTO, newest)
            store.roster.delete_setting(SETTING)
            store.roster.delete_setting(TRIES_SETTING)
    except StorageError as error:
        raise ResetError(
            f"The PIN was not reset: {error} Put the file {file.name} back in the data "
            "folder to try again."
        ) from error
    return ResetDone(file, int(newest))
