"""Noticing that the pack's files changed on disk, as a teacher saves them in a text editor.

``QFileSystemWatcher`` watches each file and the folders that hold them: many editors
save by writing a new file and renaming it over the old one, and the watch on a file
ends with it. After every signal (gathered for a moment, since one save makes several)
the watcher looks at what is really there: it adds the files back, compares each one's
bytes with what it remembered, and reports only the files whose content changed. The
editor's own saves are remembered first (:meth:`PackWatcher.remember`) and so not
reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 150


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class PackWatcher(QObject):
    """Watches ``paths``; ``changed(list[Path])`` with the ones whose bytes changed."""

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._look)
        self._known: dict[Path, str | None] = {}

    def watch(self, paths: Iterable[Path]) -> None:
        """Watch exactly these files (and their folders), remembering their content now."""
        self._known = {Path(path): _digest(Path(path)) for path in paths}
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        self._add_paths()

    def remember(self) -> None:
        """The files are as they should be now (the editor has just saved them)."""
        self._known = {path: _digest(path) for path in self._known}
        self._add_paths()

    def watched(self) -> list[str]:
        return self._watcher.files()

    def _add_paths(self) -> None:
        files = {str(path) for path in self._known if path.exists()}
        folders = {str(path.parent) for path in self._known if path.parent.is_dir()}
        missing = (files | folders) - set(self._watcher.files() + self._watcher.directories())
        if missing:
            self._watcher.addPaths(sorted(missing))

    def _poke(self, _path: str = "") -> None:
        self._timer.start()

    def _look(self) -> None:
        self._add_paths()  # back on files an editor replaced by renaming
        changed = []
        for path, known in self._known.items():
            now = _digest(path)
            if now != known:
                self._known[path] = now
                changed.append(path)
        if changed:
            self.changed.emit(changed)
