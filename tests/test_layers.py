"""The layers hold: import-linter's contracts in pyproject.toml are all kept.

The core never imports Qt, the UI or the command line; the core's rooms (files and
records, toml, pack, grading, store, library, then classwork, report and authoring) and
the UI's (common, reading, exercises and library, teacher and editor, shell) each import
only from their own room and the rooms below it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent))


def test_every_layer_contract_is_kept():
    if LINT_IMPORTS is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([LINT_IMPORTS, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout, result.stdout
