"""The pack being edited: its files open for editing, its article, the checker's verdict.

``EditSession`` opens ``pack.toml`` as a ``PackDocument`` and every lesson file it lists
as a ``LessonDocument``, and reads the article and labels the way the app shows them.
Every change goes through :meth:`EditSession.edit`, which applies it to one document and
pushes a :class:`~closeread.ui.editor.undo.TextCommand` with the file's text before and
after, so that any edit can be undone and redone. The lesson list is ``pack.toml``'s:
adding a lesson makes its document (kept, with every lesson taken out, for undo) and
lists it, in one step. :meth:`save` writes the changed files (atomically, keeping their
comments and layout; the lessons before ``pack.toml``, which names them) and deletes the
files of the lessons taken out; :meth:`check` runs the pack checker (``load_pack``) on
what is on disk. Files that cannot be opened (a TOML mistake the teacher is fixing in a
text editor) are left out until they can, and the checker says why.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from closeread.core.authoring.lesson_writer import LessonDocument
from closeread.core.authoring.pack_meta import PackDocument
from closeread.core.authoring.validity import check_pack
from closeread.core.files.problems import Problem, ProblemList
from closeread.core.pack.load import LoadResult
from closeread.core.pack.model import Article, Label, Pack
from closeread.core.pack.rendering import TooLong, article_from_markdown
from closeread.core.toml.edit import ChangedOnDisk, TomlDocument, TomlEditError
from closeread.core.toml.read import parse_toml
from closeread.ui.editor.undo import Focus, TextCommand

PACK_FILE = "pack.toml"


class EditSession(QObject):
    """One pack folder open for editing; ``stack`` holds every edit for undo and redo."""

    changed = Signal(str)  # a lesson file's text changed (an edit, undo or redo)
    focusRequested = Signal(str, str)  # after undo/redo: the lesson file and the ref to show
    reloaded = Signal()  # the files were read again from disk
    checked = Signal()  # ``result`` (the checker's problems) is new
    failed = Signal(str)  # an edit that could not be made, in plain words

    def __init__(self, root: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root).resolve()
        self.stack = QUndoStack(self)
        self.meta: dict[str, Any] = {}
        self.article: Article | None = None
        self.labels: tuple[Label, ...] = ()
        self.lesson_files: list[str] = []
        self.docs: dict[str, LessonDocument] = {}
        self.pack_doc: PackDocument | None = None  # None: pack.toml cannot be opened
        self.open_errors: dict[str, str] = {}
        self.result: LoadResult | None = None
        self.show_ids = False  # the editor shows ids only when the teacher asks
        self._pool: dict[str, LessonDocument] = {}  # every lesson document, listed or not
        self._texts: dict[str, str] = {}
        self._merge_epoch = 0
        self.open()

    # -- opening and checking ---------------------------------------------------------------

    def open(self) -> None:
        """Read every file again from disk; the undo history starts afresh."""
        self.stack.clear()
        self._pool, self._texts, self.open_errors = {}, {}, {}
        try:
            self.pack_doc = PackDocument.open(self.root / PACK_FILE)
            self._texts[PACK_FILE] = self.pack_doc.as_text()
        except TomlEditError as error:
            self.pack_doc = None
            self.open_errors[PACK_FILE] = str(error)
        self.meta = self.pack_doc.meta() if self.pack_doc else _read_meta(self.root / PACK_FILE)
        self.article = self._read_article()
        self.labels = _labels(self.meta)
        self._list_lessons()
        self.check()
        self.reloaded.emit()

    def _list_lessons(self) -> None:
        """The lesson files ``pack.toml`` lists now, each opened once."""
        self.lesson_files, self.docs = [], {}
        lessons = self.meta.get("lessons", [])
        for rel in lessons if isinstance(lessons, list) else []:
            path = self.path_of(rel) if isinstance(rel, str) else None
            if path is None or rel in self.lesson_files:
                continue  # outside the pack, or listed twice: the checker says so
            self.lesson_files.append(rel)
            if rel not in self._pool and rel not in self.open_errors:
                try:
                    self.adopt(rel, LessonDocument.open(path))
                except TomlEditError as error:
                    self.open_errors[rel] = str(error)
            if rel in self._pool:
                self.docs[rel] = self._pool[rel]

    def adopt(self, rel: str, doc: LessonDocument) -> None:
        """Keep ``doc`` (a lesson file, new or opened) for when ``pack.toml`` lists it."""
        self._pool[rel] = doc
        self._texts[rel] = doc.as_text()

    def known_file(self, rel: str) -> bool:
        """Whether ``rel`` is a lesson file of this session, listed or not."""
        return rel in self._pool or rel in self.open_errors

    def _read_article(self) -> Article | None:
        name = self.meta.get("article", "article.md")
        path = self.path_of(name) if isinstance(name, str) else None
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8-sig")
            return article_from_markdown(text)
        except (OSError, UnicodeDecodeError, TooLong):
            return None

    def check(self) -> LoadResult:
        """Run the checker on the pack as it is on disk."""
        self.result = check_pack(self.root)
        if self.result.pack is not None:  # the article as the app shows it, exactly
            self.article = self.result.pack.article
            self.labels = self.result.pack.labels
        self.checked.emit()
        return self.result

    @property
    def pack(self) -> Pack | None:
        return self.result.pack if self.result else None

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.result.problems if self.result else ()

    @property
    def title(self) -> str:
        title = self.meta.get("title")
        return title if isinstance(title, str) and title else self.root.name

    def path_of(self, rel: str) -> Path | None:
        """The file ``rel`` of the pack, or None when it would be outside the pack."""
        path = (self.root / rel).resolve()
        return path if path.is_relative_to(self.root) else None

    def rel_of(self, path: str | Path) -> str | None:
        """The pack-relative name of ``path`` (as the checker prints it), if in the pack."""
        resolved = Path(path).resolve()
        if not resolved.is_relative_to(self.root):
            return None
        return resolved.relative_to(self.root).as_posix()

    def watched_paths(self) -> list[Path]:
        """The files whose changes matter: pack.toml, the article, the lesson files."""
        names = [PACK_FILE, self.meta.get("article", "article.md"), *self.lesson_files]
        paths = [self.path_of(name) for name in names if isinstance(name, str)]
        return [path for path in dict.fromkeys(paths) if path is not None]

    def lesson_id(self, rel: str) -> str:
        doc = self.docs.get(rel)
        value = doc.doc.get("id") if doc is not None else None
        return str(value) if value is not None else ""

    def lesson_title(self, rel: str) -> str:
        """What the teacher calls the lesson in ``rel``: its title (else its file)."""
        doc = self.docs.get(rel)
        title = doc.doc.get("title") if doc is not None else None
        return str(title) if title else rel

    def labels_for(self, exercise: dict[str, Any]) -> tuple[Label, ...]:
        """The labels a marking exercise (plain data) offers, in its order."""
        wanted = exercise.get("labels")
        if not isinstance(wanted, list):
            return self.labels
        known = {label.id: label for label in self.labels}
        return tuple(known[label] for label in wanted if label in known)

    # -- editing ------------------------------------------------------------------------------

    def edit(
        self,
        rel: str,
        description: str,
        change: Callable[[Any], Any],  # given the LessonDocument, or pack.toml's PackDocument
        *,
        merge: Hashable | None = None,
        focus_undo: Focus = None,
        focus_redo: Focus = None,
    ) -> Any:
        """Apply ``change`` to the lesson file ``rel`` as one undoable step; its result.

        When the change is refused (``TomlEditError``, ``ValueError``), or the TOML library
        fails while making it, the document is put back as it was, nothing joins the undo
        history, ``failed`` says why (the editor then shows the file's values again) and
        None is returned."""
        doc = self._document(rel)
        assert doc is not None, f"{rel} is not open"
        before = self._texts[rel]
        try:
            result = change(doc)
        except (TomlEditError, ValueError) as error:
            self._roll_back(doc, before, str(error))
            return None
        except Exception as error:  # a fault in the TOML library: the edit is not made
            reason = self.tr(
                "This change could not be written into {file} ({error}), so it was not made."
            ).format(file=rel, error=f"{type(error).__name__}: {error}")
            self._roll_back(doc, before, reason)
            return None
        after = doc.as_text()
        if after != before:
            self._texts[rel] = after
            self._reread(rel)
            key = None if merge is None else (self._merge_epoch, merge)
            command = TextCommand(
                rel, before, after, description, self._put_back,
                merge=key, focus_undo=focus_undo, focus_redo=focus_redo,
            )  # fmt: skip
            self.stack.push(command)
            self.changed.emit(rel)
        return result

    def _document(self, rel: str) -> TomlDocument | None:
        return self.pack_doc if rel == PACK_FILE else self.docs.get(rel)

    def _reread(self, rel: str) -> None:
        """After ``pack.toml`` changed: its data, and the lessons it lists."""
        if rel == PACK_FILE and self.pack_doc is not None:
            self.meta = self.pack_doc.meta()
            self._list_lessons()

    def _roll_back(self, doc: TomlDocument, before: str, reason: str) -> None:
        if doc.as_text() != before:
            doc.restore(before)
        self.failed.emit(reason)

    def break_merge(self) -> None:
        """The next edit starts an undo step of its own (the teacher moved to another field)."""
        self._merge_epoch += 1

    def _put_back(self, rel: str, text: str, focus: Focus) -> None:
        doc = self._document(rel)
        if doc is None:
            return
        doc.restore(text)
        self._texts[rel] = text
        self._reread(rel)
        self.break_merge()
        self.changed.emit(rel)
        if focus is not None:
            self.focusRequested.emit(*focus)

    # -- saving -------------------------------------------------------------------------------

    def dropped(self) -> list[str]:
        """Lesson files taken out of the pack whose files are still on disk."""
        return [
            rel
            for rel, doc in self._pool.items()
            if rel not in self.lesson_files and doc.path.exists()
        ]

    @property
    def modified(self) -> bool:
        return bool(self.modified_files() or self.dropped())

    def modified_files(self) -> list[str]:
        """The changed files, in the order they are saved: lessons, then ``pack.toml``."""
        changed = [rel for rel, doc in self.docs.items() if doc.modified]
        return changed + ([PACK_FILE] if self.pack_doc and self.pack_doc.modified else [])

    def save(self, *, force: bool = False) -> list[str]:
        """Write every changed file and delete those of lessons taken out; the files that
        changed on disk meanwhile are left alone (unless ``force``) and returned. A file
        that cannot be written raises ``TomlFileError``."""
        refused = []
        for rel in self.modified_files():
            document = self._document(rel)
            assert document is not None  # modified_files lists open ones
            try:
                document.save(force=force)
            except ChangedOnDisk:
                refused.append(rel)
        if not refused:  # a lesson's file goes only once pack.toml no longer names it
            for rel in self.dropped():
                try:
                    self._pool[rel].remove_file(force=force)
                except ChangedOnDisk:
                    refused.append(rel)
        if not self.modified:
            self.stack.setClean()
        return refused


def _read_meta(path: Path) -> dict[str, Any]:
    """pack.toml as data, or {} when it cannot be read (the checker says why)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    parsed = parse_toml(PACK_FILE, raw, ProblemList())
    return parsed.data if parsed is not None else {}


def _labels(meta: dict[str, Any]) -> tuple[Label, ...]:
    labels: list[Label] = []
    entries = meta.get("labels")
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            name = entry["name"] if isinstance(entry.get("name"), str) else entry["id"]
            color = entry["color"] if isinstance(entry.get("color"), str) else "#777777"
            description = str(entry.get("description", ""))
            labels.append(Label(entry["id"], name, color, description, len(labels) + 1))
    return tuple(labels)
