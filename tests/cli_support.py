"""Running ``closeread`` in-process as a teacher runs it, for the command-line tests."""

from __future__ import annotations

import pytest

from closeread.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], list[str]]:
    """The exit status of ``closeread ARGS``, and the lines it printed and complained."""
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse's usage errors
        code = exit.code
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()
