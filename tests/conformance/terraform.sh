#!/usr/bin/env bash
# Terraform conformance: `terraform fmt -check`, then on a scratch copy of every environment directory
# `terraform init -backend=false -plugin-dir <mirror>` + `terraform validate` against the local provider
# mirror (no network). Without terraform, or without a mirror holding hashicorp/aws, the files are parsed
# with @cdktf/hcl2json and the test says SKIPPED with the reason. Usage: see lib.sh.
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

conf_export terraform
root=$conf_root
mapfile -t envdirs < <(find "$root" -type f -name '*.tf' -printf '%h\n' | sort -u)
if [[ ${#envdirs[@]} -eq 0 ]]; then
    conf_nothing_generated aws-ecs "Terraform file (*.tf)"
fi

# A filesystem mirror (registry.terraform.io/<namespace>/<type>/<version>/<os_arch>) holding hashicorp/aws.
find_mirror() {
    local dir
    for dir in ${STACKDRAFT_TF_PLUGIN_DIR:-} /opt/tf-plugins /usr/share/terraform/plugins \
            /usr/local/share/terraform/plugins "$HOME/.terraform.d/plugins"; do
        [[ -d $dir/registry.terraform.io/hashicorp/aws ]] && { echo "$dir"; return; }
    done
    while IFS= read -r dir; do
        [[ -d $dir/hashicorp/aws ]] && { dirname "$dir"; return; }
    done < <(find / -maxdepth 3 -type d -name registry.terraform.io 2>/dev/null)
}

hcl_parse() {
    if conf_have_node_tools; then
        conf_node_check check-hcl.mjs "$root"
    fi
}

# One line per diagnostic of `terraform validate -json`: file:line: severity: summary: detail.
print_diagnostics() { # env json-file
    # shellcheck disable=SC2016 # JavaScript, not shell
    node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
        for (const d of r.diagnostics ?? []) {
            const at = d.range ? `${d.range.filename}:${d.range.start.line}: ` : "";
            console.log(`terraform validate (${process.argv[1]}): ${at}${d.severity}: ${d.summary}` +
                (d.detail ? `: ${d.detail.replace(/\s+/g, " ")}` : ""));
        }' "$1" "$2" 2>/dev/null || sed "s/^/terraform validate ($1): /" "$2"
}

if ! command -v terraform >/dev/null 2>&1; then
    hcl_parse
    conf_skip "terraform not found: only parsed with @cdktf/hcl2json (fmt and validate not run)"
    conf_finish
fi

export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
export TF_CLI_CONFIG_FILE=$conf_work/terraformrc # the user's CLI config must not redirect providers
: > "$TF_CLI_CONFIG_FILE"
unset TF_PLUGIN_CACHE_DIR TF_DATA_DIR

if ! terraform fmt -check -recursive -list=true -no-color "$root" > "$conf_work/fmt.txt" 2> "$conf_work/fmt.err"; then
    while IFS= read -r file; do
        [[ -n $file ]] && conf_problem "terraform fmt: ${file#"$root"/} is not formatted as terraform fmt would write it"
    done < "$conf_work/fmt.txt"
    if [[ -s $conf_work/fmt.err ]]; then
        conf_problem "terraform fmt: $(tr -s ' \n' ' ' < "$conf_work/fmt.err")"
    fi
else
    echo "terraform fmt -check: ${#envdirs[@]} director(ies) formatted" | tee -a "$conf_log"
fi

mirror=$(find_mirror)
if [[ -z $mirror ]]; then
    hcl_parse
    conf_skip "no Terraform provider mirror holding hashicorp/aws (set STACKDRAFT_TF_PLUGIN_DIR): parsed with @cdktf/hcl2json, not validated"
    conf_finish
fi

for dir in "${envdirs[@]}"; do
    env=$(basename "$dir")
    scratch=$conf_work/tf/$env
    mkdir -p "$scratch"
    cp -r "$dir"/. "$scratch"/
    rm -rf "$scratch/.terraform" "$scratch/.terraform.lock.hcl"
    if ! (cd "$scratch" && terraform init -backend=false -plugin-dir "$mirror" -input=false -no-color) \
            > "$conf_work/init.txt" 2>&1; then
        conf_problem "terraform init ($env) from the mirror $mirror failed: $(grep -E 'Error|rror:' "$conf_work/init.txt" | tr '\n' ' ')"
        sed 's/^/    /' "$conf_work/init.txt" | tee -a "$conf_log" > /dev/null
        continue
    fi
    if (cd "$scratch" && terraform validate -json -no-color) > "$conf_work/validate.json" 2> "$conf_work/validate.err"; then
        echo "terraform validate ($env): valid" | tee -a "$conf_log"
        print_diagnostics "$env" "$conf_work/validate.json" | tee -a "$conf_log" # warnings, if any
    else
        print_diagnostics "$env" "$conf_work/validate.json" > "$conf_work/diag.txt"
        cat "$conf_work/validate.err" >> "$conf_work/diag.txt"
        while IFS= read -r line; do conf_problem "$line"; done < "$conf_work/diag.txt"
        [[ -s $conf_work/diag.txt ]] || conf_problem "terraform validate ($env) failed"
    fi
done
conf_finish
