#!/usr/bin/env bash
# Where the CPU of one booking goes, S1 shape at 64 connections: the app driven by wrk, then pgbench
# running the app's statement, three rounds each, on the database scripts/benchmark.sh left behind.
# Per booking it prints: JVM, PostgreSQL and load-generator CPU, and idle CPU (2 cores = 2 s of CPU
# per second). It explains the S1 ratio: app ÷ pgbench = pgbench's CPU per booking ÷ the app's.
#
#   scripts/bench/cpu-split.sh          (after scripts/benchmark.sh; uses its build and database)
#
# Settings: BENCH_DB (seatbooking_bench), SPLIT_PORT (4300), SPLIT_SECONDS (15), JAVA_OPTS (as run.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${BENCH_DB:-seatbooking_bench}
port=${SPLIT_PORT:-4300}
seconds=${SPLIT_SECONDS:-15}
base="http://127.0.0.1:$port"
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
jar_dir=adapter-rest/target/quarkus-app
if [ ! -f scripts/bench/booking-disjoint.sql ] || ! psql -h 127.0.0.1 -U seatbooking -d "$db" -qAt -c 'SELECT 1' >/dev/null 2>&1; then
  echo "run scripts/benchmark.sh first: it builds the app, creates $db and writes the pgbench scripts" >&2; exit 1
fi
if curl -s -o /dev/null "$base/" 2>/dev/null; then echo "something already answers on port $port; set SPLIT_PORT" >&2; exit 1; fi

jiffies_of() { local t=0 p; for p in $(pgrep -x "$1" || true); do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo "$t"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
idle() { awk '/^cpu /{print $5}' /proc/stat; }
per() { echo $(( $1 * 1000000 / $(getconf CLK_TCK) / $2 )); } # jiffies count -> µs per unit
field() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }

eval "$(scripts/ensure-keys.sh)"
# the benchmark's admin password is gone with its run: give the admin a new one at this start
admin_password="split-$(openssl rand -hex 16)"
(cd "$jar_dir" && exec env PORT=$port DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  ADMIN_USERNAME=admin ADMIN_PASSWORD="$admin_password" ADMIN_PASSWORD_RESET=true \
  java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m} -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar) > target/cpu-split-app.log 2>&1 &
app=$! # exec: the subshell's pid is java's
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "$base/shows" 2>/dev/null; do kill -0 $app || exit 1; sleep 0.05; done
admin_token=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
tokens=target/cpu-split-tokens.txt
(cd scripts/bench && node load.mjs accounts "$base" 64 "split-$$") > "$tokens"

shows() { # label -> file of 64 new 100,000-seat show ids
  local file="target/cpu-split-$1.txt" i
  for i in $(seq 1 64); do
    curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin_token" \
      -d "{\"name\":\"CPU split $1 $i $$\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"totalSeats\":100000}" \
      | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p'
    echo
  done | grep . > "$file"
  echo "$file"
}
echo "warming up for 40 s"
wrk -t2 -c64 -d40s -s scripts/bench/disjoint.lua "$base" -- "$(shows warm)" 2 "$tokens" > /dev/null
printf '%-8s %-6s %10s | %s\n' run round "per second" "CPU per booking (µs)"
for round in 1 2 3; do
  file=$(shows "round-$round")
  j0=$(awk '{print $14 + $15}' "/proc/$app/stat"); p0=$(jiffies_of postgres); i0=$(idle)
  out=$( { /usr/bin/time -f 'cpu %U %S' wrk -t2 -c64 -d"${seconds}s" -s scripts/bench/disjoint.lua "$base" -- "$file" 2 "$tokens"; } 2>&1 )
  j1=$(awk '{print $14 + $15}' "/proc/$app/stat"); p1=$(jiffies_of postgres); i1=$(idle)
  n=$(echo "$out" | grep '"requests"' | field requests); rps=$(echo "$out" | grep '"requests"' | field requestsPerSecond)
  wrk_us=$(echo "$out" | awk -v n="$n" '/^cpu /{printf "%d", ($2 + $3) * 1000000 / n}')
  printf '%-8s %-6s %10s | JVM %s, PostgreSQL %s, wrk %s, idle %s\n' app "$round" "$rps" \
    "$(per $((j1 - j0)) "$n")" "$(per $((p1 - p0)) "$n")" "$wrk_us" "$(per $((i1 - i0)) "$n")"

  # pgbench's backends exit with it, so PostgreSQL's share is all busy CPU minus pgbench's own
  b0=$(busy); i0=$(idle)
  out=$( { /usr/bin/time -f 'cpu %U %S' pgbench -h 127.0.0.1 -U seatbooking -n -M prepared -j 2 -c 64 -T "$seconds" \
    --max-tries=4 -f scripts/bench/booking-disjoint.sql "$db"; } 2>&1 )
  b1=$(busy); i1=$(idle)
  n=$(echo "$out" | awk '/number of transactions actually processed/{split($NF, a, "/"); print a[1]}')
  tps=$(echo "$out" | awk '/^tps/{printf "%d", $3}')
  bench_us=$(echo "$out" | awk -v n="$n" '/^cpu /{printf "%d", ($2 + $3) * 1000000 / n}')
  printf '%-8s %-6s %10s | PostgreSQL %s, pgbench %s, idle %s\n' pgbench "$round" "$tps" \
    "$(( $(per $((b1 - b0)) "$n") - bench_us ))" "$bench_us" "$(per $((i1 - i0)) "$n")"
done
