"""A progress database's schema: which migrations a file has had, and upgrading it.

:func:`inspect_schema` reads the state through any ``sqlite3`` connection without
writing, at every start; it needs nothing of sqlite-utils. sqlite-utils' own
:class:`~sqlite_utils.migrations.Migrations` runs the migrations of
:mod:`closeread.core.store.migrations` (:func:`upgrade`), recording each in
``_sqlite_migrations`` in the same transaction; it is made only when a database needs
upgrading, since sqlite-utils takes a tenth of a second to load.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import TYPE_CHECKING

import msgspec

from closeread.core.store.migrations import KNOWN_MIGRATIONS, SCHEMA_VERSION, STEPS

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "closeread"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils records the migrations applied


class SchemaState(msgspec.Struct, frozen=True):
    """What a database file says about its schema."""

    user_version: int
    applied: tuple[str, ...]  # names of the applied CloseRead migrations, in order
    has_tables: bool  # tables besides sqlite-utils' record of migrations

    @property
    def unknown(self) -> tuple[str, ...]:
        return tuple(name for name in self.applied if name not in KNOWN_MIGRATIONS)

    @property
    def too_new(self) -> bool:
        return self.user_version > SCHEMA_VERSION or bool(self.unknown)

    @property
    def is_empty(self) -> bool:
        return not self.applied and self.user_version == 0 and not self.has_tables

    @property
    def is_foreign(self) -> bool:
        """Some other program's SQLite database, not CloseRead's."""
        return not self.applied and (self.has_tables or self.user_version != 0)

    @property
    def pending(self) -> tuple[str, ...]:
        return tuple(name for name in KNOWN_MIGRATIONS if name not in self.applied)


def inspect_schema(conn: sqlite3.Connection) -> SchemaState:
    """Read the schema state through ``conn`` without writing anything."""
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    applied: tuple[str, ...] = ()
    if MIGRATIONS_TABLE in tables:
        rows = conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
        applied = tuple(row[0] for row in rows)
    others = {name for name in tables if not name.startswith("sqlite_")}
    others.discard(MIGRATIONS_TABLE)
    return SchemaState(user_version, applied, bool(others))


@cache
def migration_set() -> Migrations:
    """sqlite-utils' ``Migrations`` holding CloseRead's, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migrations(name=name)(step)
    return migrations


def upgrade(db: Database) -> None:
    """Apply every pending migration, each in its own transaction."""
    migration_set().apply(db)
