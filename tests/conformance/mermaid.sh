#!/usr/bin/env bash
# Mermaid conformance: every .mmd file and every ```mermaid block of the Markdown parsed by mermaid 11 and
# rendered to SVG by mermaid-cli with Debian's Chromium. Usage: see lib.sh; CONF_FORMAT picks the export
# format (mermaid, or markdown for the architecture document).
set -uo pipefail
format=${CONF_FORMAT:-mermaid}
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

conf_have_node_tools || conf_finish
conf_export "$format"
root=$conf_root
chromium=${STACKDRAFT_CHROMIUM:-$(sed -n 's/.*"executablePath": *"\([^"]*\)".*/\1/p' "$CONF_DIR/puppeteer-config.json")}
if [[ -x $chromium ]]; then
    conf_node_check check-mermaid.mjs "$root"
else
    conf_node_check check-mermaid.mjs "$root" --no-render
    conf_skip "$chromium not found, so the diagrams were parsed but not rendered (install Debian's chromium)"
fi
conf_finish
