"""Who and what the progress database knows: students, installed packs, settings, and
where each student was reading. ``store.roster`` of a :class:`~closeread.core.store.store.Store`."""

from __future__ import annotations

import json
from typing import Any

from closeread.core.records import InstalledPack, ReaderState, Student
from closeread.core.store.database import Database, now, optional_text, required_text
from closeread.core.store.errors import NotFound
from closeread.core.store.locations import from_record, to_record

_UNSET: Any = object()
LAST_STUDENT = "last_student"  # the setting: who read last on this computer


class Roster:
    """Students, installed packs, settings and reader state, each write one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- students --------------------------------------------------------------------

    def add_student(
        self, name: str, class_name: str | None = None, student_number: str | None = None
    ) -> Student:
        """A new student profile (name required; class and school id optional)."""
        row = [required_text(name, "A student's name"), optional_text(class_name)]
        row += [optional_text(student_number), now()]
        with self.database.transaction() as db:
            cursor = db.execute(
                "INSERT INTO students (name, class_name, student_number, created_at) "
                "VALUES (?, ?, ?, ?)",
                row,
            )
            student_id = cursor.lastrowid
        assert student_id is not None  # set by the INSERT
        return self.get_student(student_id)

    def update_student(
        self,
        student_id: int,
        *,
        name: str = _UNSET,
        class_name: str | None = _UNSET,
        student_number: str | None = _UNSET,
    ) -> Student:
        """Change the fields given; the others keep their values."""
        current = self.get_student(student_id)
        values = [
            current.name if name is _UNSET else required_text(name, "A student's name"),
            current.class_name if class_name is _UNSET else optional_text(class_name),
            current.student_number if student_number is _UNSET else optional_text(student_number),
        ]
        with self.database.transaction() as db:
            db.execute(
                "UPDATE students SET name = ?, class_name = ?, student_number = ? WHERE id = ?",
                [*values, student_id],
            )
        return self.get_student(student_id)

    def get_student(self, student_id: int) -> Student:
        rows = self.database.rows("SELECT * FROM students WHERE id = ?", [student_id])
        if not rows:
            raise NotFound(f"There is no student number {student_id} in this database.")
        return Student(**rows[0])

    def list_students(self, class_name: str | None = None) -> list[Student]:
        """Students by class then name; only those of ``class_name`` when it is given."""
        where, params = ("WHERE class_name = ?", [class_name]) if class_name else ("", [])
        sql = f"SELECT * FROM students {where} ORDER BY class_name, name COLLATE NOCASE, id"
        return [Student(**row) for row in self.database.rows(sql, params)]

    def remembered_student(self) -> Student | None:
        """The only student, when they read last: the app opens straight onto them (a
        computer of one's own); otherwise the student chooses."""
        students = self.list_students()
        last = self.get_setting(LAST_STUDENT)
        return students[0] if len(students) == 1 and students[0].id == last else None

    def find_student(
        self, name: str, class_name: str | None = None, student_number: str | None = None
    ) -> Student | None:
        """The student with this school id if one is given, else this name in this class."""
        number = optional_text(student_number)
        if number:
            sql = "SELECT * FROM students WHERE student_number = ? ORDER BY id LIMIT 1"
            rows = self.database.rows(sql, [number])
        else:
            sql = (
                "SELECT * FROM students WHERE lower(name) = lower(?) AND class_name IS ? "
                "ORDER BY id LIMIT 1"
            )
            rows = self.database.rows(sql, [name.strip(), optional_text(class_name)])
        return Student(**rows[0]) if rows else None

    # -- installed packs -------------------------------------------------------------

    def install_pack(
        self, pack_id: str, version: str, content_hash: str, location: str, title: str = ""
    ) -> InstalledPack:
        """Record a pack as installed: its version and hash, and where its files are
        (relative to the data folder when inside it: see :mod:`.locations`)."""
        stored = to_record(location, self.database.data_dir)
        row = [pack_id, version, content_hash, title, stored, now()]
        with self.database.transaction() as db:
            db.execute(
                "INSERT INTO packs (pack_id, version, content_hash, title, location, "
                "installed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pack_id, content_hash) "
                "DO UPDATE SET version = excluded.version, title = excluded.title, "
                "location = excluded.location, installed_at = excluded.installed_at",
                row,
            )
        rows = self.database.rows(
            "SELECT * FROM packs WHERE pack_id = ? AND content_hash = ?", [pack_id, content_hash]
        )
        return self._pack(rows[0])

    def list_packs(self) -> list[InstalledPack]:
        """Installed packs, by id, the most recently installed copy first."""
        rows = self.database.rows(
            "SELECT * FROM packs ORDER BY pack_id, installed_at DESC, rowid DESC"
        )
        return [self._pack(row) for row in rows]

    def _pack(self, row: dict[str, Any]) -> InstalledPack:
        """A record read back, its location absolute against today's data folder."""
        location = from_record(row.pop("location"), self.database.data_dir)
        return InstalledPack(location=location, **row)

    def remove_pack(self, pack_id: str, content_hash: str) -> bool:
        """Forget an installed pack; the work students did on it is kept."""
        with self.database.transaction() as db:
            cursor = db.execute(
                "DELETE FROM packs WHERE pack_id = ? AND content_hash = ?", [pack_id, content_hash]
            )
            return cursor.rowcount > 0

    # -- settings --------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting's value (any JSON value), or ``default`` when it was never set."""
        rows = self.database.rows("SELECT value FROM settings WHERE key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise ValueError(f"The setting {key!r} cannot be saved as JSON: {error}") from None
        with self.database.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, text],
            )

    def delete_setting(self, key: str) -> None:
        with self.database.transaction() as db:
            db.execute("DELETE FROM settings WHERE key = ?", [key])

    def settings(self) -> dict[str, Any]:
        return {
            row["key"]: json.loads(row["value"])
            for row in self.database.rows("SELECT * FROM settings")
        }

    # -- where a student was reading --------------------------------------------------

    def save_reader_state(
        self,
        student_id: int,
        pack_id: str,
        *,
        lesson_id: str | None = None,
        exercise_id: str | None = None,
        scroll: float = 0.0,
    ) -> None:
        """Remember the open lesson, exercise and scroll position (0..1) in a pack."""
        self.get_student(student_id)
        with self.database.transaction() as db:
            db.execute(
                "INSERT INTO reader_state (student_id, pack_id, lesson_id, exercise_id, "
                "scroll, saved_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (student_id, pack_id) DO UPDATE SET lesson_id = "
                "excluded.lesson_id, exercise_id = excluded.exercise_id, "
                "scroll = excluded.scroll, saved_at = excluded.saved_at",
                [student_id, pack_id, lesson_id, exercise_id, float(scroll), now()],
            )

    def load_reader_state(self, student_id: int, pack_id: str) -> ReaderState | None:
        rows = self.database.rows(
            "SELECT * FROM reader_state WHERE student_id = ? AND pack_id = ?",
            [student_id, pack_id],
        )
        return ReaderState(**rows[0]) if rows else None
