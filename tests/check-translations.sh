#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every catalogue in po/LINGUAS translates every string of the current sources: the template is
# extracted afresh (xgettext with the pot target's arguments), each po/XX.po is merged into a
# temporary copy as `meson compile stencilcalc-pot stencilcalc-update-po` would, and
# `msgfmt --check --statistics` must count no fuzzy and no untranslated message. A new or changed
# source string without its translation fails here. The source tree is never written.
# Usage: check-translations.sh SOURCE_ROOT XGETTEXT_ARGUMENT... (prints TAP).
set -u
src=${1:?usage: check-translations.sh SOURCE_ROOT XGETTEXT_ARGUMENT...}
shift
package=stencilcalc

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

langs=$(sed -e 's/#.*//' "$src/po/LINGUAS" | tr -s ' \t' '\n\n' | sed '/^$/d')
n=$(printf '%s\n' "$langs" | sed '/^$/d' | wc -l)
echo "1..$((n + 1))"

status=0
if xgettext --package-name="$package" -f "$src/po/POTFILES.in" -D "$src" -k_ \
     -o "$tmp/$package.pot" "$@" 2> "$tmp/xgettext.err" && [ -s "$tmp/$package.pot" ]; then
  count=$(grep -c '^msgid ' "$tmp/$package.pot")
  echo "ok 1 - xgettext extracted $((count - 1)) messages from po/POTFILES.in"
else
  echo "not ok 1 - xgettext could not extract the template"
  sed 's/^/# /' "$tmp/xgettext.err"
  exit 1
fi

# Prints the msgids of a catalogue (its header left out) as TAP comments: "# WHAT: text".
list_msgids ()
{
  awk -v what="$1" '
    function flush() { if (id != "") print "# " what ": " id; id = ""; inid = 0 }
    /^msgid / { flush(); inid = 1; line = $0; sub(/^msgid "/, "", line); sub(/"$/, "", line);
                id = line; next }
    /^"/ && inid { line = $0; sub(/^"/, "", line); sub(/"$/, "", line); id = id line; next }
    { inid = 0 }
    END { flush() }'
}

i=1
for lang in $langs; do
  i=$((i + 1))
  po="$src/po/$lang.po"
  merged="$tmp/$lang.po"
  if [ ! -f "$po" ]; then
    echo "not ok $i - $lang: po/$lang.po is missing (listed in po/LINGUAS)"
    status=1
    continue
  fi
  if ! msgmerge --quiet -o "$merged" "$po" "$tmp/$package.pot" 2> "$tmp/err"; then
    echo "not ok $i - $lang: msgmerge failed"
    sed 's/^/# /' "$tmp/err"
    status=1
    continue
  fi
  # msgfmt prints e.g. "510 translated messages, 1 fuzzy translation, 1 untranslated message."
  if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$merged" 2>&1); then
    echo "not ok $i - $lang: msgfmt --check failed"
    printf '%s\n' "$stats" | sed 's/^/# /'
    status=1
    continue
  fi
  case "$stats" in
    *fuzzy* | *untranslated*)
      echo "not ok $i - $lang: $stats"
      echo "# Translate these in po/$lang.po (meson compile -C _build stencilcalc-update-po):"
      msgattrib --only-fuzzy --no-obsolete "$merged" | list_msgids fuzzy
      msgattrib --untranslated --no-obsolete "$merged" | list_msgids untranslated
      status=1
      ;;
    *)
      echo "ok $i - $lang: $stats"
      ;;
  esac
done
exit $status
