#!/bin/sh
# Install (or remove) the standalone CloseRead from this unpacked tarball.
#
#   ./install.sh                        # for you alone, into ~/.local (no root needed)
#   sudo ./install.sh --prefix /usr/local   # for every account on this computer
#   ./install.sh --uninstall [--prefix DIR] # remove it again (students' work stays)
#
# Puts the app in PREFIX/lib/closeread, a `closeread` command in PREFIX/bin, and the
# desktop entry, AppStream metainfo, MIME type (*.crpack opens in CloseRead) and icons
# under PREFIX/share. Nothing else on the system is touched. Students' work lives in
# the data folder (see `closeread --help`), which neither install nor uninstall touch.
#
# No installation is needed at all to run CloseRead: CloseRead/CloseRead starts it from
# where it was unpacked, and a folder CloseRead/closeread-data makes it portable.
set -eu

APP_ID=io.github.closeread.CloseRead
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME:?}/.local"
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

app="$prefix/lib/closeread"
bin="$prefix/bin/closeread"
share="$prefix/share"
desktop="$share/applications/$APP_ID.desktop"
metainfo="$share/metainfo/$APP_ID.metainfo.xml"
mime="$share/mime/packages/$APP_ID.xml"

# Refresh the desktop's caches when the tools are there; a missing tool only delays
# the menu entry or the file association until the next login.
refresh() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ]; then
    update-mime-database "$share/mime" || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ]; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "$app"
  rm -f "$bin" "$desktop" "$metainfo" "$mime"
  for icon in "$share"/icons/hicolor/*/apps/"$APP_ID".png "$share"/icons/hicolor/*/apps/"$APP_ID".svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  refresh
  echo "CloseRead removed from $prefix (students' work in the data folder was kept)."
  exit 0
fi

[ -x "$here/CloseRead/CloseRead" ] || { echo "install.sh: $here/CloseRead/CloseRead is missing" >&2; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
rm -rf "$app.new"
cp -R "$here/CloseRead" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"

# A small wrapper rather than a symlink: the app then always sees its own folder as the
# place it runs from.
cat >"$bin" <<EOF
#!/bin/sh
exec "$app/CloseRead" "\$@"
EOF
chmod 755 "$bin"

# The desktop entry runs `closeread`; point it at this install even when PREFIX/bin is
# not on the desktop session's PATH.
case "$bin" in
  *[!A-Za-z0-9/._+-]*) exec_path="\"$bin\"" ;;
  *) exec_path=$bin ;;
esac
sed "s|^Exec=closeread |Exec=$exec_path |" "$here/share/applications/$APP_ID.desktop" >"$desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
cp "$here/share/mime/packages/$APP_ID.xml" "$mime"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$share/$(dirname "$icon")"
  cp "$here/share/$icon" "$share/$icon"
done
refresh

echo "CloseRead $("$app/CloseRead" --version | sed 's/^CloseRead //') installed in $prefix."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Note: $prefix/bin is not on your PATH; the menu entry works anyway, or run $bin." ;;
esac
