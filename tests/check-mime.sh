#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The design file's MIME type, installed into a scratch data dir: GIO must call a *.stencilcalc
# file, and a design under another name (by its content), application/x-stencilcalc-design.
# Usage: check-mime.sh MIME_XML (prints TAP).
set -u
xml=${1:?usage: check-mime.sh MIME_XML}
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
want=application/x-stencilcalc-design

mkdir -p "$dir/mime/packages" "$dir/files"
cp "$xml" "$dir/mime/packages/" || exit 1
echo "1..3"
if update-mime-database "$dir/mime" >/dev/null 2>&1; then
  echo "ok 1 - update-mime-database accepts the package"
else
  echo "not ok 1 - update-mime-database refuses the package"
fi
design='{
  "format" : "stencilcalc-design",
  "version" : 1,
  "part" : "AXK7L40223G",
  "thickness_um" : 127
}'
printf '%s\n' "$design" > "$dir/files/board.stencilcalc"
printf '%s\n' "$design" > "$dir/files/board-design"
n=2
for f in board.stencilcalc board-design; do
  type=$(XDG_DATA_HOME="$dir" XDG_DATA_DIRS="$dir" \
         gio info -a standard::content-type "$dir/files/$f" 2>&1 | sed -n 's/.*content-type: //p')
  if [ "$type" = "$want" ]; then
    echo "ok $n - $f is $want"
  else
    echo "not ok $n - $f is '$type', not $want"
  fi
  n=$((n + 1))
done
