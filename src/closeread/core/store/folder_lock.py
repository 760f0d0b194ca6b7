"""One CloseRead at a time per data folder: an exclusive lock on a file in it.

The lock is taken with ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows and
held while the store is open. The operating system drops it when the process ends,
however it ends, so a crash never leaves a stale lock behind. The lock file stays in
the folder; it also says which process holds the lock, for the message the next
CloseRead shows. A lock file that is a symbolic link or not an ordinary file is refused,
never followed: opening it for writing would truncate whatever it points to.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path

from closeread.core import i18n
from closeread.core.store.errors import DatabaseLocked, StorageError, translate

LOCK_NAME = "closeread.lock"
_INFO_OFFSET = 16  # the holder's description starts here; Windows locks byte 0 only

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """An exclusive, non-blocking lock on ``folder/closeread.lock``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`DatabaseLocked` at once if someone holds it."""
        if self._fd is not None:
            return
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.path, flags, 0o644)
        except OSError as error:
            if error.errno == errno.ELOOP:  # a symbolic link: never written through
                raise _not_a_lock_file(self.path) from None
            raise translate(error, self.path) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a pipe, a device, a folder...
            os.close(fd)
            raise _not_a_lock_file(self.path)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            by = f" ({holder})" if holder else ""
            said = i18n.translate(
                "StorageErrors",
                "CloseRead is already open on the data folder {folder}{by}, "
                "in another window or by another user. Close that CloseRead first, "
                "then try again. Nothing has been changed.",
            )
            raise DatabaseLocked(
                said.format(folder=self.folder, by=by), f"lock held on {self.path}"
            )
        self._fd = fd
        with contextlib.suppress(OSError):  # the description is a courtesy; the lock counts
            _write_holder(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _not_a_lock_file(path: Path) -> StorageError:
    return StorageError(
        f"{path} is not an ordinary file, so CloseRead will not use it as its lock. "
        "Remove it (it holds nothing of your work), then open CloseRead again.",
        f"refused lock file {path}: a link or a special file",
    )


def _write_holder(fd: int) -> None:
    text = f"process {os.getpid()} on {_host_name()}\n".encode()
    os.ftruncate(fd, _INFO_OFFSET)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b"CloseRead lock\n".ljust(_INFO_OFFSET, b" "))
    os.write(fd, text)


def _host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (without loading socket
    and its enums where ``os.uname`` has it)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        return ""
