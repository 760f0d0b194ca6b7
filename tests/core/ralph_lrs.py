"""A real Ralph LRS for the tests, started on a free local port with a basic-auth user.

Ralph (``pip install 'ralph-malph[lrs,cli]'``) is not one of CloseRead's dependencies: it
lives in a venv of its own, found through ``CLOSEREAD_RALPH`` (the path of its ``ralph``
command) or on the PATH. Without it the tests that need it are skipped with the way to
install it; ``CLOSEREAD_REQUIRE_RALPH=1`` (set by ``.ci/run``) turns that skip into a
failure. The server is Ralph's LRS app on its file backend, as ``ralph runserver -b
fs`` starts it but appending to its file (``ralph_server.py`` says why), with a
credentials file written by ``ralph auth``, on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

USER, PASSWORD = "teacher", "s3cret-for-tests"
SERVER = Path(__file__).with_name("ralph_server.py")
JUDGE = Path(__file__).with_name("ralph_validate.py")
INSTALL = (
    "Ralph LRS is not installed: python3 -m venv RALPH && RALPH/bin/pip install "
    "'ralph-malph[lrs,cli]', then set CLOSEREAD_RALPH=RALPH/bin/ralph"
)


def ralph_command() -> str | None:
    found = os.environ.get("CLOSEREAD_RALPH") or shutil.which("ralph")
    return found if found and Path(found).is_file() else None


def need_ralph() -> str:
    command = ralph_command()
    if command is None:
        if os.environ.get("CLOSEREAD_REQUIRE_RALPH") == "1":
            pytest.fail(INSTALL + " (CLOSEREAD_REQUIRE_RALPH=1)")
        pytest.skip(INSTALL)
    return command


def ralph_judges(statements: list) -> list[dict]:
    """What Ralph's own xAPI model says of each statement (``ralph_validate.py``)."""
    python = Path(need_ralph()).with_name("python")
    lines = "".join(json.dumps(statement) + "\n" for statement in statements)
    done = subprocess.run(
        [str(python), str(JUDGE)], input=lines, capture_output=True, text=True, timeout=300,
        env={**os.environ, "RALPH_RUNSERVER_BACKEND": "fs"}, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Ralph:
    """A running Ralph; :attr:`endpoint` is its xAPI address."""

    def __init__(self, folder: Path) -> None:
        command = need_ralph()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "cwd").mkdir(exist_ok=True)
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(folder / "app"),
            "RALPH_AUTH_FILE": str(folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
        }
        subprocess.run(
            [command, "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
             "-M", "mailto:teacher@school.example", "-w"],
            env=self.env, cwd=folder / "cwd", check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"
        self.log = open(folder / "ralph.log", "wb")  # noqa: SIM115 (closed in stop)
        (folder / "statements").mkdir(exist_ok=True)
        python = Path(command).with_name("python")
        self.process = subprocess.Popen(
            [str(python), str(SERVER), "127.0.0.1", str(self.port), str(folder / "statements")],
            env=self.env, cwd=folder / "cwd", stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self._wait_until_up(folder)

    def _wait_until_up(self, folder: Path, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2
                ) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.stop()
        log = (folder / "ralph.log").read_text(errors="replace")[-2000:]
        pytest.fail(f"Ralph did not start on port {self.port}:\n{log}")

    def stop(self) -> None:
        """End the server (the process group it was started in)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)
        self.log.close()
