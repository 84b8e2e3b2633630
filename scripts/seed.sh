#!/usr/bin/env bash
# Loads a few sample shows through the API of a running app: the equivalent of the original
# spec's db:seed. Never part of tests or of a normal start. Creating shows is for admins: it signs in
# with ADMIN_USERNAME (admin) and ADMIN_PASSWORD (the password the first start printed, or yours).
#   ADMIN_PASSWORD=... scripts/seed.sh [base-url]     (default http://127.0.0.1:4000)
set -euo pipefail
base=${1:-${BASE_URL:-http://127.0.0.1:4000}}

curl -fsS "$base/health" >/dev/null || { echo "[seed] no app answers at $base; start it with scripts/run.sh" >&2; exit 1; }
[ -n "${ADMIN_PASSWORD:-}" ] || { echo "[seed] set ADMIN_PASSWORD to the admin's password (the first start of the app printed it)" >&2; exit 1; }
login=$(printf '{"username":"%s","password":"%s"}' "${ADMIN_USERNAME:-admin}" "$ADMIN_PASSWORD")
token=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' --data-binary @- <<<"$login" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p') || { echo "[seed] signing in as the admin failed: check ADMIN_USERNAME and ADMIN_PASSWORD" >&2; exit 1; }

in_days() { date -u -d "+$1 days $2" +%Y-%m-%dT%H:%M:%SZ; }

create() {
  local name=$1 start=$2 seats=$3
  local body
  body=$(printf '{"name":"%s","startTime":"%s","totalSeats":%d}' "$name" "$start" "$seats")
  curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -d "$body" >/dev/null
  echo "[seed] $name, $seats seats, $start"
}

create "Swan Lake" "$(in_days 14 '19:30')" 120
create "Night bus Berlin - Prague" "$(in_days 3 '22:15')" 52
create "Jazz at the Quay" "$(in_days 30 '20:00')" 80
create "Stadium Finals" "$(in_days 60 '18:00')" 2000
