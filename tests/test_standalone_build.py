"""The standalone Linux build (PyInstaller) starts offline and opens its bundled pack.

The slow tests run the real frozen app in ``dist/CloseRead/``, as a student's computer
would, with no Python of ours on the path:

- no build in ``dist/`` (or one from older sources): skipped, saying so, so the
  README's test command stays quick;
- ``CLOSEREAD_BUILD_STANDALONE=1``: ``packaging/build_linux.sh`` builds it first
  (about a minute with a warm pip cache);
- ``CLOSEREAD_REQUIRE_STANDALONE=1``: a missing or stale build fails instead of being
  skipped; ``.ci/run`` sets it after building.

The tests at the end check the frozen layout's portable folder without a build.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

from closeread.core.files import paths
from closeread.core.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP_DIR = DIST / "CloseRead"
EXECUTABLE = APP_DIR / "CloseRead"
DIGEST_FILE = DIST / "CloseRead.source-digest"
BUNDLED_PACKAGE = APP_DIR / "_internal" / "closeread"
PACK_ID = "cyber-threat-oped"
APP_ID = "io.github.closeread.CloseRead"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
LAST_STUDENT = "last_student"  # closeread.ui.shell.profile_dialog.LAST_STUDENT, without Qt
SHOWN_TIMEOUT = 120  # seconds; the app shows its window in about 2 s here


def _source_digest() -> str:
    spec = importlib.util.spec_from_file_location(
        "source_digest", ROOT / "packaging" / "source_digest.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.source_digest(ROOT)


def _unavailable(reason: str) -> None:
    if os.environ.get("CLOSEREAD_REQUIRE_STANDALONE") == "1":
        pytest.fail(f"{reason} (CLOSEREAD_REQUIRE_STANDALONE=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def app() -> Path:
    """The built app's executable, built first when CLOSEREAD_BUILD_STANDALONE=1."""
    if not sys.platform.startswith("linux"):
        _unavailable("the standalone build tested here is the Linux one")
    if os.environ.get("CLOSEREAD_BUILD_STANDALONE") == "1":
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT, check=True)
    if not EXECUTABLE.is_file():
        _unavailable(
            f"no standalone build at {EXECUTABLE.relative_to(ROOT)}: make one with "
            "packaging/build_linux.sh, or set CLOSEREAD_BUILD_STANDALONE=1"
        )
    built_from = DIGEST_FILE.read_text().strip() if DIGEST_FILE.is_file() else None
    if built_from != _source_digest():
        _unavailable(
            f"{APP_DIR.relative_to(ROOT)} was built from other sources than this checkout's "
            "(stale): rebuild it with packaging/build_linux.sh"
        )
    return EXECUTABLE


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """A student's environment: offscreen, a private home, no CloseRead variables."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CLOSEREAD_", "PYTHON", "XDG_", "QT_"))
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(command: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 60):
    """Run a command in a session of its own, so a timeout ends all it started."""
    process = subprocess.Popen(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as timeout_error:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        timeout_error.stdout, timeout_error.stderr = stdout, stderr
        raise
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def seed_student(data_dir: Path) -> int:
    """A student profile, remembered as the last one, so no profile dialog waits."""
    with Store.open(data_dir) as store:
        student = store.roster.add_student("Standalone Check")
        store.roster.set_setting(LAST_STUDENT, student.id)
        return student.id


def show_window(
    executable: Path, tmp_path: Path, *args: str | Path, env: dict[str, str], under=(), said=None
) -> float:
    """Start the app until its window shows a pack (CLOSEREAD_EXIT_WHEN_SHOWN); seconds.

    ``under`` is a command to start it with (xvfb-run and its options).
    """
    env = {**env, "CLOSEREAD_EXIT_WHEN_SHOWN": "1"}
    started = time.time()
    try:
        command = [*under, executable, *args]
        result = run(command, cwd=tmp_path, env=env, timeout=SHOWN_TIMEOUT)
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(
            f"the built app showed no pack within {SHOWN_TIMEOUT} s (a dialog waiting?)\n"
            f"stdout: {timeout.stdout}\nstderr: {timeout.stderr}"
        )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown ")]
    assert shown, f"the app quit without showing a pack:\n{result.stdout}{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    if said is not None:
        said.extend(line for line in result.stdout.splitlines() if line.startswith("language "))
    return float(shown[0].split()[1]) - started


def opened_pack(data_dir: Path, student_id: int) -> tuple[str, object]:
    """The pack the app last opened for the student, and the place it saved there."""
    with Store.open(data_dir) as store:
        return (
            store.roster.get_setting(f"student.{student_id}.last_pack"),
            store.roster.load_reader_state(student_id, PACK_ID),
        )


@pytest.mark.slow
def test_version_is_the_one_in_pyproject(app, tmp_path):
    result = run([app, "--version"], cwd=tmp_path, env=app_env(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CloseRead {VERSION}"


@pytest.mark.slow
def test_bundled_pack_inside_the_app_passes_check(app, tmp_path):
    pack = BUNDLED_PACKAGE / "lessons" / PACK_ID
    assert (pack / "pack.toml").is_file(), "the bundled pack is not inside the built app"
    assert (BUNDLED_PACKAGE / "resources" / "schema" / "pack.schema.json").is_file()
    # Nothing but PATH: the frozen app needs no Python, venv or checkout of ours.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = run([app, "check", pack], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"{pack}: ok, 5 lessons, ") and result.stderr == ""


@pytest.mark.slow
def test_window_opens_the_bundled_pack_offscreen(app, tmp_path):
    data_dir = tmp_path / "data"
    student = seed_student(data_dir)
    seconds = show_window(app, tmp_path, "--data-dir", data_dir, env=app_env(tmp_path / "home"))
    print(f"standalone app: window with the bundled pack shown {seconds:.2f} s after start")
    last_pack, place = opened_pack(data_dir, student)
    assert Path(last_pack) == BUNDLED_PACKAGE / "lessons" / PACK_ID
    assert place is not None and place.pack_id == PACK_ID
    assert not (tmp_path / "home" / ".local" / "share" / "CloseRead").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        ((), "zh_CN.UTF-8", "language zh_CN: 取消 | 3 次尝试"),
        (("--lang", "es"), "en_US.UTF-8", "language es_ES: Cancelar | 3 intentos"),
    ],
)
def test_the_app_carries_its_translations_and_speaks_the_chosen_language(
    app, tmp_path, args, lang, said
):
    """The .qm files are inside the built app and load: the system's language
    (``LANG``), or ``--lang``; Qt's own strings too (PySide6's qtbase translations)."""
    i18n = BUNDLED_PACKAGE / "resources" / "i18n"
    for code in ("en", "es", "zh_CN"):
        assert (i18n / f"closeread_{code}.qm").is_file(), f"closeread_{code}.qm is not in the app"
    data_dir = tmp_path / "data"
    seed_student(data_dir)
    env = {**app_env(tmp_path / "home"), "LANG": lang, "LANGUAGE": ""}
    lines: list[str] = []
    show_window(app, tmp_path, "--data-dir", data_dir, *args, env=env, said=lines)
    assert lines == [said]


@pytest.mark.slow
def test_the_app_carries_a_chinese_font_and_its_licence(app):
    """A bare Linux has no font with Chinese characters: the app brings its own."""
    fonts = app.parent / "_internal" / "closeread" / "resources" / "fonts"
    assert (fonts / "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert "WenQuanYi" in (fonts / "copyright").read_text(encoding="utf-8", errors="replace")


def test_window_opens_on_a_real_x_server(app, tmp_path):
    """Offscreen proves the code; Xvfb proves the bundled xcb platform plugin loads too."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        _unavailable("xvfb-run is missing (Debian package xvfb; .ci/run installs it)")
    data_dir = tmp_path / "data"
    student = seed_student(data_dir)
    env = app_env(tmp_path / "home")
    del env["QT_QPA_PLATFORM"]  # Qt picks xcb from DISPLAY
    xvfb = [xvfb_run, "--auto-servernum", "--server-args=-screen 0 1280x800x24"]
    show_window(app, tmp_path, "--data-dir", data_dir, env=env, under=xvfb)
    last_pack, _place = opened_pack(data_dir, student)
    assert Path(last_pack) == BUNDLED_PACKAGE / "lessons" / PACK_ID


@pytest.mark.slow
def test_portable_folder_beside_the_built_app_keeps_everything(app, tmp_path):
    """A copy on a 'USB stick' with closeread-data beside the executable uses that folder."""
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / "CloseRead"
    try:  # hard links are quick when tmp and dist share a file system
        shutil.copytree(APP_DIR, copy, symlinks=True, copy_function=os.link)
    except OSError:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(APP_DIR, copy, symlinks=True)
    portable = copy / paths.PORTABLE_FOLDER
    student = seed_student(portable)
    home = tmp_path / "home"
    show_window(copy / "CloseRead", tmp_path, env=app_env(home))
    last_pack, place = opened_pack(portable, student)
    assert Path(last_pack) == copy / "_internal" / "closeread" / "lessons" / PACK_ID
    assert place is not None
    assert (portable / "closeread.sqlite3").is_file()
    written = [path for path in home.rglob("*") if "closeread" in str(path).lower()]
    assert not written, written  # nothing of CloseRead's in the home folder


@pytest.mark.slow
def test_every_qt_library_the_bundle_links_to_is_in_it(app):
    """The spec drops Qt Quick and QML; nothing left in the bundle may need them."""
    shipped = ("libQt6", "libicu", "libpyside6", "libshiboken6")
    missing = []
    for binary in sorted((APP_DIR / "_internal" / "PySide6").rglob("*.so*")):
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            name = line.strip().split(" ")[0]
            if "not found" in line and name.startswith(shipped):
                missing.append(f"{binary.relative_to(APP_DIR)} needs {name}")
    assert not missing, "\n".join(missing)
    libraries = {path.name for path in (APP_DIR / "_internal" / "PySide6" / "Qt" / "lib").iterdir()}
    assert not any(name.startswith(("libQt6Quick", "libQt6WebEngine")) for name in libraries)


@pytest.mark.slow
def test_tarball_installs_and_uninstalls_under_a_prefix(app, tmp_path):
    tarball = DIST / f"CloseRead-{VERSION}-linux-{platform.machine()}.tar.gz"
    if not tarball.is_file():
        _unavailable(f"no tarball at {tarball.relative_to(ROOT)}: packaging/build_linux.sh")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    [unpacked] = (tmp_path / "unpacked").iterdir()
    assert (unpacked / "README.txt").is_file() and (unpacked / "CloseRead" / "CloseRead").is_file()
    prefix = tmp_path / "a prefix"
    env = app_env(tmp_path / "home")
    result = run([unpacked / "install.sh", "--prefix", prefix], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{prefix}/bin/closeread" %f' in desktop.read_text(encoding="utf-8")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):  # the glob reaches the MIME database
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/vnd.closeread.pack+zip:*.crpack" in globs
    if shutil.which("desktop-file-validate"):
        checked = run(["desktop-file-validate", desktop], cwd=tmp_path, env=env)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    installed = run([prefix / "bin" / "closeread", "--version"], cwd=tmp_path, env=env)
    assert installed.stdout.strip() == f"CloseRead {VERSION}", installed.stderr

    result = run(
        [unpacked / "install.sh", "--uninstall", "--prefix", prefix], cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    left = [path for path in prefix.rglob("*") if APP_ID in path.name or path.name == "closeread"]
    assert not left, left


# -- the frozen layout, without a build -----------------------------------------------


@pytest.fixture
def frozen_onedir(tmp_path, monkeypatch):
    """Pretend to be PyInstaller's one-folder app: stick/CloseRead/CloseRead + _internal."""
    app_dir = tmp_path / "stick" / "CloseRead"
    package = app_dir / "_internal" / "closeread"
    for name in paths.BUNDLED_FOLDERS:
        (package / name).mkdir(parents=True)
    (app_dir / "CloseRead").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(app_dir / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(app_dir / "CloseRead"))
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    return app_dir


def test_frozen_app_folder_is_the_executables_folder(frozen_onedir):
    assert paths.app_folder() == frozen_onedir


def test_frozen_app_uses_closeread_data_beside_the_executable(frozen_onedir, tmp_path):
    portable = frozen_onedir / paths.PORTABLE_FOLDER
    portable.mkdir()
    assert paths.data_dir() == portable
    assert paths.data_dir(tmp_path / "chosen") == tmp_path / "chosen"  # --data-dir still wins


def test_frozen_app_without_the_folder_uses_the_platform_folder(frozen_onedir):
    assert paths.data_dir() != frozen_onedir / paths.PORTABLE_FOLDER
    assert not (frozen_onedir / paths.PORTABLE_FOLDER).exists()


def test_frozen_app_finds_bundled_folders_beside_its_package(frozen_onedir):
    package = frozen_onedir / "_internal" / "closeread"
    assert paths.bundled_dir_from(package, "lessons") == package / "lessons"
    assert paths.bundled_dir_from(package, "resources") == package / "resources"
