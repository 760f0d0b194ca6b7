"""Finding, checking, installing and loading packs for the main window.

- :func:`library_entries`: the bundled packs and the installed ones (the newest copy
  of each pack id; an installed copy of a bundled pack's id replaces it: that is how a
  teacher hands out a corrected version).
- :class:`PackOpener`: File > Open Pack. The pack is checked and staged off the GUI
  thread with a busy dialog; a pack with problems is refused with the list of them,
  exactly as ``closeread check`` prints it, and nothing is installed; a good one is
  committed (on the GUI thread, which owns the database) and opened. A pack that would
  take the place of the bundled pack, or of an installed one by another author or
  source, is installed only if the user says yes to a question naming both (default No).
- Loading a library pack: at once from the cache of checked packs, or off the GUI
  thread when it must be checked again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from closeread.core.files import paths
from closeread.core.library import cache as packcache
from closeread.core.store.errors import StorageError
from closeread.ui.common.errors import show_error, show_storage_error
from closeread.ui.common.i18n import translate
from closeread.ui.common.loading import BackgroundTask, run_in_background
from closeread.ui.library.panel import LibraryEntry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

    from closeread.core.pack.model import Pack
    from closeread.core.records import Progress
    from closeread.core.store.store import Store
    from closeread.ui.library.panel import LibraryPanel
    from closeread.ui.shell.navigation import Place

BUNDLED_PACK = "cyber-threat-oped"


def _peek(folder: Path) -> tuple[str, str]:
    """(id, title) from a pack's pack.toml, cheaply; ("", folder name) when unreadable."""
    import tomllib  # only for a pack that is not in the cache of checked packs

    try:
        with (folder / "pack.toml").open("rb") as handle:
            data = tomllib.loads(handle.read(256 * 1024).decode("utf-8"))
        return str(data.get("id", "")), str(data.get("title", folder.name))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "", folder.name


def _made_by(pack: Pack) -> str:
    who = ", ".join(pack.authors) or pack.source.author or translate("packs", "no author given")
    source = pack.source.publisher or pack.source.url
    return translate("packs", "{who}, {source}").format(who=who, source=source) if source else who


def bundled_packs() -> list[Path]:
    """The pack folders shipped with CloseRead, the default one first."""
    try:
        root = paths.bundled_dir("lessons")
    except FileNotFoundError:
        return []
    folders = sorted(p for p in root.iterdir() if (p / "pack.toml").is_file())
    folders.sort(key=lambda p: p.name != BUNDLED_PACK)
    return folders


def library_entries(store, loaded: dict | None = None) -> list[LibraryEntry]:
    """The packs to list; with no store (yet), the bundled ones only.

    ``loaded`` maps folders to packs already loaded, whose titles need no reading.
    """
    loaded = loaded or {}
    entries: list[LibraryEntry] = []
    bundled_ids: dict[str, int | None] = {}
    for folder in bundled_packs():
        pack = loaded.get(str(folder))
        pack_id, title = (pack.id, pack.title) if pack is not None else _peek(folder)
        bundled_ids[pack_id] = len(entries)
        entries.append(LibraryEntry(str(folder), title, folder, bundled=True, pack=pack))
    seen: set[str] = set()
    try:
        installed = store.roster.list_packs() if store is not None else []
    except StorageError:
        installed = []
    for record in installed:  # newest copy of each pack first
        location = Path(record.location)
        if record.pack_id in seen or not location.is_dir():
            continue
        seen.add(record.pack_id)
        entry = LibraryEntry(str(location), record.title or record.pack_id, location)
        replaced = bundled_ids.get(record.pack_id)
        if replaced is not None:
            entries[replaced] = entry
            bundled_ids[record.pack_id] = None
        else:
            entries.append(entry)
    return entries


class OpenerHost(Protocol):
    """What the pack opener needs of the main window."""

    @property
    def data_dir(self) -> Path: ...
    @property
    def store(self) -> Store | None: ...
    @property
    def library(self) -> LibraryPanel: ...
    @property
    def busy(self) -> QProgressBar: ...
    def show_pack(self, entry: LibraryEntry, place: Place | None = None) -> None: ...
    def open_entry(self, key: str, place: Place | None = None) -> None: ...
    def progress_for(self, pack: Pack | None) -> Progress | None: ...
    def refresh_library(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...  # the main window itself: owns the opener, parents boxes


class PackOpener(QObject):
    """Open Pack for ``host`` (the main window)."""

    def __init__(self, host: OpenerHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.data_dir = Path(host.data_dir)
        self.loading: dict[str, BackgroundTask] = {}
        self.closed = False  # the window closed: results that arrive now are dropped
        self.request = 0  # counts what the student asked to open; only the latest opens
        self.pending: tuple | None = None  # (key, place, request) waiting for its pack

    # -- loading library packs -----------------------------------------------------------

    def open_entry(self, key: str, place=None) -> None:
        """Show the pack at ``key``: at once if it is loaded or cached, else once it loads."""
        entry = self.host.library.entries.get(key)
        if entry is None:
            return
        self.request += 1
        self.pending = None
        if entry.pack is None and self.load_now(entry) is None:
            self.pending = (key, place, self.request)
            self.load_in_background(entry)
            return
        self.host.show_pack(entry, place)

    def load_in_background(self, entry: LibraryEntry) -> None:
        """Load (check) a pack off the GUI thread; open it then if it is still wanted."""
        host = self.host

        def done(result: packcache.CachedLoad) -> None:
            self._stopped(entry)
            if self.closed:
                return
            # the library may have been refreshed meanwhile: update the entry it lists now
            current = host.library.entries.get(entry.key, entry)
            for one in {id(entry): entry, id(current): current}.values():
                one.pack, one.problems = result.pack, result.problems
            host.library.set_pack(entry.key, result.pack, host.progress_for(result.pack))
            pending, self.pending = self.pending, None
            if pending is None or pending[0] != entry.key or pending[2] != self.request:
                self.pending = pending  # not this one, or something else was opened since
            elif result.pack is not None:
                host.show_pack(current, pending[1])
            else:
                self.show_unusable(current)

        def failed(error: BaseException) -> None:
            self._stopped(entry)
            if not self.closed:
                raise error

        if entry.key not in self.loading:
            self.loading[entry.key] = self.load_later(entry, done, failed)
            host.busy.show()

    def load_the_rest(self) -> None:
        """Load the library's other packs in the background, to list their lessons."""
        for entry in self.host.library.entries.values():
            if entry.pack is None and not entry.failed:
                self.load_in_background(entry)

    def _stopped(self, entry: LibraryEntry) -> None:
        self.loading.pop(entry.key, None)
        if not self.closed:
            self.host.busy.setVisible(bool(self.loading))

    def load_now(self, entry: LibraryEntry) -> packcache.CachedLoad | None:
        """The pack from the cache of checked packs, or None if it must be checked."""
        cached = packcache.cached_pack(entry.location, self.data_dir)
        if cached is not None:
            entry.pack, entry.problems = cached.pack, cached.problems
        return cached

    def load_later(
        self,
        entry: LibraryEntry,
        on_done: Callable[[packcache.CachedLoad], None],
        on_failed: Callable[[BaseException], None],
    ) -> BackgroundTask:
        location, data_dir = entry.location, self.data_dir
        return run_in_background(
            lambda: packcache.load_pack_cached(location, data_dir), on_done, on_failed, owner=self
        )

    def show_unusable(self, entry: LibraryEntry) -> None:
        from closeread.ui.common.problems_dialog import ProblemsDialog

        ProblemsDialog(
            translate("packs", "The pack cannot be opened"),
            translate(
                "packs",
                "CloseRead cannot open “{title}”: it has the problems listed below. "
                "Show this list to your teacher.",
            ).format(title=entry.title),
            entry.problems,
            self.host.window(),
        ).exec()

    # -- Open Pack ------------------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.host.window(),
            translate("packs", "Open a Lesson Pack"),
            "",
            translate("packs", "Lesson packs (*.zip pack.toml);;All files (*)"),
        )
        if path:
            chosen = Path(path)
            self.open_path(chosen.parent if chosen.name == "pack.toml" else chosen)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(
            self.host.window(), translate("packs", "Open a Lesson Pack Folder")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> BackgroundTask:
        """Check and stage ``path`` off the GUI thread, then install and open it."""
        from closeread.core.library.install import stage_pack

        data_dir = self.data_dir
        self.request += 1  # a pack still loading to be opened is not wanted any more
        self.host.statusBar().showMessage(
            translate("packs", "Checking {name}…").format(name=path.name)
        )
        return run_in_background(
            lambda: stage_pack(path, data_dir),
            lambda staged: self._staged(path, staged),
            lambda error: self._stage_failed(path, error),
            busy_text=translate("packs", "Checking the lesson pack “{name}”…").format(
                name=path.name
            ),
            parent=self.host.window(),
        )

    def _staged(self, path: Path, staged, replace: bool = False) -> None:
        from closeread.core.library.install import (
            InstallError,
            NeedsConfirmation,
            commit_pack,
            discard,
        )

        if self.closed:
            discard(staged)
            return
        try:
            assert self.host.store is not None  # a pack is opened once the store is there
            installed = commit_pack(staged, self.host.store, replace=replace)
        except NeedsConfirmation as question:
            if self.confirm_replace(question):
                self._staged(path, staged, replace=True)
            else:
                discard(staged)
                self.host.statusBar().showMessage(
                    translate("packs", "Nothing was installed."), 8000
                )
            return
        except StorageError as error:
            discard(staged)
            show_storage_error(self.host.window(), error)
            return
        except InstallError as error:
            self._stage_failed(path, error)
            return
        packcache.remember(installed.location, self.data_dir, installed.pack, staged.problems)
        if path.is_dir():  # Edit This Pack edits the teacher's folder, not CloseRead's copy
            from closeread.core.authoring.pack_folders import remember_folder

            with contextlib.suppress(StorageError):
                remember_folder(self.host.store, str(installed.location), path, "origin")
        self.host.statusBar().showMessage(
            translate("packs", "Installed “{title}”.").format(title=installed.pack.title), 8000
        )
        self.host.refresh_library()
        key = str(installed.location)
        entry = self.host.library.entries.get(key)
        if entry is not None:
            entry.pack = installed.pack
            self.host.open_entry(key)

    def confirm_replace(self, question) -> bool:
        """Ask before a pack takes another's place in the library; No unless told."""
        from PySide6.QtWidgets import QMessageBox

        from closeread.ui.common.outside_text import plain_question

        new, old = question.pack, question.existing
        which = (
            translate("packs", "the pack that comes with CloseRead")
            if question.bundled
            else translate("packs", "the pack")
        )
        text = translate(
            "packs",
            "“{new}” ({new_id} {new_version}) has the same id as {which} “{old}” "
            "({old_id} {old_version}), but comes from {new_from}, not {old_from}.\n\n"
            "Replace “{old}” with it in the library?",
        ).format(
            new=new.title,
            new_id=new.id,
            new_version=new.version,
            which=which,
            old=old.title,
            old_id=old.id,
            old_version=old.version,
            new_from=_made_by(new),
            old_from=_made_by(old),
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = plain_question(
            self.host.window(),
            translate("packs", "Replace a pack?"),
            text,
            buttons,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _stage_failed(self, path: Path, error: BaseException) -> None:
        from closeread.core.library.install import InstallError

        if self.closed:
            return
        self.host.statusBar().clearMessage()
        if not isinstance(error, InstallError):
            raise error  # the app's last-resort handler reports it
        if error.problems:
            from closeread.ui.common.problems_dialog import ProblemsDialog

            ProblemsDialog(
                translate("packs", "The pack has problems"),
                translate(
                    "packs",
                    "“{name}” was not installed: the pack checker found the problems below. "
                    "Nothing was changed. Show this list to the person who made the pack.",
                ).format(name=path.name),
                error.problems,
                self.host.window(),
            ).exec()
        else:
            show_error(
                self.host.window(), translate("packs", "The pack was not installed"), str(error)
            )
