#!/usr/bin/env bash
# Lints the backend's OpenAPI document with @redocly/cli (pinned in scripts/package.json) and its
# recommended rules (scripts/redocly.yaml): any error fails. The document is the one the backend
# build writes (adapter-rest/target/openapi/openapi.json: ./mvnw package or verify), or the one given.
#   scripts/api-lint.sh [openapi-file]
set -euo pipefail
cd "$(dirname "$0")"

document=${1:-../adapter-rest/target/openapi/openapi.json}
[ -f "$document" ] || { echo "[api-lint] $document is missing: build the backend first (./mvnw -DskipTests package)" >&2; exit 1; }
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[api-lint] installing @redocly/cli (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node_modules/.bin/redocly lint --config redocly.yaml "$document"
