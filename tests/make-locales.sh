#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the locales the tests run under (de_DE.UTF-8, ja_JP.UTF-8) into a folder of the build
# tree with localedef, so that no test depends on the system's locale-gen: the tests find them
# through LOCPATH. Usage: make-locales.sh OUTDIR STAMP LOCALE.UTF-8...
set -eu
outdir=${1:?usage: make-locales.sh OUTDIR STAMP LOCALE...}
stamp=${2:?usage: make-locales.sh OUTDIR STAMP LOCALE...}
shift 2

if ! command -v localedef >/dev/null 2>&1; then
  echo "make-locales.sh: localedef is missing (Debian: libc-bin, with the locales package)" >&2
  exit 1
fi
mkdir -p "$outdir"
for name in "$@"; do
  lang=${name%%.*}
  charmap=${name#*.}
  if [ ! -f "/usr/share/i18n/locales/$lang" ]; then
    echo "make-locales.sh: no locale source for $lang (install the locales package)" >&2
    exit 1
  fi
  rm -rf "$outdir/$name.tmp"
  # Exit status 1 only means warnings (characters of the charmap the locale does not define).
  status=0
  localedef --quiet -i "$lang" -f "$charmap" "$outdir/$name.tmp" || status=$?
  if [ "$status" -gt 1 ] || [ ! -f "$outdir/$name.tmp/LC_CTYPE" ]; then
    echo "make-locales.sh: localedef could not compile $name (status $status)" >&2
    exit 1
  fi
  rm -rf "$outdir/$name"
  mv "$outdir/$name.tmp" "$outdir/$name"
done
: > "$stamp"
