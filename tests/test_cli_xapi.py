"""``closeread results xapi`` and ``closeread results send``, run through ``closeread.cli.main``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))
from ralph_lrs import PASSWORD, USER, Ralph, free_port
from storage_support import REF

from closeread.cli import main
from closeread.core.lrs import credentials
from closeread.core.store.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def data(tmp_path, capsys):
    folder = tmp_path / "data"
    with Store(folder) as store:
        ana = store.roster.add_student("Ana", "7B", "S1")
        store.work.record_attempt(ana.id, REF, "one", "before", {"selected": [0]})
    code, _, _ = run(
        capsys, "results", "xapi", "--base-iri", "https://school.example/cr",
        "--home-page", "https://school.example/", "--data-dir", str(folder),
    )  # fmt: skip
    assert code == 0
    with Store(folder) as store:
        for number in range(5):
            store.work.record_attempt(1, REF, "one", f"e{number}", {"selected": [0]}, score=1.0)
    return folder


def test_xapi_shows_and_sets_the_settings_and_the_queue(capsys, data):
    code, out, _ = run(capsys, "results", "xapi", "--data-dir", str(data))
    assert code == 0
    assert "base IRI: https://school.example/cr/" in out
    assert "queue: 5 pending, 0 sent, 0 refused, 0 invalid" in out  # not the attempt before
    code, _, err = run(capsys, "results", "xapi", "--base-iri", "x", "--data-dir", str(data))
    assert code == 1 and "both --base-iri and --home-page" in err
    code, _, err = run(
        capsys, "results", "xapi", "--base-iri", "school", "--home-page", "https://s.example/",
        "--data-dir", str(data),
    )  # fmt: skip
    assert code == 1 and "must be a web address" in err


def test_send_needs_a_password_from_somewhere(capsys, data, monkeypatch):
    monkeypatch.delenv("NO_SUCH_VAR", raising=False)
    base = ["results", "send", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "t"]
    code, _, err = run(capsys, *base, "--password-env", "NO_SUCH_VAR", "--data-dir", str(data))
    assert code == 1 and "NO_SUCH_VAR is not set" in err
    with open(__file__) as not_a_terminal:  # nobody to ask
        monkeypatch.setattr(sys, "stdin", not_a_terminal)
        code, _, err = run(capsys, *base, "--data-dir", str(data))
    assert code == 1 and "give --password-env VAR" in err
    code, _, err = run(capsys, "results", "send", "--lrs", "lrs", "--user", "t",
                       "--data-dir", str(data))  # fmt: skip
    assert code == 1 and "must start with http://" in err


def test_send_with_no_lrs_listening_reports_what_is_pending(capsys, data, monkeypatch):
    monkeypatch.setenv("LRS_PASSWORD", "x")
    code, out, _ = run(
        capsys, "results", "send", "--lrs", f"http://127.0.0.1:{free_port()}/xAPI/",
        "--user", "t", "--password-env", "LRS_PASSWORD", "--tries", "1", "--data-dir", str(data),
    )  # fmt: skip
    assert code == 1
    assert "sent 0 statements" in out and "pending 5 statements" in out
    assert "stopped: no answer from" in out


def test_send_to_ralph_then_again_sends_nothing_twice(capsys, data, tmp_path, monkeypatch):
    ralph = Ralph(tmp_path / "ralph")
    try:
        monkeypatch.setenv("LRS_PASSWORD", PASSWORD)
        argv = ["results", "send", "--lrs", ralph.endpoint, "--user", USER, "--password-env",
                "LRS_PASSWORD", "--remember", "--data-dir", str(data)]  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code == 0, out + err
        assert out.splitlines() == ["sent 5 statements", "pending 0 statements"]
        if credentials.system_keyring() is None:
            assert "no system keyring here" in err
        code, out, _ = run(capsys, *argv)
        assert code == 0 and out.splitlines()[0] == "sent 0 statements"
    finally:
        ralph.stop()
    with Store(data) as store:
        assert store.roster.get_setting(credentials.URL_SETTING) == ralph.endpoint
        assert store.roster.get_setting(credentials.USER_SETTING) == USER
        assert PASSWORD not in Path(store.path).read_bytes().decode("latin-1")


class MemoryKeyring:
    """A keyring backend of the test's own: keyring's three methods, over a dict."""

    def __init__(self):
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, user):
        return self.secrets.get((service, user))

    def set_password(self, service, user, password):
        self.secrets[(service, user)] = password

    def delete_password(self, service, user):
        del self.secrets[(service, user)]


def test_a_password_is_kept_per_lrs_and_user_in_the_keyring_given():
    ring = MemoryKeyring()
    url = "http://lrs.example/xAPI/"
    assert credentials.stored_password(url, "t", ring) is None
    assert credentials.remember_password(url, "t", "pw", ring)
    assert credentials.stored_password(url, "t", ring) == "pw"
    assert credentials.stored_password("http://other.example/xAPI/", "t", ring) is None
    assert credentials.forget_password(url, "t", ring)
    assert not credentials.forget_password(url, "t", ring)  # nothing left to forget
    assert credentials.stored_password(url, "t", ring) is None
