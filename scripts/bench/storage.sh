#!/usr/bin/env bash
# Storage after an on-sale storm: how big bookings and their history get with 100,000 failed
# attempts, and what the retention clean-up leaves of it (docs/performance.md, "Bounded storage").
#
#   scripts/bench/storage.sh [attempts]      (default 100000; builds nothing: run ./mvnw package first)
#
# Every attempt carries an Idempotency-Key, as the web app sends them, so the answers kept for keys
# are measured too (kept 1 second here instead of 24 hours, so the clean-up can be watched).
# 1. starts the app with failed attempts kept for 1 second but the clean-up not running yet, books
#    every seat of a 1,000-seat show, then sends <attempts> bookings of taken seats (all 409, all
#    stored as FAILED) from 64 signed-in connections, and measures the tables;
# 2. restarts it with the clean-up every 2 seconds, waits until every failed attempt is deleted, and
#    measures again (PostgreSQL keeps the freed pages for new rows; VACUUM marks them reusable);
# 3. sends a second storm of <attempts> while the clean-up runs, and measures once it caught up:
#    the tables reuse the freed space instead of growing;
# 4. VACUUM FULL, to show what the data itself takes.
# Settings (environment): STORAGE_PORT (4300), STORAGE_DB (seatbooking_storage), JAVA_OPTS.
# Results: target/benchmark/storage.md (and on stdout). Rate limits are off: this is about storage.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

attempts=${1:-100000}
port=${STORAGE_PORT:-4300}
db=${STORAGE_DB:-seatbooking_storage}
base="http://127.0.0.1:$port"
out="$root/target/benchmark"
mkdir -p "$out"
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
pg="psql -h 127.0.0.1 -U seatbooking -d $db -v ON_ERROR_STOP=1 -qAt"
log() { printf '[storage] %s\n' "$*" >&2; }
superuser() { psql -h 127.0.0.1 -U postgres -d postgres -qAt "$@" 2>/dev/null </dev/null || runuser -u postgres -- psql -d postgres -qAt "$@"; }

SEATBOOKING_DATABASES="$db" scripts/setup-postgres.sh >/dev/null
(cd scripts/bench && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; })
jar=adapter-rest/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build the app first: ./mvnw -B package -DskipTests" >&2; exit 1; }
superuser -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
superuser -c "CREATE DATABASE $db OWNER seatbooking" >/dev/null
if curl -s -o /dev/null "$base/" 2>/dev/null; then echo "something already answers on port $port" >&2; exit 1; fi

eval "$(scripts/ensure-keys.sh)"
admin_password="storage-$(openssl rand -hex 16)"
app=
start_app() { # purge interval
  (cd "$(dirname "$jar")" && exec env PORT=$port DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ADMIN_USERNAME=admin \
    ADMIN_PASSWORD="$admin_password" RATE_LIMITS_ENABLED=false BOOKING_FAILED_RETENTION=PT1S IDEMPOTENCY_KEY_TTL=PT1S \
    BOOKING_PURGE_INTERVAL="$1" \
    java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m} -jar quarkus-run.jar) >>"$out/storage-app.log" 2>&1 &
  app=$!
  until curl -fsS -o /dev/null "$base/shows" 2>/dev/null; do
    kill -0 $app 2>/dev/null || { tail -30 "$out/storage-app.log"; exit 1; }
    sleep 0.1
  done
}
stop_app() { kill $app 2>/dev/null; wait $app 2>/dev/null || true; }
trap stop_app EXIT
: > "$out/storage-app.log"

json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
size() { # table -> bytes, with its indexes and TOAST
  $pg -c "SELECT pg_total_relation_size('$1')"
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
measure() { # label -> one markdown row
  $pg -c "VACUUM ANALYZE bookings, booking_status_changes, idempotency_keys" >/dev/null
  local failed keys bookings history kept total
  failed=$($pg -c "SELECT count(*) FROM bookings WHERE status = 'FAILED'")
  keys=$($pg -c "SELECT count(*) FROM idempotency_keys")
  bookings=$(size bookings); history=$(size booking_status_changes); kept=$(size idempotency_keys)
  total=$($pg -c "SELECT pg_database_size(current_database())")
  echo "| $1 | $failed | $(mb "$bookings") | $(mb "$history") | $keys | $(mb "$kept") | $(mb "$total") |"
}
storm() { # show tokens
  (cd scripts/bench && node load.mjs flash "$base" 64 "$attempts" "$1" 1000 "$2") > "$out/storage-storm.json"
  node -e 'const r=require(process.argv[1]);console.error(`[storage] ${r.requests} attempts in ${r.seconds} s (${r.requestsPerSecond}/s), by status ${JSON.stringify(r.byStatus)}`)' "$out/storage-storm.json"
}
wait_for_purge() {
  local started=$SECONDS
  until [ "$($pg -c "SELECT (SELECT count(*) FROM bookings WHERE status = 'FAILED') + (SELECT count(*) FROM idempotency_keys)")" = 0 ]; do
    [ $((SECONDS - started)) -lt 300 ] || { echo "the clean-up did not finish in 5 minutes" >&2; exit 1; }
    sleep 1
  done
  echo $((SECONDS - started))
}

log "starting the app (clean-up not running yet)"
start_app 1h
admin=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | json_field token)
tokens="$out/storage-tokens.txt"
(cd scripts/bench && node load.mjs accounts "$base" 64 storage) > "$tokens"
show=$(curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" \
  -d "{\"name\":\"Sold out\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"totalSeats\":1000}" | json_field id)
for first in $(seq 1 20 981); do # the admin (no seat limit) books every seat, 20 at a time
  seats=$(seq -s, "$first" $((first + 19)))
  curl -fsS -o /dev/null -X POST "$base/shows/$show/bookings" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" \
    -d "{\"seats\":[$seats],\"userName\":\"Box office\"}"
done
rows=("| moment | failed attempts stored | bookings (MB) | booking_status_changes (MB) | idempotency keys | idempotency_keys (MB) | database (MB) |"
      "|---|---:|---:|---:|---:|---:|---:|")
rows+=("$(measure "sold out, before the storm")")
log "storm 1: $attempts attempts at taken seats"
storm "$show" "$tokens"
rows+=("$(measure "after $attempts failed attempts")")

log "restarting with the clean-up every 2 s"
stop_app
start_app 2s
took=$(wait_for_purge)
log "the clean-up deleted them within ${took}s"
rows+=("$(measure "after the clean-up (${took} s)")")

log "storm 2: $attempts more while the clean-up runs"
storm "$show" "$tokens"
took=$(wait_for_purge)
rows+=("$(measure "after a second storm and its clean-up")")
$pg -c "VACUUM FULL bookings, booking_status_changes, idempotency_keys" >/dev/null
rows+=("$(measure "after VACUUM FULL")")
counted=$($pg -c "SELECT deleted_seats_unavailable FROM show_booking_counters WHERE show_id = '$show'")

{
  echo "Storage with $attempts failed attempts per storm ($(date -u +%Y-%m-%d), PostgreSQL $(psql --version | awk '{print $3}')); sizes include indexes."
  echo
  printf '%s\n' "${rows[@]}"
  echo
  echo "The show's counter of deleted failed attempts: $counted."
} | tee "$out/storage.md"
