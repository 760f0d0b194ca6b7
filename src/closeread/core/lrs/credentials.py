"""The LRS password, kept in the system keyring where there is one, never in the data folder.

``keyring`` is an optional package (``pip install 'closeread[keyring]'``): with it and a
working backend (Windows Credential Locker, macOS Keychain, the Secret Service on a
Linux desktop) a password the teacher asks to remember is kept there, under the LRS's
address and the user. Without it, or where the backend does not work (a headless
machine), CloseRead asks for the password each time. The address and the user name are
not secret: the progress database keeps them for the next send.

``backend`` lets a caller hand in a keyring of its own (an object with keyring's
``get_password``, ``set_password`` and ``delete_password``).
"""

from __future__ import annotations

import importlib
from typing import Any

SERVICE = "CloseRead LRS"
URL_SETTING = "xapi.lrs_url"
USER_SETTING = "xapi.lrs_user"


def system_keyring() -> Any | None:
    """The system keyring, or None when there is none that works here."""
    try:
        keyring = importlib.import_module("keyring")
        fail = importlib.import_module("keyring.backends.fail")
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: behave as if there were none
        return None
    return None if isinstance(backend, fail.Keyring) else backend


def service(endpoint: str) -> str:
    return f"{SERVICE} {endpoint}"


def stored_password(endpoint: str, user: str, backend: Any | None = None) -> str | None:
    """The password remembered for ``user`` at ``endpoint``, or None."""
    backend = backend if backend is not None else system_keyring()
    if backend is None:
        return None
    try:
        password = backend.get_password(service(endpoint), user)
    except Exception:  # a locked or unreachable keyring: ask instead
        return None
    return password if isinstance(password, str) and password else None


def remember_password(endpoint: str, user: str, password: str, backend: Any | None = None) -> bool:
    """Keep the password in the keyring; False when there is none or it refused."""
    backend = backend if backend is not None else system_keyring()
    if backend is None:
        return False
    try:
        backend.set_password(service(endpoint), user, password)
    except Exception:
        return False
    return True


def forget_password(endpoint: str, user: str, backend: Any | None = None) -> bool:
    """Remove a remembered password; False when there was none to remove."""
    backend = backend if backend is not None else system_keyring()
    if backend is None:
        return False
    try:
        backend.delete_password(service(endpoint), user)
    except Exception:
        return False
    return True
