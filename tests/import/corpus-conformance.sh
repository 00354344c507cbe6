#!/usr/bin/env bash
# One corpus file through the whole loop: `stackdraft import` (exit 0 or 1), then the conformance
# driver of FORMAT on the imported project (it exports it and judges the files with the real tools).
#   corpus-conformance.sh --stackdraft BIN --input FILE --format compose|k8s
# Exit codes follow the conformance drivers: 0 passed, 1 failed, 77 skipped (a tool is absent).
set -uo pipefail
bin='' input='' format=''
while [[ $# -gt 0 ]]; do
    case $1 in
        --stackdraft) bin=$2; shift 2 ;;
        --input) input=$2; shift 2 ;;
        --format) format=$2; shift 2 ;;
        *) echo "usage: $0 --stackdraft BIN --input FILE --format compose|k8s" >&2; exit 2 ;;
    esac
done
work=$(mktemp -d "${TMPDIR:-/tmp}/stackdraft-import.XXXXXX")
trap 'rm -rf "$work"' EXIT
project=$work/imported.stackdraft.yaml
status=0
"$bin" import "$input" --out "$project" || status=$?
if [[ $status -ne 0 && $status -ne 1 ]]; then
    echo "FAILED: stackdraft import $(basename "$input") exited $status"
    exit 1
fi
status=0
"$bin" validate "$project" > /dev/null || status=$?
if [[ $status -ne 0 && $status -ne 1 ]]; then
    echo "FAILED: stackdraft validate does not load the imported project"
    exit 1
fi
# Not exec: the EXIT trap must still remove the scratch directory (exec dropped it, leaving one per run).
bash "$(dirname "${BASH_SOURCE[0]}")/../conformance/$format.sh" --stackdraft "$bin" --example "$project"
exit $?
