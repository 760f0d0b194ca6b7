#!/usr/bin/env bash
# Wrap dist/CloseRead.app into a compressed disk image with an Applications shortcut.
#
#   packaging/macos/make_dmg.sh      # on a Mac, after PyInstaller made dist/CloseRead.app
#
# Writes dist/CloseRead-VERSION-macos-ARCH.dmg (ARCH: arm64 or x86_64, the Mac's own).
# NOT RUN: written on Linux, where hdiutil does not exist; see packaging/README.md for
# the full recipe and what to check on a Mac. The image is not signed or notarised.
set -euo pipefail
cd "$(dirname "$0")/../.."

app=dist/CloseRead.app
if [[ ! -d "$app" ]]; then
  echo "make_dmg.sh: $app is missing; build it first (packaging/README.md, macOS)" >&2
  exit 1
fi
command -v hdiutil >/dev/null || { echo "make_dmg.sh: hdiutil is missing (it comes with macOS)" >&2; exit 1; }

version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
expected=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
if [[ "$version" != "$expected" ]]; then
  echo "make_dmg.sh: $app is version $version but pyproject.toml says $expected: rebuild it" >&2
  exit 1
fi

dmg="dist/CloseRead-$version-macos-$(uname -m).dmg"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and code signature intact.
ditto "$app" "$stage/CloseRead.app"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "CloseRead $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "wrote $dmg ($(du -h "$dmg" | cut -f1))"
