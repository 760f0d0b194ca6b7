"""Which pack folders a teacher may edit in place, and editable copies of the others.

The packs students see are copies CloseRead keeps: the bundled pack inside the installed
program, and the packs installed into the data folder (``packs/<id>-<version>-<hash>``),
each named by its content. Neither may change under the students' saved work, so the
editor never writes in them. A pack the teacher opened from a folder of their own is
edited there, in its folder (:func:`remember_folder` notes where each installed copy came
from); any other pack gets an editable copy in a folder the teacher chooses
(:func:`copy_pack`), with a new version of the same pack or a new pack id, as they decide.

The folders are remembered in the progress database's settings (:data:`SETTING`): the
library's key of a pack (its folder) to the folder it is edited in. No Qt here.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from closeread.core.authoring.pack_meta import PackDocument
from closeread.core.files.paths import bundled_dir
from closeread.core.pack.ids import is_id
from closeread.core.pack.source import PackSourceError, open_source
from closeread.core.toml.edit import TomlEditError

SETTING = "editor.folders"
PACK_FILE = "pack.toml"

# Why a folder cannot be edited in place (see :func:`why_not_editable`).
BUNDLED = "bundled"
INSTALLED = "installed"
READ_ONLY = "read-only"
MISSING = "missing"


class CopyError(Exception):
    """The copy was not made; the message says why. Nothing was left behind."""


@dataclass(frozen=True)
class EditableFolder:
    folder: Path
    made: str  # "origin": the folder the pack was opened from; "copy": an editable copy
    reason: str = ""  # why it cannot be edited in place now ("": it can)


def why_not_editable(folder: str | os.PathLike[str], data_dir: str | os.PathLike[str]) -> str:
    """ "" when the pack in ``folder`` may be edited in place; else :data:`BUNDLED`,
    :data:`INSTALLED` (a copy in the data folder), :data:`READ_ONLY` or :data:`MISSING`."""
    root = Path(folder).resolve()
    if not (root / PACK_FILE).is_file():
        return MISSING
    try:
        lessons_root = bundled_dir("lessons").resolve()
    except FileNotFoundError:
        lessons_root = None
    if lessons_root is not None and root.is_relative_to(lessons_root):
        return BUNDLED
    if root.is_relative_to(Path(data_dir).resolve()):
        return INSTALLED
    if not (_writable(root) and _writable(root / PACK_FILE)):
        return READ_ONLY
    return ""


def _writable(path: Path) -> bool:
    """Whether ``path`` may be written: the system says so, and so do its permissions
    (which an administrator's account would otherwise override)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def next_version(version: str) -> str:
    """The version after ``version``: its last number raised ("1.1.0" -> "1.1.1",
    "2.0-draft" -> "2.1-draft"); ".1" added when it has no number."""
    core = re.split(r"[-+]", version, maxsplit=1)[0]
    suffix = version[len(core) :]
    numbers = list(re.finditer(r"\d+", core))
    if not numbers:
        return f"{core or '1'}.1{suffix}"
    last = numbers[-1]
    return f"{core[: last.start()]}{int(last.group()) + 1}{core[last.end() :]}{suffix}"


def copy_pack(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    pack_id: str | None = None,
    version: str | None = None,
    title: str | None = None,
) -> Path:
    """Copy the pack folder ``source`` to ``target`` (a new or empty folder), giving the
    copy ``pack_id``, ``version`` and ``title`` where given; the copy's folder."""
    root = Path(target)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        what = "a file" if not root.is_dir() else "a folder that is not empty"
        raise CopyError(f"{root} is {what}: choose a new or empty folder for the copy")
    if pack_id is not None and not is_id(pack_id):
        raise CopyError(
            f'"{pack_id}" is not a valid pack id: use lower-case letters, digits, "-" and "_"'
        )
    from closeread.core.library.archive import _all_files  # one rule for a pack's files

    try:
        files = _all_files(open_source(source))
    except PackSourceError as error:
        raise CopyError(f"{error.path}: {error.message}") from None
    except OSError as error:
        raise CopyError(f"{source}: cannot read the pack: {error.strerror or error}") from None
    parent = root.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=parent))
    except OSError as error:
        raise CopyError(f"{parent}: cannot make the copy here: {error.strerror}") from error
    try:
        for relative, data in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        meta = PackDocument.open(staging / PACK_FILE)
        for key, value in (("id", pack_id), ("version", version), ("title", title)):
            if value is not None:
                meta.set_meta(key, value)
        meta.save(force=True)
        staging.chmod(0o755)
        if root.exists():
            root.rmdir()  # empty, as checked
        os.replace(staging, root)
    except (OSError, TomlEditError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise CopyError(f"{root}: cannot write the copy: {reason}") from error
    return root


# --- where each pack is edited --------------------------------------------------------


def remember_folder(store, key: str, folder: str | os.PathLike[str], made: str) -> None:
    """Note that the library's pack ``key`` is edited in ``folder`` ("origin" or "copy")."""
    known = store.roster.get_setting(SETTING, {})
    known = known if isinstance(known, dict) else {}
    known[str(key)] = {"folder": str(Path(folder).resolve()), "made": made}
    store.roster.set_setting(SETTING, known)


def editable_folder(store, key: str, data_dir: str | os.PathLike[str]) -> EditableFolder | None:
    """The folder the library's pack ``key`` is edited in, when one is remembered and
    still holds a pack; its ``reason`` says when it can no longer be edited in place."""
    known = store.roster.get_setting(SETTING, {})
    entry = known.get(str(key)) if isinstance(known, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("folder"), str):
        return None
    folder = Path(entry["folder"])
    reason = why_not_editable(folder, data_dir)
    if reason == MISSING:
        return None
    return EditableFolder(folder, "copy" if entry.get("made") == "copy" else "origin", reason)
