#!/usr/bin/env bash
# Runs the Postman collection (docs/api.postman_collection.json) with newman against a running app,
# failing on any failed assertion. The collection registers its own customers and creates its own
# show as the admin, so the database may already hold data. The admin's credentials come from the
# environment: ADMIN_USERNAME (admin) and ADMIN_PASSWORD (required; never written to a file).
#   ADMIN_PASSWORD=... scripts/api-test.sh [base-url]     (default http://127.0.0.1:4000)
# Extra newman options may follow the URL, e.g. --reporters cli,json --reporter-json-export run.json
set -euo pipefail
cd "$(dirname "$0")"

base=${1:-${BASE_URL:-http://127.0.0.1:4000}}
shift || true

command -v npm >/dev/null || { echo "[api-test] Node.js 20 and npm are needed" >&2; exit 1; }
# newman is pinned in package-lock.json; (re)install when missing or when the lock file changed
if [ ! -x node_modules/.bin/newman ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[api-test] installing newman (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

curl -fsS "$base/health" >/dev/null || { echo "[api-test] no app answers at $base/health; start it with scripts/run.sh" >&2; exit 1; }
[ -n "${ADMIN_PASSWORD:-}" ] || { echo "[api-test] set ADMIN_PASSWORD (and ADMIN_USERNAME unless it is admin): the collection signs in as the admin to create its show" >&2; exit 1; }

echo "[api-test] running docs/api.postman_collection.json against $base"
exec node_modules/.bin/newman run ../docs/api.postman_collection.json \
  --env-var "baseUrl=$base" \
  --env-var "adminUsername=${ADMIN_USERNAME:-admin}" \
  --env-var "adminPassword=$ADMIN_PASSWORD" \
  --timeout-request 15000 \
  --reporter-cli-no-banner \
  "$@"
