"""CloseRead: critical-reading exercises, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("closeread")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
