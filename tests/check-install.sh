#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed programs speak German and Japanese: `meson install` into a temporary DESTDIR,
# then the installed stencilcalc-cli, with the installed catalogues and data, prints its errors
# in both languages, and the installed desktop entry, AppStream file and MIME type carry both
# translations.
# The locales come from LOCPATH (tests/make-locales.sh).
# Usage: check-install.sh MESON BUILD_ROOT BINDIR LOCALEDIR PKGDATADIR DATADIR (absolute paths
# under the prefix; prints TAP).
set -u
meson=${1:?usage: check-install.sh MESON BUILD_ROOT BINDIR LOCALEDIR PKGDATADIR DATADIR}
build=$2
bindir=$3
localedir=$4
pkgdatadir=$5
datadir=$6
app_id=io.github.stencilcalc.StencilCalc

dest=$(mktemp -d) || exit 1
trap 'rm -rf "$dest"' EXIT

echo "1..7"
if "$meson" install -C "$build" --destdir "$dest" --no-rebuild --quiet > "$dest.log" 2>&1; then
  echo "ok 1 - meson install into a temporary DESTDIR"
else
  echo "not ok 1 - meson install failed"
  sed 's/^/# /' "$dest.log"
  rm -f "$dest.log"
  exit 1
fi
rm -f "$dest.log"

status=0
check () {   # check N DESCRIPTION COMMAND...
  n=$1 description=$2
  shift 2
  if "$@"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    status=1
  fi
}

mo_installed () {
  for lang in de ja; do
    [ -f "$dest$localedir/$lang/LC_MESSAGES/stencilcalc.mo" ] || return 1
  done
}
check 2 "the de and ja catalogues are installed under $localedir" mo_installed

# The installed CLI, pointed at the installed files (under DESTDIR, not at their final place).
cli_error () {   # cli_error LANGUAGE LOCALE EXPECTED
  err=$(env STENCILCALC_DATADIR="$dest$pkgdatadir" STENCILCALC_LOCALEDIR="$dest$localedir" \
          LANGUAGE="$1" LC_ALL="$2" \
          "$dest$bindir/stencilcalc-cli" calc AXK0000 --thickness 127 2>&1 >/dev/null)
  code=$?
  case "$err" in
    *"$3"*) [ "$code" -eq 1 ] && return 0 ;;
  esac
  echo "# exit status $code, stderr: $err"
  return 1
}
check 3 "the installed CLI's errors in German" cli_error de de_DE.UTF-8 "Unbekanntes Bauteil „AXK0000“"
check 4 "the installed CLI's errors in Japanese" cli_error ja ja_JP.UTF-8 "不明な部品「AXK0000」"

desktop_translated () {
  file="$dest$datadir/applications/$app_id.desktop"
  grep -q '^Comment\[de\]=' "$file" &&
    grep -qF 'Comment[ja]=狭ピッチコネクタ用メタルマスクの開口を設計します' "$file" &&
    grep -q '^Keywords\[ja\]=.*メタルマスク' "$file"
}
check 5 "the installed desktop entry is translated (de, ja)" desktop_translated

metainfo_translated () {
  file="$dest$datadir/metainfo/$app_id.metainfo.xml"
  grep -q 'xml:lang="de"' "$file" && grep -q 'xml:lang="ja">メタルマスクの開口を設計' "$file"
}
check 6 "the installed AppStream file is translated (de, ja)" metainfo_translated

mime_translated () {
  file="$dest$datadir/mime/packages/$app_id.xml"
  grep -q 'xml:lang="de"' "$file" && grep -q 'xml:lang="ja">Stencil Calc デザイン' "$file"
}
check 7 "the installed MIME type's name is translated (de, ja)" mime_translated
exit $status
