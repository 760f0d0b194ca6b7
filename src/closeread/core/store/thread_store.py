"""The store's database through a connection of a worker thread's own, for long writes.

A ``sqlite3`` connection belongs to the thread that opened it, and the app's belongs to
the GUI thread. Saving a class's hand-ins there froze the window for as long as it took
(most of a second for one 32 MB file). A worker opens a :class:`ThreadStore` instead:
the same file, connected as the store connects (:func:`~closeread.core.store.store.
writable_connection`), under the folder lock the open store holds already (it is the
same CloseRead). WAL lets the GUI's connection read meanwhile, and a write from each
at once waits its turn: every transaction takes the write lock as it begins
(:meth:`~closeread.core.store.database.Database.transaction`), within the busy timeout.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from closeread.core.store.database import Database
from closeread.core.store.errors import StorageError
from closeread.core.store.outbox import Outbox
from closeread.core.store.store import Store, writable_connection

if TYPE_CHECKING:
    from closeread.core.store.hand_ins import HandIns


class ThreadStore:
    """What a worker thread reads and writes through; open until :meth:`close`."""

    def __init__(self, store: Store) -> None:
        if store.read_only or store.closed:
            raise StorageError("The progress database is not open for saving.")
        self.data_dir = store.data_dir
        self.database = Database(store.path)
        with self.database.guard():
            self.database.attach(writable_connection(store.path))
        self.outbox = Outbox(self.database)  # an import queues its xAPI statements too

    @cached_property
    def hand_ins(self) -> HandIns:
        from closeread.core.store.hand_ins import HandIns

        return HandIns(self.database, self.outbox)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> ThreadStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
