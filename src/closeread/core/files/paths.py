"""Where CloseRead keeps its data, and where the bundled packs and resources are.

The data folder holds the progress database, its backups and imported packs. It is,
first match wins:

1. the folder given with ``--data-dir``;
2. the folder named by the environment variable ``CLOSEREAD_DATA_DIR``;
3. a folder called ``closeread-data`` beside the running CloseRead, when it exists
   (a copy of CloseRead carried on a USB stick keeps its students' work with it);
4. the platform's per-user data folder (``platformdirs.user_data_dir("CloseRead")``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

import closeread

APP_NAME = "CloseRead"
ENV_VAR = "CLOSEREAD_DATA_DIR"
PORTABLE_FOLDER = "closeread-data"
BUNDLED_FOLDERS = ("resources", "lessons")


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (it may not exist yet; the store creates it)."""
    if explicit is not None and str(explicit) != "":
        return _absolute(explicit)
    from_env = os.environ.get(ENV_VAR, "")
    if from_env:
        return _absolute(from_env)
    portable = app_folder() / PORTABLE_FOLDER
    if portable.is_dir():
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def app_folder() -> Path:
    """The folder the running CloseRead sits in.

    For a frozen build that is the folder of its executable, or on macOS the folder
    holding ``CloseRead.app``; otherwise the folder of the Python executable (a
    portable Python on a stick, or a virtual environment's ``bin``).
    """
    executable = Path(sys.executable).absolute()
    folder = executable.parent
    if getattr(sys, "frozen", False):
        contents = folder.parent
        bundle = contents.parent
        if folder.name == "MacOS" and contents.name == "Contents" and bundle.suffix == ".app":
            return bundle.parent
    return folder


def bundled_dir(name: str) -> Path:
    """The bundled ``resources`` or ``lessons`` folder.

    An installed wheel carries them inside the package (``closeread/resources``); an
    editable checkout has them at the top of the repository.
    """
    return bundled_dir_from(Path(closeread.__file__).parent, name)


def bundled_dir_from(package_dir: Path, name: str) -> Path:
    """Like :func:`bundled_dir`, for the ``closeread`` package found in ``package_dir``."""
    if name not in BUNDLED_FOLDERS:
        raise ValueError(f"no bundled folder called {name!r}; expected one of {BUNDLED_FOLDERS}")
    candidates = (package_dir / name, package_dir.parent.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = " or ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(
        f"CloseRead's bundled {name} folder is missing (looked in {looked}). Reinstall CloseRead."
    )


def _absolute(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().absolute()
