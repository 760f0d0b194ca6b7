#!/usr/bin/env bash
# Refresh the lock files: the exact, hashed versions that the README's commands, CI and
# the standalone build install.
#
#   packaging/lock/refresh.sh
#
# Each file pins every package, direct or not, to one version with the hashes of all its
# published files (every platform), resolved for Python 3.11 on Linux, Windows and macOS
# from the ranges in pyproject.toml:
#   test.txt   the app and the `test` extra (the README's test command, CI);
#   app.txt    the app alone (the README's launch command);
#   build.txt  the app and PyInstaller (packaging/build_linux.sh; build.in names the
#              PyInstaller release).
# app.txt and build.txt are resolved within test.txt, so a package has one version in all
# three. The resolver is uv, at the version below, in a throw-away venv. After refreshing,
# run the README's test command: tests/test_lock.py checks that every locked version is
# inside pyproject's ranges.
set -euo pipefail
cd "$(dirname "$0")/../.."

UV_VERSION=0.13.9
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q "uv==$UV_VERSION"
compile() {
  "$tools/venv/bin/uv" pip compile --quiet --universal --python-version 3.11 \
    --generate-hashes --no-header --custom-compile-command packaging/lock/refresh.sh "$@"
}
lock=packaging/lock
compile pyproject.toml --extra test -o "$lock/test.txt"
compile pyproject.toml -c "$lock/test.txt" -o "$lock/app.txt"
compile pyproject.toml "$lock/build.in" -c "$lock/test.txt" -o "$lock/build.txt"
echo "refreshed: $lock/test.txt $lock/app.txt $lock/build.txt"
