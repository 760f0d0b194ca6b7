"""Generated hostile packs through the loader, ``closeread check`` and install.

Packs come from other people. Whatever a pack holds (random TOML and Markdown, deep
nesting, long runs of Markdown's special characters, odd paths and encodings, repetition
near the limits, duplicate ids, ambiguous quotes), loading, checking and installing it
must end with problems (the loader) or an ``InstallError`` (install): never another
exception, never in more than 2 s, never with more than 300 MB of Python memory.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeread.core.authoring.validity import check_pack
from closeread.core.library.install import InstallError, install_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

MINIPACK = Path(__file__).parent / "fixtures" / "minipack"
BASE = {
    path.relative_to(MINIPACK).as_posix(): path.read_bytes()
    for path in sorted(MINIPACK.rglob("*"))
    if path.is_file()
}
SECONDS = 2.0
MEMORY = 300 * 1024 * 1024

# -- the pieces ---------------------------------------------------------------------

SPECIALS = ["[", "&amp;", "*", "_", "`", "<", "#", ">", "- ", "](", "![", "|", "\\", "~", "="]
ODD_PATHS = [
    "..",
    "../outside.md",
    "lessons/../../x.toml",
    "/etc/passwd",
    "\\windows\\win.ini",
    "//host/share/x.md",
    "C:/x.md",
    "c:x.md",
    "%2e%2e/x.md",
    "%2Fetc%2Fpasswd",
    "a\x00b.md",
    "x" * 5_000,
    "/".join(["d"] * 300) + "/f.md",
    "lessons//one.toml",
    "lessons/./one.toml",
    "./article.md",
    "",
    ".",
    "lessons/",
    "file:///etc/passwd",
    "article.md\n",
    "CON",
    "ä/ö.md",
]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def runs(draw) -> str:
    """A long run of one special character, near or past the Markdown limits."""
    special = draw(st.sampled_from(SPECIALS))
    count = draw(st.sampled_from([1, 7, 31, 32, 33, 255, 256, 257, 1_000, 5_000]))
    joiner = draw(st.sampled_from(["", " ", "x", "\n"]))
    return joiner.join([special] * count)


@st.composite
def markdown_blocks(draw) -> str:
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return draw(runs())
    if kind == 1:  # quotes and lists inside one another
        depth = draw(st.sampled_from([2, 8, 9, 50, 500]))
        marker = draw(st.sampled_from(["> ", "- ", "1. ", "* ", ">", "  - "]))
        return marker * depth + draw(TEXT)
    if kind == 2:  # pictures with odd paths
        return f"![{draw(TEXT)}]({draw(st.sampled_from(ODD_PATHS))})"
    if kind == 3:  # links, brackets and HTML, nested
        depth = draw(st.sampled_from([1, 10, 40, 400]))
        return "[" * depth + "a" + "](x)" * depth + "<script>alert(1)</script><img src=x>"
    if kind == 4:
        return "#" * draw(st.integers(1, 12)) + " " + draw(TEXT)
    if kind == 5:  # a long prose paragraph
        return draw(st.sampled_from(["word ", "Cats make cities better. "])) * draw(
            st.sampled_from([10, 1_000, 20_000])
        )
    return draw(TEXT)


@st.composite
def markdown(draw) -> str:
    return "\n\n".join(draw(st.lists(markdown_blocks(), min_size=1, max_size=6)))


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


@st.composite
def toml_junk(draw) -> str:
    """A TOML line that is deep, long, wrong or all three."""
    kind = draw(st.integers(0, 5))
    depth = draw(st.sampled_from([1, 31, 32, 33, 100, 3_000]))
    if kind == 0:
        return "junk = " + "[" * depth + "1" + "]" * depth
    if kind == 1:
        return "junk = " + "{a = " * depth + "1" + "}" * depth
    if kind == 2:
        return ".".join(["k"] * depth) + " = 1"
    if kind == 3:
        return "[" + ".".join(["t"] * depth) + "]"
    if kind == 4:
        return "junk = " + "[" * depth  # never closed
    return draw(TEXT)


@st.composite
def lesson_toml(draw) -> str:
    base = BASE["lessons/one.toml"].decode()
    kind = draw(st.integers(0, 5))
    if kind == 0:  # an ambiguous or hostile quote
        quote = draw(
            st.sampled_from(["Cats make cities better", "Cats", "e", " ", "", ".", "\n", "[" * 300])
            | TEXT
        )
        base = base.replace('"Cats make cities better."', toml_string(quote), 1)
    elif kind == 1:  # duplicate exercise ids, many times over
        copies = draw(st.sampled_from([2, 50, 400]))
        block = base[base.index("[[exercises]]") : base.index('[[exercises]]\nid = "pick"')]
        base = base + "\n" + block * copies
    elif kind == 2:  # Markdown where prose goes
        base = base.replace('"Find the claim and its evidence."', toml_string(draw(markdown())))
    elif kind == 3:
        base = base + "\n" + "\n".join(draw(st.lists(toml_junk(), min_size=1, max_size=3)))
    elif kind == 4:  # show_marks_from, requires: odd names
        name = draw(st.sampled_from(["one/marks", "one", "x/y/z", "../marks", "", "marks" * 500]))
        base = base.replace('show_marks_from = "marks"', f"show_marks_from = {toml_string(name)}")
        base = base.replace("intro = ", f'requires = [{toml_string(name)}, "one"]\nintro = ')
    return base


@st.composite
def pack_toml(draw) -> str:
    base = BASE["pack.toml"].decode()
    kind = draw(st.integers(0, 5))
    if kind == 0:
        path = draw(st.sampled_from(ODD_PATHS))
        base = base.replace('article = "article.md"', f"article = {toml_string(path)}")
    elif kind == 1:
        paths = draw(st.lists(st.sampled_from([*ODD_PATHS, "lessons/one.toml"]), max_size=4))
        listed = ", ".join(toml_string(path) for path in paths)
        base = base.replace('lessons = ["lessons/one.toml"]', f"lessons = [{listed}]")
    elif kind == 2:  # duplicate labels, many
        copies = draw(st.sampled_from([2, 300]))
        base += '\n[[labels]]\nid = "claim"\nname = "Again"\ncolor = "#000000"\n' * copies
    elif kind == 3:
        base = base.replace('"Used by the tests."', toml_string(draw(markdown())))
    elif kind == 4:
        base = base + "\n" + "\n".join(draw(st.lists(toml_junk(), min_size=1, max_size=3)))
    elif kind == 5:  # notes at an odd path, or the Markdown file beside the pack
        path = draw(st.sampled_from([*ODD_PATHS, "notes.md"]))
        base = base.replace("[source]", f"notes = {toml_string(path)}\n\n[source]")
    return base


@st.composite
def encoded(draw, text: str) -> bytes:
    """``text`` as UTF-8, perhaps with a BOM, CRLF, lone CRs or invalid bytes."""
    kind = draw(st.integers(0, 5))
    if kind == 1:
        text = "\ufeff" + text
    elif kind == 2:
        text = text.replace("\n", "\r\n")
    elif kind == 3:
        text = text.replace("\n", "\r")
    data = text.encode("utf-8", "surrogatepass")
    if kind == 4:
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"]))
            + data[at:]
        )
    elif kind == 5:
        data = draw(st.binary(max_size=200))
    return data


@st.composite
def hostile_pack(draw) -> tuple[dict[str, bytes], bool]:
    """The files of a pack (by their name in the archive) and whether it is zipped."""
    files = dict(BASE)
    if draw(st.booleans()):
        files["pack.toml"] = draw(encoded(draw(pack_toml())))
    if draw(st.booleans()):
        files["article.md"] = draw(encoded(draw(markdown())))
    if draw(st.booleans()):
        files["lessons/one.toml"] = draw(encoded(draw(lesson_toml())))
    files["notes.md"] = draw(encoded(draw(markdown())))
    zipped = draw(st.booleans())
    if zipped:  # odd entry names only an archive can hold
        for name in draw(st.lists(st.sampled_from(ODD_PATHS), max_size=3)):
            files[name] = b"odd"
    return files, zipped


def write_pack(files: dict[str, bytes], zipped: bool, where: Path) -> Path:
    if zipped:
        target = where / "pack.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                info = zipfile.ZipInfo("placeholder")
                info.filename = name  # past ZipInfo's own cleaning: NULs, slashes and all
                info.compress_type = zipfile.ZIP_DEFLATED
                try:
                    archive.writestr(info, data)
                except (ValueError, UnicodeError):
                    continue  # a name zipfile itself cannot write
        return target
    target = where / "pack"
    for name, data in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return target


def measured(step, *args):
    """``step(*args)``, held to the time limit and (as far as one process can tell) memory.

    The process's peak resident size only grows; a step that raises it by more than the
    limit used at least that much. ``test_the_heaviest_packs_stay_small`` measures the
    heaviest shapes in a fresh process, where the peak is the pack's own."""
    before = _peak_rss()
    started = time.perf_counter()
    try:
        return step(*args)
    finally:
        took = time.perf_counter() - started
        grew = _peak_rss() - before
        assert took < SECONDS, f"{step.__name__} took {took:.2f} s"
        assert grew < MEMORY, f"{step.__name__} grew the peak by {grew / 2**20:.0f} MB"


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux counts in KB


@pytest.fixture(scope="module")
def store_and_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    with Store.open(data) as store:
        yield store, data


def _install(path, data, store):
    try:
        install_pack(path, data, store)
    except InstallError as error:
        assert str(error)  # a message for the user


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(hostile_pack())
def test_a_hostile_pack_ends_in_problems_not_tracebacks(store_and_data, case):
    files, zipped = case
    store, data = store_and_data
    with tempfile.TemporaryDirectory() as where:
        path = write_pack(files, zipped, Path(where))
        loaded = measured(load_pack, path)
        assert loaded.ok or any(problem.severity == "error" for problem in loaded.problems)
        checked = measured(check_pack, path)
        assert checked.ok == loaded.ok
        measured(_install, path, data, store)
    shutil.rmtree(data / "packs", ignore_errors=True)


HEAVY = """
import resource, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import test_hostile_packs as h
from closeread.core.authoring.validity import check_pack
from closeread.core.library.install import InstallError, install_pack
from closeread.core.pack.load import load_pack
from closeread.core.store.store import Store

article = h.BASE["article.md"].decode()
lesson = h.BASE["lessons/one.toml"].decode()
block = lesson[lesson.index("[[exercises]]") : lesson.index("[[exercises]]\\nid = \\"pick\\"")]
shapes = {
    "article near its limit": {"article.md": (article + "\\n\\n" + "Cats and words. " * 124_000)},
    "Markdown runs": {"article.md": article + "\\n\\n" + "\\n\\n".join(
        "*_[`<#>" * 36 + "\\n" + "> - " * 200 for _ in range(300))},
    "TOML near its limit": {
        "lessons/one.toml": lesson + "\\n# " + "x" * (2 * 1024 * 1024 - len(lesson) - 10)
    },
    "many exercises": {"lessons/one.toml": lesson + "".join(
        block.replace('id = "marks"', f'id = "m{i}"') for i in range(400))},  # 600: 1.6 s
}
with tempfile.TemporaryDirectory() as data, Store.open(Path(data)) as store:
    for name, changed in shapes.items():
        files = {**h.BASE, **{key: value.encode() for key, value in changed.items()}}
        for zipped in (False, True):
            with tempfile.TemporaryDirectory() as where:
                path = h.write_pack(files, zipped, Path(where))
                for step in (load_pack, check_pack):
                    started = time.perf_counter()
                    step(path)
                    print(name, step.__name__, round(time.perf_counter() - started, 2))
                started = time.perf_counter()
                try:
                    install_pack(path, Path(data), store)
                except InstallError:
                    pass
                print(name, "install", round(time.perf_counter() - started, 2))
# Linux keeps ru_maxrss across fork and exec (the parent's peak); VmHWM is this image's.
status = Path("/proc/self/status")
if status.exists():
    line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
    print("PEAK", int(line.split()[1]) * 1024)
else:
    print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # bytes on macOS
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX-only")
def test_the_heaviest_packs_stay_small_and_quick():
    """Packs at the limits, loaded, checked and installed in a fresh process."""
    run = subprocess.run(
        [sys.executable, "-c", HEAVY, str(Path(__file__).parent)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    *steps, peak = run.stdout.split("\n")[:-1]
    assert int(peak.split()[1]) < MEMORY, run.stdout
    for line in steps:
        assert float(line.rsplit(" ", 1)[1]) < SECONDS, line
