#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs the Gerber writer benchmark: 40 x 25 AXK7L80223G sockets (82,000 flashes).
# Usage: bench/run-gerber.sh [RUNS] [OUTPUT.gbr]    BUILDDIR defaults to build-bench.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILDDIR:-$src/build-bench}
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$src" --buildtype=release
fi
ninja -C "$build" bench/bench-gerber
STENCILCALC_DATADIR="$src/data" "$build/bench/bench-gerber" "$@"
