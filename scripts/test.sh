#!/usr/bin/env bash
# Installs what is missing (Debian packages, the conformance tests' npm tools), builds incrementally into
# build/ and runs every CTest test; the last lines are CTest's summary. Extra arguments go to ctest,
# e.g. `./scripts/test.sh -L conformance` or `./scripts/test.sh -R tst_quantity`.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"

sd_install_packages
sd_install_npm_tools
# The formatting gate runs before the build: a mis-formatted file fails the run in a second.
"$SD_ROOT/scripts/check-format.sh"
sd_build

cd "$SD_BUILD"
ctest_cmd=(ctest --output-on-failure --no-tests=error -j "$SD_JOBS" "$@")
# GUI tests run on the offscreen platform (set per test by tests/CMakeLists.txt); the few that need a
# real X server get one from xvfb-run when this shell has no display.
if [[ -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null 2>&1; then
    sd_say "running: xvfb-run -a ${ctest_cmd[*]}"
    exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "${ctest_cmd[@]}"
fi
sd_say "running: ${ctest_cmd[*]}"
exec "${ctest_cmd[@]}"
