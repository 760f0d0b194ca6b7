"""CloseRead: critical-reading exercises, offline."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: importlib.metadata takes tens of
    # milliseconds to import, and the app's start does not need it.
    if name != "__version__":
        raise AttributeError(f"module 'closeread' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("closeread")
    except PackageNotFoundError:  # running from a checkout that was never installed
        found = "0.0.0+checkout"
    globals()["__version__"] = found
    return found
