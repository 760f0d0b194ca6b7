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


def test_every_module_of_a_split_room_is_in_a_layer():
    """grading is listed module by module (the kinds sit between its modules), so a new
    module there must be placed in the contract too, or import-linter would not check it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [core] = [
        contract
        for contract in config["tool"]["importlinter"]["contracts"]
        if contract["name"] == "The core's rooms stack in one direction"
    ]
    listed = {name.strip() for layer in core["layers"] for name in layer.split("|")}
    grading = ROOT / "src" / "closeread" / "core" / "grading"
    modules = {
        f"closeread.core.grading.{p.stem}" for p in grading.glob("*.py") if p.stem != "__init__"
    }
    assert modules - listed == set()
