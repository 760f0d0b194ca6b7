"""The student-only policy file beside CloseRead."""

from __future__ import annotations

from closeread.core.files import policy
from closeread.core.files.policy import POLICY_FILE, read_policy


def test_no_file_allows_teacher_mode(tmp_path):
    assert read_policy(tmp_path).teacher_mode


def test_the_file_beside_the_program_turns_teacher_mode_off(tmp_path, monkeypatch):
    (tmp_path / POLICY_FILE).write_text("teacher_mode = false\n", encoding="utf-8")
    monkeypatch.setattr(policy, "app_folder", lambda: tmp_path)
    found = read_policy()
    assert not found.teacher_mode and found.path == tmp_path / POLICY_FILE and not found.problem


def test_a_broken_or_odd_file_counts_as_student_only(tmp_path):
    (tmp_path / POLICY_FILE).write_text("teacher_mode = [", encoding="utf-8")
    broken = read_policy(tmp_path)
    assert not broken.teacher_mode and "could not be read" in broken.problem
    (tmp_path / POLICY_FILE).write_text('teacher_mode = "no"\n', encoding="utf-8")
    assert not read_policy(tmp_path).teacher_mode
    (tmp_path / POLICY_FILE).write_text("teacher_mode = true\ncolour = 1\n", encoding="utf-8")
    odd = read_policy(tmp_path)
    assert odd.teacher_mode and "colour" in odd.problem
