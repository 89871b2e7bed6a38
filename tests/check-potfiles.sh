#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/POTFILES.in must list every file under src/, ui/ and data/ with translatable strings, sorted,
# and only files that exist: a missing line means English text in a German window.
# Usage: check-potfiles.sh SOURCE_ROOT (prints TAP).
set -u
cd "${1:?usage: check-potfiles.sh SOURCE_ROOT}" || exit 1

listed=$(mktemp) && found=$(mktemp) || exit 1
trap 'rm -f "$listed" "$found"' EXIT

grep -v -e '^#' -e '^[[:space:]]*$' po/POTFILES.in > "$listed"
# _( N_( C_( NC_( in C, translatable="yes" in GtkBuilder, the merge_file / gschema formats in data/.
{
  grep -rlE --include='*.c' --include='*.h' '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext)[[:space:]]*\(' src
  grep -rl --include='*.ui' 'translatable="yes"' ui
  find data -name '*.desktop.in' -o -name '*.metainfo.xml.in' -o -name '*.gschema.xml'
} | LC_ALL=C sort -u > "$found"

echo "1..3"
missing=$(LC_ALL=C sort -u "$listed" | LC_ALL=C comm -13 - "$found")
if [ -z "$missing" ]; then
  echo "ok 1 - every file with translatable strings is in po/POTFILES.in"
else
  echo "not ok 1 - files with translatable strings missing from po/POTFILES.in"
  printf '%s\n' "$missing" | sed 's/^/# missing: /'
fi

status=0
gone=""
while IFS= read -r f; do
  [ -f "$f" ] || gone="$gone $f"
done < "$listed"
if [ -z "$gone" ]; then
  echo "ok 2 - every file in po/POTFILES.in exists"
else
  echo "not ok 2 - po/POTFILES.in lists files that do not exist:$gone"
  status=1
fi

if LC_ALL=C sort -c -u "$listed" 2>/dev/null; then
  echo "ok 3 - po/POTFILES.in is sorted, without repeats"
else
  echo "not ok 3 - po/POTFILES.in is not sorted (LC_ALL=C sort -u) or has repeats"
  status=1
fi
[ -z "$missing" ] || status=1
exit $status
