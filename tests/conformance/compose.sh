#!/usr/bin/env bash
# Compose conformance: the current Compose Specification schema (ajv) plus the cross-references
# `docker compose config` resolves; see check-compose.mjs. Usage: see lib.sh.
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

conf_have_node_tools || conf_finish
conf_export compose
root=$conf_root
if [[ -z $(find "$root" -type f \( -name 'docker-compose.y*ml' -o -name 'compose.y*ml' \) -print -quit) ]]; then
    conf_nothing_generated compose "Compose file"
fi
conf_node_check check-compose.mjs "$root"
conf_finish
