"""The API scripts use: ``from closeread.core import ...`` works, and means the real thing."""

from __future__ import annotations

import subprocess
import sys

import closeread.core
from closeread.core import Span, grade, load_pack, score_spans, tokenize
from closeread.core.classwork import results_file
from closeread.core.grading import spans
from closeread.core.pack import load


def test_the_documented_names_are_the_core_s_own():
    assert load_pack is load.load_pack
    assert (score_spans, Span, tokenize) == (spans.score_spans, spans.Span, spans.tokenize)
    assert grade.__module__ == "closeread.core.grading.grade"
    for name in ("parse_results", "build_results", "write_results"):
        assert getattr(closeread.core, name) is getattr(results_file, name)
    assert set(closeread.core.__all__) >= {"load_pack", "grade", "score_spans", "Span"}


def test_a_script_scores_its_own_marks_through_the_api():
    text = tokenize("Cats are good. Dogs are loyal.")
    result = score_spans(text, [Span(0, 14, "claim")], [Span(0, 14, "claim")])
    assert result.score == 1.0


def test_importing_the_core_imports_none_of_its_rooms():
    code = (
        "import sys, closeread.core\n"
        "print(sorted(m for m in sys.modules if m.startswith('closeread.core.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_name_the_core_exports_is_in_its_all():
    assert sorted(closeread.core.__all__) == sorted(closeread.core._API)
