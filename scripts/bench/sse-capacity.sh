#!/usr/bin/env bash
# Subscriber capacity of one instance (docs/performance.md, "The live seat map"): starts the built app
# alone on a fresh database, opens COUNT live seat-map streams of one show (default 5000), books a
# few seats while they are open, and prints what sse-subscribers.mjs measured: snapshots received,
# time to open them all, how long a booking takes to reach every stream, and the app's resident
# memory (VmRSS) before, with every stream open, and after they closed.
#
#   scripts/bench/sse-capacity.sh [COUNT]
#
# Settings (environment): SSE_PORT (4250), SSE_DB (seatbooking_sse), JAVA_OPTS (as scripts/run.sh).
# Needs file descriptors for COUNT connections on both sides (ulimit -n; raised here if allowed).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

count=${1:-5000}
port=${SSE_PORT:-4250}
db=${SSE_DB:-seatbooking_sse}
base="http://127.0.0.1:$port"
out="$root/target/sse-capacity"
jar=adapter-rest/target/quarkus-app/quarkus-run.jar
java_opts=${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m}
log() { printf '[sse-capacity] %s\n' "$*" >&2; }

ulimit -n $((count + 1000)) 2>/dev/null || log "could not raise the open-file limit ($(ulimit -n)); COUNT may not fit"
[ -f "$jar" ] || { log "building the app"; ./mvnw -B -q package -DskipTests; }
SEATBOOKING_DATABASES="$db" scripts/setup-postgres.sh >&2
(cd scripts/bench && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; })
mkdir -p "$out"
eval "$(scripts/ensure-keys.sh)"
password="sse-$(openssl rand -hex 12)"
(cd "$(dirname "$jar")" && exec env PORT=$port DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ADMIN_USERNAME=admin ADMIN_PASSWORD="$password" \
  QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
  java $java_opts -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar) >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fsS -o /dev/null "$base/q/health/ready" 2>/dev/null && break; sleep 0.5; done

json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
admin=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | json_field token)
show=$(curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" \
  -d "{\"name\":\"Capacity\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"totalSeats\":1000}" | json_field id)
token=$(cd scripts/bench && node load.mjs accounts "$base" 1 sse | head -n 1)
# warm the endpoint a little first, so the numbers are not the JIT's first minute
node scripts/bench/sse-subscribers.mjs "$base" "$show" 200 --hold 1 >/dev/null
log "opening $count streams of show $show on $base (app pid $app)"
node scripts/bench/sse-subscribers.mjs "$base" "$show" "$count" --pid "$app" --token "$token" --bookings 5 --hold 5 | tee "$out/result.json"
