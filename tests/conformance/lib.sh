# shellcheck shell=bash
# Shared part of the conformance drivers (compose.sh, k8s.sh, terraform.sh, mermaid.sh, markdown.sh).
#
#   DRIVER --stackdraft BIN --example FILE   export FILE with `BIN export` and judge the result
#   DRIVER --dir DIR [--expect FILE]         judge the files already in DIR (the hand-made samples);
#                                            with --expect the sample is a bad one: the driver passes only
#                                            if the check fails AND prints every regex line of FILE.
# Exit codes follow CTest: 0 passed, 1 failed, 77 SKIPPED (a tool is absent, or the example has no
# environment for this format; the reason is printed). Nothing ever passes without having been checked.

CONF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SKIP_CODE=77

conf_bin='' conf_example='' conf_dir='' conf_expect=''
while [[ $# -gt 0 ]]; do
    case $1 in
        --stackdraft) conf_bin=$2; shift 2 ;;
        --example) conf_example=$2; shift 2 ;;
        --dir) conf_dir=$2; shift 2 ;;
        --expect) conf_expect=$2; shift 2 ;;
        *) echo "usage: $0 (--stackdraft BIN --example FILE | --dir DIR [--expect FILE])" >&2; exit 2 ;;
    esac
done

conf_work=$(mktemp -d "${TMPDIR:-/tmp}/stackdraft-conformance.XXXXXX")
trap 'rm -rf "$conf_work"' EXIT
conf_log=$conf_work/log
conf_failed=0
conf_skips=()
: > "$conf_log"

# Runs a command, copying its output to the log and the terminal; a non-zero status marks the test failed.
conf_run() {
    local status=0
    "$@" > "$conf_work/out.txt" 2>&1 || status=$?
    tee -a "$conf_log" < "$conf_work/out.txt"
    if [[ $status -ne 0 ]]; then
        conf_failed=1
    fi
    return 0
}
conf_problem() { echo "$*" | tee -a "$conf_log"; conf_failed=1; }
conf_skip() { conf_skips+=("$*"); }

# Ends the test: the exit code and, for bad samples, the proof that the expected problems were reported.
conf_finish() {
    if [[ -n $conf_expect ]]; then
        if [[ ${#conf_skips[@]} -gt 0 && $conf_failed -eq 0 ]]; then
            echo "SKIPPED: ${conf_skips[*]}"
            exit "$SKIP_CODE"
        fi
        if [[ $conf_failed -eq 0 ]]; then
            echo "FAILED: this bad sample was accepted; the check cannot tell it from a good one"
            exit 1
        fi
        local missing=0 pattern
        while IFS= read -r pattern || [[ -n $pattern ]]; do
            [[ -z $pattern ]] && continue
            if ! grep -Eq -- "$pattern" "$conf_log"; then
                echo "FAILED: expected a problem matching: $pattern"
                missing=1
            fi
        done < "$conf_expect"
        if grep -q 'internal error in the validator' "$conf_log"; then
            echo "FAILED: a validator crashed instead of reporting"
            missing=1
        fi
        [[ $missing -eq 0 ]] && echo "PASSED: the bad sample was rejected with every expected problem"
        exit "$missing"
    fi
    if [[ $conf_failed -ne 0 ]]; then
        echo "FAILED: see the problems above"
        exit 1
    fi
    if [[ ${#conf_skips[@]} -gt 0 ]]; then
        echo "SKIPPED: ${conf_skips[*]}"
        exit "$SKIP_CODE"
    fi
    echo "PASSED"
    exit 0
}

conf_have_node_tools() {
    if ! command -v node >/dev/null 2>&1; then
        conf_skip "node not found (install Node.js 20, e.g. Debian's nodejs)"
        return 1
    fi
    if [[ ! -d $CONF_DIR/node_modules ]]; then
        conf_skip "npm tools not installed: run ./scripts/test.sh, or npm ci --ignore-scripts in tests/conformance"
        return 1
    fi
}

# Runs a node validator on a directory; its exit code 2 ("nothing found") is the caller's to judge.
conf_node_check() { # script dir [args...]
    local script=$1 dir=$2 status=0
    shift 2
    node "$CONF_DIR/$script" "$dir" "$@" > "$conf_work/out.txt" 2>&1 || status=$?
    tee -a "$conf_log" < "$conf_work/out.txt"
    case $status in
        0) ;;
        2) conf_problem "$script found nothing to check in $dir" ;;
        *) conf_failed=1 ;;
    esac
}

# Sets conf_root to the directory to judge: the samples directory, or a fresh export of the example.
conf_export() { # format
    if [[ -n $conf_dir ]]; then
        conf_root=$conf_dir
        return
    fi
    conf_root=$conf_work/export
    mkdir -p "$conf_root"
    echo "stackdraft export $(basename "$conf_example") --format $1" | tee -a "$conf_log"
    if ! "$conf_bin" export "$conf_example" --out "$conf_root" --format "$1" > "$conf_work/export.txt" 2>&1; then
        tee -a "$conf_log" < "$conf_work/export.txt"
        conf_problem "stackdraft export $(basename "$conf_example") --format $1 failed"
        conf_finish
    fi
}

# When an export wrote nothing for a platform-bound format: fine (SKIPPED) if the example has no
# environment on that platform, a failure if it has one.
conf_nothing_generated() { # platform what
    if [[ -n $conf_example ]] && ! grep -Eq "^[[:space:]]*platform:[[:space:]]*\"?$1\"?[[:space:]]*(#.*)?$" "$conf_example"; then
        conf_skip "not applicable: $(basename "$conf_example") has no environment on platform $1"
    else
        conf_problem "no $2 found (the project has an environment on platform $1)"
    fi
    conf_finish
}
