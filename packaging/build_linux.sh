#!/usr/bin/env bash
# Build the standalone Linux CloseRead with PyInstaller, and its tarball.
#
#   packaging/build_linux.sh
#
# 1. makes (or reuses) a build venv, build/venv, with the versions locked in
#    packaging/lock/build.txt (the app's requirements and PyInstaller, hashed) and this
#    checkout installed non-editable (its dist-info goes into the app);
# 2. runs PyInstaller on packaging/closeread.spec: dist/CloseRead/CloseRead, one folder;
# 3. packs dist/CloseRead-VERSION-linux-ARCH.tar.gz: the app folder, the desktop entry,
#    AppStream metainfo, MIME type and icons under share/, and install.sh.
#
# Needs python3 (3.11+, with its shared library, as Debian's and pyenv's are), its venv
# module, binutils (PyInstaller runs objdump) and the network for PyPI the first time.
# CLOSEREAD_BUILD_VENV=DIR uses another build venv. The app runs on Linux systems with the
# same or a newer glibc than the build machine's: build on the oldest one to support.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.github.closeread.CloseRead
venv=${CLOSEREAD_BUILD_VENV:-build/venv}

seconds() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$1" "$(seconds)"; }
started=$(seconds)

command -v objdump >/dev/null || { echo "build_linux.sh: objdump is missing (apt-get install binutils)" >&2; exit 1; }

# 1. The build venv. The checkout is installed without --editable so the dist-info is a
# plain folder, and reinstalled every time so it is never an older build's.
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --require-hashes -r packaging/lock/build.txt
"$venv/bin/python" -m pip install -q --no-deps --force-reinstall .
version=$("$venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "build venv ready: $(elapsed "$started")"

# 2. PyInstaller.
frozen_start=$(seconds)
rm -rf dist/CloseRead dist/CloseRead.source-digest
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/closeread.spec
echo "PyInstaller: $(elapsed "$frozen_start")"
built=$(dist/CloseRead/CloseRead --version)
[ "$built" = "CloseRead $version" ] || { echo "built app says '$built', expected 'CloseRead $version'" >&2; exit 1; }

# 3. The tarball.
name="CloseRead-$version-linux-$(uname -m)"
stage="build/tarball/$name"
rm -rf build/tarball && mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages"
cp -a dist/CloseRead "$stage/CloseRead"
cp packaging/linux/$APP_ID.desktop "$stage/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$stage/share/metainfo/"
cp packaging/linux/$APP_ID.xml "$stage/share/mime/packages/"
cp -R resources/icons "$stage/share/icons"
install -m 755 packaging/linux/install.sh "$stage/install.sh"
cp packaging/linux/README.txt "$stage/README.txt"
tar -C build/tarball -czf "dist/$name.tar.gz" "$name"

echo "built $built"
echo "  app:     dist/CloseRead/ $(du -sh dist/CloseRead | cut -f1)"
echo "  tarball: dist/$name.tar.gz $(du -sh "dist/$name.tar.gz" | cut -f1)"
echo "  total build time: $(elapsed "$started")"
