#!/usr/bin/env bash
# Checks that every tracked C++ file is formatted by the checked-in .clang-format, with Debian 12's
# clang-format (14). Prints the files that differ and how to fix them; exit 1 when any does.
# `./scripts/check-format.sh --fix` reformats them in place instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v clang-format >/dev/null 2>&1 || { echo "[stackdraft] clang-format not found (see scripts/deps.txt)" >&2; exit 2; }
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find src plugins tests bench -name '*.cpp' -o -name '*.h')
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
# One clang-format process for the whole tree; its diagnostics start with the file's path.
mapfile -t bad < <(clang-format --dry-run --Werror "${files[@]}" 2>&1 \
    | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*clang-format.*/\1/p' | sort -u)
if [[ ${#bad[@]} -gt 0 ]]; then
    printf '[stackdraft] not formatted (.clang-format): %s\n' "${bad[@]}" >&2
    echo "[stackdraft] run ./scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "[stackdraft] formatting: ${#files[@]} files match .clang-format" >&2
