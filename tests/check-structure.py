#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The tree's shape, as issue 8 set it: no include cycle between modules (what each .c and .h
# file includes), no source file over 1,200 lines, no function over 150, and every source file
# says what it is for in its first comment. Usage: check-structure.py SOURCE_ROOT (prints TAP).
import os
import re
import sys

MAX_FILE_LINES = 1200
MAX_FUNCTION_LINES = 150

root = sys.argv[1]
src = os.path.join(root, "src")
files = []
for dirpath, _, names in os.walk(src):
    for name in sorted(names):
        if name.endswith((".c", ".h")):
            files.append(os.path.join(dirpath, name))
files.sort()


def module_of(path):
    """stencil-scene.c, stencil-scene.h and stencil-scene-private.h are one module."""
    base = os.path.basename(path)
    base = re.sub(r"\.(c|h)$", "", base)
    base = re.sub(r"-private$", "", base)
    return os.path.relpath(os.path.join(os.path.dirname(path), base), root)


by_header = {}
for f in files:
    if f.endswith(".h"):
        by_header.setdefault(os.path.basename(f), []).append(f)

include_re = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
graph = {}
for f in files:
    mod = module_of(f)
    graph.setdefault(mod, set())
    with open(f, encoding="utf-8") as fh:
        text = fh.read()
    for inc in include_re.findall(text):
        candidates = by_header.get(os.path.basename(inc), [])
        # The header of the same folder first (src/app and src/core have no shared names).
        same = [c for c in candidates if os.path.dirname(c) == os.path.dirname(f)]
        target = (same or candidates or [None])[0]
        if target is None:
            continue
        other = module_of(target)
        if other != mod:
            graph[mod].add(other)

# Cycles: strongly connected components with more than one module (Tarjan).
index = {}
low = {}
stack = []
on_stack = set()
cycles = []
counter = [0]


def strongconnect(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in sorted(graph.get(v, ())):
        if w not in index:
            strongconnect(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            cycles.append(sorted(comp))


sys.setrecursionlimit(10000)
for v in sorted(graph):
    if v not in index:
        strongconnect(v)

long_files = []
long_functions = []
no_purpose = []
for f in files:
    with open(f, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rel = os.path.relpath(f, root)
    if len(lines) > MAX_FILE_LINES:
        long_files.append(f"{rel}: {len(lines)} lines")
    # The purpose: a comment right after the SPDX line, before any code.
    if len(lines) < 2 or "SPDX-License-Identifier" not in lines[0] \
            or not lines[1].lstrip().startswith(("/*", "//")) or len(lines[1].strip()) < 12:
        no_purpose.append(rel)
    # GNU style: a function body opens with '{' and closes with '}' in column 0; the name is
    # on the line before the opening parenthesis' line.
    start = None
    name = "?"
    for i, line in enumerate(lines):
        if line.startswith("{") and start is None:
            start = i
            for j in range(i - 1, max(i - 12, -1), -1):
                m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\s*\(", lines[j])
                if m:
                    name = m.group(1)
                    break
        elif line.startswith("}") and start is not None:
            length = i - start + 1
            if length > MAX_FUNCTION_LINES and not re.match(r"^}\s*\w*.*;", line):
                long_functions.append(f"{rel}:{start + 1}: {name} ({length} lines)")
            start = None
            name = "?"

checks = [
    ("no include cycle between modules", [" <-> ".join(c) for c in cycles]),
    (f"no source file over {MAX_FILE_LINES} lines", long_files),
    (f"no function over {MAX_FUNCTION_LINES} lines", long_functions),
    ("every source file says what it is for after its SPDX line", no_purpose),
]
print(f"1..{len(checks)}")
status = 0
for n, (what, problems) in enumerate(checks, 1):
    if problems:
        status = 1
        print(f"not ok {n} - {what}")
        for p in problems:
            print(f"# {p}")
    else:
        print(f"ok {n} - {what}")
sys.exit(status)
