"""The window's preferences file: read before the database opens, written only on change."""

from __future__ import annotations

from closeread.ui.shell.prefs import FILE_NAME, Prefs


def test_the_appearance_is_kept_and_written_only_when_it_changes(tmp_path):
    prefs = Prefs(tmp_path)
    assert prefs.appearance == "system"
    prefs.appearance = "dark"
    assert Prefs(tmp_path).appearance == "dark"
    path = tmp_path / FILE_NAME
    path.write_text(path.read_text() + "; the student's own note\n")
    prefs.appearance = "dark"  # every start says it again
    assert "the student's own note" in path.read_text()  # not written again
    prefs.appearance = "light"
    assert Prefs(tmp_path).appearance == "light"
