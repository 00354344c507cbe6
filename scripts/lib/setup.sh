# shellcheck shell=bash
# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run).
# Every step is idempotent and cheap when there is nothing to do, so a second run goes straight to an
# incremental build: apt runs only when a package from scripts/deps.txt is missing, npm only when
# tests/conformance/node_modules is missing or older than its package files, cmake configures once.
#
# Environment knobs:
#   STACKDRAFT_BUILD_DIR   build directory (default: <repo>/build)
#   STACKDRAFT_JOBS        parallel build/test jobs (default: number of cores)
#   STACKDRAFT_SKIP_APT=1  never call apt-get (report missing packages and go on)
#   STACKDRAFT_SKIP_NPM=1  never call npm (conformance tests then report SKIPPED)
#   STACKDRAFT_WERROR=1    configure with warnings as errors (always on when CI=true)
#   STACKDRAFT_SANITIZE=1  build with ASan + UBSan into <repo>/build-sanitize (its own directory)
#   STACKDRAFT_FUZZ=1      build the libFuzzer targets with clang into <repo>/build-fuzz

SD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ ${STACKDRAFT_FUZZ:-0} == 1 ]]; then
    SD_BUILD=${STACKDRAFT_BUILD_DIR:-$SD_ROOT/build-fuzz}
elif [[ ${STACKDRAFT_SANITIZE:-0} == 1 ]]; then
    SD_BUILD=${STACKDRAFT_BUILD_DIR:-$SD_ROOT/build-sanitize}
else
    SD_BUILD=${STACKDRAFT_BUILD_DIR:-$SD_ROOT/build}
fi
# Sanitizer reports fail the test that triggers them; leaks are reported too (suppressions, each
# with its reason: scripts/lsan.supp).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$SD_ROOT/scripts/lsan.supp:print_suppressions=0}
SD_JOBS=${STACKDRAFT_JOBS:-$(nproc 2>/dev/null || echo 2)}

sd_say() { printf '[stackdraft] %s\n' "$*" >&2; }
sd_die() { printf '[stackdraft] error: %s\n' "$*" >&2; exit 2; }

# Runs a command as root: directly when we are root, through sudo otherwise.
sd_as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        sd_die "need root to run: $* (run as root or install sudo)"
    fi
}

# Prints the packages of scripts/deps.txt (plus nodejs/npm when node is absent) that dpkg does not
# report as installed, one per line.
sd_missing_packages() {
    local line pkg status
    local -a wanted=()
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%%#*}
        for pkg in $line; do wanted+=("$pkg"); done
    done < "$SD_ROOT/scripts/deps.txt"
    # The machine's own Node (e.g. Node 20 from nodesource) is preferred; Debian's only when there is none.
    if ! command -v node >/dev/null 2>&1; then
        wanted+=(nodejs npm)
    elif ! command -v npm >/dev/null 2>&1; then
        wanted+=(npm)
    fi
    for pkg in "${wanted[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
        [[ $status == ii* ]] || printf '%s\n' "$pkg"
    done
}

sd_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        sd_say "not a Debian system: install the packages of scripts/deps.txt yourself"
        return 0
    fi
    local -a missing
    mapfile -t missing < <(sd_missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        sd_say "Debian packages: all present"
        return 0
    fi
    if [[ ${STACKDRAFT_SKIP_APT:-0} == 1 ]]; then
        sd_say "Debian packages missing (STACKDRAFT_SKIP_APT=1, not installing): ${missing[*]}"
        return 0
    fi
    sd_say "installing missing Debian packages: ${missing[*]}"
    local start=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    sd_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sd_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null
    sd_say "Debian packages installed in $((SECONDS - start)) s"
}

# npm tools of the conformance tests (tests/conformance/package-lock.json). `--ignore-scripts` keeps
# puppeteer from downloading a browser: mermaid-cli drives Debian's /usr/bin/chromium instead.
sd_install_npm_tools() {
    local dir=$SD_ROOT/tests/conformance
    local stamp=$dir/node_modules/.stackdraft-npm-ci
    [[ -f $dir/package-lock.json ]] || return 0
    if [[ -f $stamp && ! $dir/package-lock.json -nt $stamp && ! $dir/package.json -nt $stamp ]]; then
        sd_say "npm tools: up to date"
        return 0
    fi
    if [[ ${STACKDRAFT_SKIP_NPM:-0} == 1 ]]; then
        sd_say "npm tools not installed (STACKDRAFT_SKIP_NPM=1): conformance tests will be SKIPPED"
        return 0
    fi
    command -v npm >/dev/null 2>&1 || sd_die "npm not found; it is needed for tests/conformance"
    sd_say "installing npm tools in tests/conformance (npm ci --ignore-scripts)"
    local start=$SECONDS
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
        || sd_die "npm ci failed in tests/conformance (is the npm registry reachable?)"
    touch "$stamp"
    sd_say "npm tools installed in $((SECONDS - start)) s"
}

# Configures once (Ninja, ccache when present) and builds incrementally; Ninja re-runs CMake by itself
# when a CMakeLists.txt changes.
sd_build() {
    command -v cmake >/dev/null 2>&1 || sd_die "cmake not found (see scripts/deps.txt)"
    # Relative paths in ccache's keys, so that every clone or worktree shares one cache.
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SD_ROOT}
    # Debug info names the build directory; not hashing it lets worktrees and clones share hits.
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
    if [[ ! -f $SD_BUILD/CMakeCache.txt ]]; then
        local -a args=(-S "$SD_ROOT" -B "$SD_BUILD" -G Ninja)
        if command -v ccache >/dev/null 2>&1; then
            args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        fi
        # CI builds with warnings as errors; a developer's build only shows them.
        if [[ ${CI:-} == true || ${STACKDRAFT_WERROR:-0} == 1 ]]; then
            args+=(-DSTACKDRAFT_WERROR=ON)
        fi
        if [[ ${STACKDRAFT_FUZZ:-0} == 1 ]]; then
            command -v clang++ >/dev/null 2>&1 || sd_die "STACKDRAFT_FUZZ=1 needs clang (scripts/deps.txt)"
            args+=(-DCMAKE_CXX_COMPILER=clang++ -DSTACKDRAFT_FUZZ=ON)
        elif [[ ${STACKDRAFT_SANITIZE:-0} == 1 ]]; then
            args+=(-DSTACKDRAFT_SANITIZE=ON)
        fi
        sd_say "configuring: cmake ${args[*]}"
        cmake "${args[@]}"
    fi
    local start=$SECONDS
    cmake --build "$SD_BUILD" -j "$SD_JOBS"
    sd_say "build up to date in $((SECONDS - start)) s"
}
