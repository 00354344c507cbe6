#!/usr/bin/env bash
# Installs what is missing, builds incrementally into build/ and opens Stackdraft on the webot-chatflow
# example (or on the project files given as arguments).
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"

sd_install_packages
sd_build

app=$SD_BUILD/src/app/stackdraft
[[ -x $app ]] || sd_die "the build did not produce $app"
if [[ $# -eq 0 ]]; then
    set -- "$SD_ROOT/examples/webot-chatflow.stackdraft.yaml"
fi

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    if [[ ${STACKDRAFT_RUN_OFFSCREEN:-0} == 1 ]]; then
        sd_say "no display: running on Qt's offscreen platform (STACKDRAFT_RUN_OFFSCREEN=1); stop it with Ctrl+C"
        export QT_QPA_PLATFORM=offscreen
    else
        sd_die "no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
  Run this from a desktop session, under X forwarding, or as: xvfb-run -a ./scripts/run.sh
  (STACKDRAFT_RUN_OFFSCREEN=1 runs it on Qt's offscreen platform instead). The CLI needs no display:
  $app --help"
    fi
fi
sd_say "opening: $app $*"
exec "$app" "$@"
