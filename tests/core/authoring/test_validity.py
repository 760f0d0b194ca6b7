"""The checker's validity audit: warnings where a pack's scores would mislead a teacher."""

from __future__ import annotations

import subprocess
import sys

from classroom import MINIPACK, variant

from closeread.core.authoring.validity import check_pack

ONE = "lessons/one.toml"
EVIDENCE_KEY = (
    '[[exercises.key]]\nquote = "A survey of 400 households found that 61% of cat owners felt '
    'calmer."\nlabel = "evidence"\nexplanation = "A statistic offered as support."\n'
)


def test_a_key_that_blanket_marking_beats_is_warned_at_its_exercise(tmp_path):
    pack = variant(tmp_path, "blanket", {ONE: (EVIDENCE_KEY, "")})
    text = (pack / ONE).read_text(encoding="utf-8")
    (pack / ONE).write_text(
        text.replace('labels = ["claim", "evidence"]', 'labels = ["claim"]', 1), encoding="utf-8"
    )
    result = check_pack(pack)
    assert result.pack is not None  # warnings: the pack still loads
    line = 1 + text.splitlines().index("[[exercises]]")
    warnings = [p for p in result.problems if p.severity == "warning"]
    assert warnings and all(p.path.endswith(ONE) and p.line == line for p in warnings)
    assert any("every sentence of the paragraphs that hold the key" in p.message for p in warnings)
    assert any("without reading" in p.message for p in warnings)


def test_the_bundled_pack_and_the_minipack_pass_the_audit():
    for pack in (MINIPACK, MINIPACK.parents[3] / "lessons" / "cyber-threat-oped"):
        result = check_pack(pack)
        assert result.pack is not None
        assert [str(p) for p in result.problems if "without reading" in p.message] == []


def test_closeread_check_prints_the_warning_and_still_passes(tmp_path):
    pack = variant(tmp_path, "blanket", {ONE: (EVIDENCE_KEY, "")})
    text = (pack / ONE).read_text(encoding="utf-8")
    (pack / ONE).write_text(
        text.replace('labels = ["claim", "evidence"]', 'labels = ["claim"]', 1), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "closeread", "check", str(pack)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{ONE}:" in done.stdout and ": warning: marks: a student who marks" in done.stdout
