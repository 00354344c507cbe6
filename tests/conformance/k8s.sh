#!/usr/bin/env bash
# Kubernetes conformance: `kubectl kustomize` renders every overlay (deploy/k8s/overlays/<env>), then
# check-k8s.mjs judges every rendered object. Usage: see lib.sh.
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if ! command -v kubectl >/dev/null 2>&1; then
    conf_skip "kubectl not found (it renders the Kustomize overlays)"
    conf_finish
fi
conf_have_node_tools || conf_finish
conf_export k8s
root=$conf_root
mapfile -t overlays < <(find "$root" -type f -name kustomization.yaml -path '*/overlays/*' -printf '%h\n' | sort)
if [[ ${#overlays[@]} -eq 0 ]]; then
    conf_nothing_generated kubernetes "Kustomize overlay (overlays/<env>/kustomization.yaml)"
fi
rendered=$conf_work/rendered
mkdir -p "$rendered"
for overlay in "${overlays[@]}"; do
    env=$(basename "$overlay")
    if ! kubectl kustomize "$overlay" > "$rendered/$env.yaml" 2> "$conf_work/kustomize.err"; then
        conf_problem "kubectl kustomize overlays/$env: $(tr '\n' ' ' < "$conf_work/kustomize.err")"
        rm -f "$rendered/$env.yaml"
    else
        echo "kubectl kustomize overlays/$env: $(grep -c '^kind:' "$rendered/$env.yaml") objects" | tee -a "$conf_log"
    fi
done
if compgen -G "$rendered/*.yaml" > /dev/null; then
    conf_node_check check-k8s.mjs "$rendered"
fi
conf_finish
