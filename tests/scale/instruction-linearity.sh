#!/usr/bin/env bash
# Instruction counts of each scale step at two sizes, and their ratio (issue 14, README "Scale").
#
# CPU time grows faster than the work when a step's working set outgrows the caches, and it moves
# with the load of a shared machine; the number of instructions does neither. Each step of
# `bench_scale --step` runs under callgrind with instrumentation off until the step's own work
# starts (bench/scale/scalestep.cpp), at SMALL and LARGE components, and its ratio is printed:
# 4 is linear for 4 times the components, 16 quadratic. With --max-ratio R it fails (exit 1) when
# a step's ratio is over R: the CTest `linearity.instructions` runs it with 6.
#
#   tests/scale/instruction-linearity.sh --bench build/bench/bench_scale [--small N] [--large N]
#       [--steps a,b,...] [--max-ratio R]
set -uo pipefail

bench='' small=1000 large=4000 max_ratio=''
steps=load,validate,revalidate,cost,export:compose,export:k8s,export:terraform,export:mermaid,export:markdown
while (($#)); do
    case $1 in
    --bench) bench=$2; shift 2 ;;
    --small) small=$2; shift 2 ;;
    --large) large=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --max-ratio) max_ratio=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ -x $bench ]] || { echo "usage: $0 --bench PATH/bench_scale [--max-ratio R]" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "SKIPPED: valgrind not found"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/stackdraft-instructions.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
for size in "$small" "$large"; do
    "$bench" --write "$size" "$work/generated-$size.stackdraft.yaml" >/dev/null || exit 2
done

# The instructions callgrind collected while the step's work ran.
instructions() {
    local step=$1 size=$2 log=$work/valgrind.log
    if ! valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \
        "$bench" --step "$step" "$work/generated-$size.stackdraft.yaml" >/dev/null 2>"$log"; then
        echo "$step at $size: bench_scale failed under valgrind:" >&2
        tail -5 "$log" >&2
        return 1
    fi
    local count
    count=$(sed -n 's/.*Collected : *\([0-9][0-9]*\).*/\1/p' "$log" | tail -1)
    [[ -n $count && $count -gt 0 ]] || { echo "$step at $size: no instruction count in valgrind's output" >&2; return 1; }
    echo "$count"
}

# The measure itself: a pass that compares every component with every other must be seen.
if [[ -n $max_ratio ]]; then
    a=$(instructions selfcheck:quadratic "$small") || exit 2
    b=$(instructions selfcheck:quadratic "$large") || exit 2
    ratio=$((b * 100 / a))
    echo "self-check, a quadratic pass: x$((ratio / 100)).$(printf %02d $((ratio % 100)))"
    if ((ratio <= $(awk -v r="$max_ratio" 'BEGIN { printf "%d", r * 100 }'))); then
        echo "FAIL: a quadratic pass measured within x$max_ratio: the measure cannot see one" >&2
        exit 1
    fi
fi

echo "| step | instructions at $small | at $large | ratio |"
echo "|---|---:|---:|---:|"
failures=0
# Ratios in hundredths, in integer arithmetic.
limit=''
[[ -n $max_ratio ]] && limit=$(awk -v r="$max_ratio" 'BEGIN { printf "%d", r * 100 }')
worst=0
IFS=, read -ra names <<<"$steps"
for step in "${names[@]}"; do
    a=$(instructions "$step" "$small") || exit 2
    b=$(instructions "$step" "$large") || exit 2
    ratio=$((b * 100 / a))
    ((ratio > worst)) && worst=$ratio
    printf '| %s | %d | %d | x%d.%02d |\n' "$step" "$a" "$b" $((ratio / 100)) $((ratio % 100))
    if [[ -n $limit ]] && ((ratio > limit)); then
        echo "FAIL: $step does x$((ratio / 100)).$((ratio % 100)) the instructions for x$((large / small)) the components (at most x$max_ratio)" >&2
        failures=$((failures + 1))
    fi
done
printf '\nworst ratio x%d.%02d for x%d the components\n' $((worst / 100)) $((worst % 100)) $((large / small))
((failures == 0))
