#!/usr/bin/env bash
# The architecture document's diagrams (```mermaid blocks of docs/ARCHITECTURE.md): see mermaid.sh.
CONF_FORMAT=markdown exec "$(dirname "${BASH_SOURCE[0]}")/mermaid.sh" "$@"
