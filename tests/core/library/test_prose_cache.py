"""Prose rendered in one session comes back at the next start without Python-Markdown,
exactly as it was rendered, and still sanitised when shown."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from closeread.core.library import prose_cache
from closeread.core.pack import rendering
from closeread.core.pack.rendering import markdown_to_html

PROSE = [
    "Every argument is built from **two** kinds of bricks.\n\n- a *claim*\n- evidence",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Plain words & <b>a tag typed</b>, shown as typed.",
]


@pytest.fixture(autouse=True)
def fresh_renderer(monkeypatch):
    """Each test starts as a new process would: nothing rendered yet."""
    monkeypatch.setattr(rendering, "_RENDERED", {})
    monkeypatch.setattr(rendering, "_SHOWN", {})
    monkeypatch.setattr(prose_cache, "_on_disk", [])


SESSION = """
import json, sys
from closeread.core.library import prose_cache
from closeread.core.pack.rendering import markdown_to_html
data, texts = sys.argv[1], json.loads(sys.argv[2])
found = prose_cache.load(data)
shown = [markdown_to_html(text, tables="|" in text) for text in texts]
print(json.dumps({"found": found, "shown": shown, "markdown": "markdown" in sys.modules}))
prose_cache.save(data)
"""


def session(data, texts: list[str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(data), json.dumps(texts)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_next_start_shows_the_same_prose_without_loading_markdown(tmp_path):
    first = session(tmp_path, PROSE)
    assert first["found"] == 0 and first["markdown"]
    again = session(tmp_path, PROSE)
    assert again == {"found": 3, "shown": first["shown"], "markdown": False}
    assert "<strong>two</strong>" in again["shown"][0] and "<table>" in again["shown"][1]
    assert "&lt;b&gt;a tag typed&lt;/b&gt;" in again["shown"][2]  # typed HTML stays text
    other = session(tmp_path, [*PROSE, "Something *new*."])  # not seen before: rendered
    assert other["markdown"] and other["shown"][:3] == first["shown"]


def test_prose_from_other_code_or_an_unreadable_file_is_not_used(tmp_path, monkeypatch):
    for text in PROSE:
        markdown_to_html(text)
    prose_cache.save(tmp_path)
    monkeypatch.setattr(rendering, "_RENDERED", {})
    monkeypatch.setattr(prose_cache, "code_signature", lambda: [["format", 0]])
    assert prose_cache.load(tmp_path) == 0  # Markdown or CloseRead changed since
    assert rendering._RENDERED == {}
    prose_cache.cache_file(tmp_path).write_text("{not json", encoding="utf-8")
    assert prose_cache.load(tmp_path) == 0


def test_kept_html_is_sanitised_when_it_is_shown(tmp_path):
    text = "A harmless sentence."
    hostile = '<p>x<script>alert(1)</script><a href="javascript:go()">y</a><img src="/etc/a"></p>'
    data = {"signature": prose_cache.code_signature(), "prose": [[text, False, hostile]]}
    prose_cache.cache_file(tmp_path).parent.mkdir(parents=True)
    prose_cache.cache_file(tmp_path).write_text(json.dumps(data), encoding="utf-8")
    assert prose_cache.load(tmp_path) == 1
    shown = markdown_to_html(text)
    assert "script" not in shown and "javascript" not in shown and "/etc" not in shown
    assert shown.startswith("<p>x") and ">y</a>" in shown


def test_the_most_recently_shown_prose_is_kept_up_to_the_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(prose_cache, "MAX_ENTRIES", 2)
    for text in PROSE:
        markdown_to_html(text)
    markdown_to_html(PROSE[0])  # shown again: the most recent now
    prose_cache.save(tmp_path)
    kept = json.loads(prose_cache.cache_file(tmp_path).read_text(encoding="utf-8"))["prose"]
    assert [text for text, _tables, _html in kept] == [PROSE[2], PROSE[0]]
    written = prose_cache.cache_file(tmp_path).stat().st_mtime_ns
    prose_cache.save(tmp_path)  # nothing new shown: the file is left alone
    assert prose_cache.cache_file(tmp_path).stat().st_mtime_ns == written


def test_an_article_and_long_text_are_not_kept(tmp_path):
    rendering.article_from_markdown("An article's *text*.")
    markdown_to_html("x" * (rendering.MAX_PROSE_CHARS + 1), limit=rendering.MAX_ARTICLE_CHARS)
    markdown_to_html(PROSE[2])
    assert [text for text, _tables, _html in rendering.rendered()] == [PROSE[2]]


def test_a_long_session_remembers_only_so_much_prose(monkeypatch):
    monkeypatch.setattr(rendering, "REMEMBERED", 2)
    for text in PROSE:
        markdown_to_html(text, tables="|" in text)
    assert len(rendering._RENDERED) == 2
    assert [text for text, _tables, _html in rendering.rendered()] == PROSE[1:]
    assert markdown_to_html(PROSE[0]) == markdown_to_html(PROSE[0])  # rendered again
