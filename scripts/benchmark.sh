#!/usr/bin/env bash
# Flash-sale benchmark: the real app under load next to PostgreSQL's own limit, in one run.
#
#   scripts/benchmark.sh              full run (about 6 minutes)
#   scripts/benchmark.sh --quick      short smoke run of every scenario (1 to 2 minutes)
#   scripts/benchmark.sh --no-build   use the app built last
#
# Scenarios (all on loopback, bounded in time or count):
#   S1 uncontended  many shows, 2 fresh seats per booking, 16 and 64 connections              (wrk)
#   S2 flash sale   one 1,000-seat show, 6,000 bookings of 1-4 random seats, 128 and 256 connections
#                   (autocannon: it times every request, so 201 and 409 latencies are reported apart)
#   S3 seat maps    GET /shows/{id} of a 1,000-seat show, 64 connections                            (wrk)
#   S2L live lag    S2 at 128 connections once more while BENCH_WATCHERS (200) live seat-map streams
#                   follow the show: lag from each 201 to its event on every stream (skipped when
#                   FEED_ENABLED=false)
#   S4 best avail.  a 10,000-seat show of 100 rows of 100, 20,000 best-available requests of 1-4 seats
#                   from 256 buyers at once (best.mjs): time to sell out, requests failing while enough
#                   seats remained, single empty seats left (singles.sql), p50/p99; then the same crowd
#                   picking seats by hand from the bitmap seat map, for comparison
# Every booking is signed in, as a real client's would be: before the warm-up 256 customer accounts are
# registered and signed in (one per connection: each wrk thread sends its share of the tokens in
# turn, autocannon gives each connection one), and shows are created by the admin. Each request
# carries its bearer token; the app verifies it (RS256) the first time and remembers it afterwards.
# And each carries a new Idempotency-Key, as the web app's do (BENCH_IDEMPOTENCY_KEYS=0: none), so
# every booking also takes its key and keeps its answer. Rate limits are on, raised far above the load
# (one address sends everything here: BENCH_RATE_LIMITS=off switches them off instead). The
# per-customer seat limit is counted and checked in every booking, and raised for the load too (an
# admin-set maxSeatsPerCustomer): S1's shows let a customer book all their seats, as S1 books fresh
# seats for the same accounts all along; S2's show lets a customer book up to BENCH_S2_SEAT_LIMIT
# (1000, the whole show; with the default of 10, 128 accounts would reach it before the show sells out
# and part of the load would be limit refusals instead of failed attempts: BENCH_S2_SEAT_LIMIT=10 measures that).
# And with pgbench, at the same client counts: the app's own booking statement (the limit), and the
# original design's transaction that locks the show row (the comparison). S1 and S2 run three rounds,
# app and pgbench taking turns, and report medians: single runs on a shared 2-core machine vary by
# 10-15%. After S1 and S2 the invariants are checked in SQL. Results: a table on stdout and
# target/benchmark/ (report.md, and every raw result).
#
# BENCH_ONLY=S4 (or S1,S2,S2L,S3,S4, comma-separated) runs only those scenarios (with a short warm-up).
# Settings (environment): BENCH_PORT (4200), BENCH_DB (seatbooking_bench), JAVA_OPTS (as scripts/run.sh),
# BENCH_JAR (another build's quarkus-run.jar, to compare builds with the same harness), BENCH_WATCHERS
# (200), and any setting of the app, e.g. FEED_ENABLED=false: the live seat map off (no change-log rows
# written by bookings, no poller), to compare S1/S2 with the feed on and off.
# It needs max_connections >= 300 for pgbench's 256 clients and raises it once (ALTER SYSTEM, restart).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quick=false
build=true
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    *) echo "usage: scripts/benchmark.sh [--quick] [--no-build]" >&2; exit 2 ;;
  esac
done

port=${BENCH_PORT:-4200}
db=${BENCH_DB:-seatbooking_bench}
base="http://127.0.0.1:$port"
out="$root/target/benchmark"
if $quick; then rounds=1; s1_seconds=5; s2_requests=1500; s3_seconds=5; warmup_seconds=10; s4_requests=5000; else rounds=3; s1_seconds=15; s2_requests=6000; s3_seconds=15; warmup_seconds=60; s4_requests=20000; fi
only=${BENCH_ONLY:-}
s2_seat_limit=${BENCH_S2_SEAT_LIMIT:-1000}
export BENCH_S2_SEAT_LIMIT=$s2_seat_limit # gen-pgbench.mjs gives pgbench's flash sale the same limit
want() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; } # scenario -> is it run?
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
pg="psql -h 127.0.0.1 -U seatbooking -d $db -v ON_ERROR_STOP=1 -qAt"
log() { printf '[benchmark] %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
superuser() { psql -h 127.0.0.1 -U postgres -d postgres -qAt "$@" 2>/dev/null </dev/null || runuser -u postgres -- psql -d postgres -qAt "$@"; }

# --- prerequisites -------------------------------------------------------------------------------
SEATBOOKING_DATABASES="$db" scripts/setup-postgres.sh
command -v wrk >/dev/null || { log "installing wrk"; as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench is missing (it comes with PostgreSQL's server package)" >&2; exit 1; }
if { want S1 || want S2; } && [ "$(superuser -c 'show max_connections')" -lt 300 ]; then
  log "raising PostgreSQL max_connections to 400 for pgbench's 256 clients (restarts PostgreSQL once)"
  superuser -c "ALTER SYSTEM SET max_connections = 400" >/dev/null
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
fi
(cd scripts/bench && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; })
jar=${BENCH_JAR:-adapter-rest/target/quarkus-app/quarkus-run.jar}
if [ -z "${BENCH_JAR:-}" ] && { $build || [ ! -f "$jar" ]; }; then log "building the app"; ./mvnw -B -q package -DskipTests; fi

rm -rf "$out"; mkdir -p "$out"
superuser -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
superuser -c "CREATE DATABASE $db OWNER seatbooking" >/dev/null

# --- the app ---------------------------------------------------------------------------------------
if curl -s -o /dev/null "$base/" 2>/dev/null; then
  echo "something already answers on port $port; stop it or set BENCH_PORT" >&2; exit 1
fi
java_opts=${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m}
if [ "${BENCH_RATE_LIMITS:-on}" = off ]; then
  limits=(RATE_LIMITS_ENABLED=false)
else
  limits=(RATE_LIMITS_ENABLED=true RATE_LIMITS_ACCOUNT_WRITES_PER_MINUTE=100000000 RATE_LIMITS_ADDRESS_WRITES_PER_MINUTE=100000000
    RATE_LIMITS_ADDRESS_READS_PER_MINUTE=100000000)
fi
eval "$(scripts/ensure-keys.sh)"
admin_password="bench-$(openssl rand -hex 16)"
started_ms=$(date +%s%3N)
(cd "$(dirname "$jar")" && exec env PORT=$port DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ADMIN_USERNAME=admin ADMIN_PASSWORD="$admin_password" \
  "${limits[@]}" java $java_opts -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar) >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "$base/shows" 2>/dev/null; do
  kill -0 $app 2>/dev/null || { tail -30 "$out/app.log"; exit 1; }
  sleep 0.02
done
echo $(( $(date +%s%3N) - started_ms )) > "$out/first-request-ms"
log "first request answered $(cat "$out/first-request-ms") ms after start"

json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"; }
# the first administrator is made just after the port opens: a sign-in a moment earlier is refused
for try in $(seq 1 100); do
  login=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" 2>/dev/null) && break
  [ "$try" -lt 100 ] || { log "cannot sign in as admin"; exit 1; }
  sleep 0.3
done
admin_token=$(printf '%s' "$login" | json_field token)
tokens="$out/tokens.txt"
log "signing up and signing in 256 customers (one per connection)"
(cd scripts/bench && node load.mjs accounts "$base" 256 bench) > "$tokens"
bench_token=$(head -n 1 "$tokens")
create_show() { # name seats [max seats per customer] -> id
  local limit=${3:+,\"maxSeatsPerCustomer\":$3}
  curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin_token" \
    -d "{\"name\":\"$1\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"totalSeats\":$2$limit}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))'
}
create_shows() { # count label -> show ids, one per line (a customer may book every seat of them)
  for i in $(seq 1 "$1"); do create_show "$2 $i" 100000 100000; done
}
load() { (cd scripts/bench && node load.mjs "$@"); }
disjoint() { # shows-file connections seconds -> JSON: wrk, 2 threads, each booking fresh seats of its own shows
  wrk -t2 -c"$2" -d"$3s" -s scripts/bench/disjoint.lua "$base" -- "$1" 2 "$tokens" \
    "$([ "${BENCH_IDEMPOTENCY_KEYS:-1}" = 0 ] && echo nokeys || echo keys)" | tail -n 1
}
deadlocks() { $pg -c "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"; }
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
sample_rss() { # pid file: keeps the highest VmRSS (kB) seen in the file, every 100 ms, until killed
  local peak rss
  peak=$(rss_kb "$1"); echo "$peak" > "$2"
  while sleep 0.1; do
    rss=$(rss_kb "$1")
    if [ "${rss:-0}" -gt "$peak" ]; then peak=$rss; echo "$peak" > "$2"; fi
  done
}

# Invariants, in SQL, for the shows in $1 (a SQL list of quoted ids): no seat in two active
# bookings; allocations and active bookings match exactly; every seat reported as taken is taken;
# every customer's seat count (the seat limit's) equals the seats allocated to their bookings.
check_invariants() {
  local shows=$1 name=$2
  local doubly mismatched unallocated false_conflicts drift
  doubly=$($pg -c "SELECT count(*) FROM (SELECT show_id, seat FROM bookings, unnest(seats) AS seat
      WHERE show_id IN ($shows) AND status IN ('CONFIRMED', 'PENDING') GROUP BY 1, 2 HAVING count(*) > 1) x")
  mismatched=$($pg -c "SELECT count(*) FROM seat_allocations a LEFT JOIN bookings b ON b.id = a.booking_id
      WHERE a.show_id IN ($shows) AND (b.id IS NULL OR b.status NOT IN ('CONFIRMED', 'PENDING') OR NOT a.seat_number = ANY (b.seats))")
  unallocated=$($pg -c "SELECT count(*) FROM bookings b, unnest(b.seats) AS seat WHERE b.show_id IN ($shows)
      AND b.status IN ('CONFIRMED', 'PENDING') AND NOT EXISTS (SELECT 1 FROM seat_allocations a
      WHERE a.show_id = b.show_id AND a.seat_number = seat AND a.booking_id = b.id)")
  false_conflicts=$($pg -c "SELECT count(*) FROM bookings b, unnest(b.conflicting_seats) AS seat WHERE b.show_id IN ($shows)
      AND NOT EXISTS (SELECT 1 FROM seat_allocations a WHERE a.show_id = b.show_id AND a.seat_number = seat)")
  drift=$($pg -c "SELECT count(*) FROM customer_seat_usage u FULL JOIN (SELECT a.show_id, b.owner_id, count(*) AS seats
      FROM seat_allocations a JOIN bookings b ON b.id = a.booking_id WHERE a.show_id IN ($shows) GROUP BY 1, 2) a
      ON a.show_id = u.show_id AND a.owner_id = u.owner_id
      WHERE coalesce(u.show_id, a.show_id) IN ($shows) AND coalesce(u.seats, 0) <> coalesce(a.seats, 0)")
  echo "{\"name\":\"$name\",\"seatsInTwoActiveBookings\":$doubly,\"allocationsWithoutTheirBooking\":$mismatched,\"bookedSeatsWithoutAllocation\":$unallocated,\"seatsReportedTakenButFree\":$false_conflicts,\"seatCountsOffTheirAllocations\":$drift}" \
    > "$out/invariants-$name.json"
  if [ "$doubly$mismatched$unallocated$false_conflicts$drift" != "00000" ]; then
    log "INVARIANT VIOLATED after $name: $(cat "$out/invariants-$name.json")"; exit 1
  fi
  log "invariants hold after $name"
}
sql_list() { sed "s/.*/'&'/" "$1" | paste -sd,; } # file of ids, one per line -> 'a','b',...

layout_show() { # name rows seats-per-row -> id: a show with one section of that many rows, any customer may buy every seat
  local rows
  rows=$(node -e 'console.log(JSON.stringify(Array.from({length: +process.argv[1]}, (_, i) => ({label: `R${i + 1}`, seats: +process.argv[2]}))))' "$2" "$3")
  curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $admin_token" \
    -d "{\"name\":\"$1\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"maxSeatsPerCustomer\":100000,\"layout\":{\"sections\":[{\"name\":\"Hall\",\"rows\":$rows}]}}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))'
}

# --- warm-up (JIT, pools, prepared statements), not measured ------------------------------------------
if want S1 || want S2 || want S2L || want S3; then
  log "warming up for about ${warmup_seconds}s"
  create_shows 64 "Warm-up" > "$out/warmup-shows.txt"
  disjoint "$out/warmup-shows.txt" 64 $((warmup_seconds * 2 / 3)) > /dev/null
  for _ in 1 2 3; do load flash "$base" 128 $((s2_requests / 2)) "$(create_show "Warm-up flash" 1000 "$s2_seat_limit")" 1000 "$tokens" > /dev/null; done
fi
if want S4; then
  log "warming up best available and seat maps"
  for mode in best hand; do
    (cd scripts/bench && node best.mjs "$mode" "$base" 64 3000 "$(layout_show "Warm-up $mode" 30 30)" "$tokens" 30 30) > /dev/null
  done
fi

# --- pgbench shows -----------------------------------------------------------------------------------
if want S1 || want S2; then
  $pg -f scripts/bench/setup-pgbench.sql
  (cd scripts/bench && node gen-pgbench.mjs)
fi
pgbench_run() { # label run-name script [pgbench options...]
  local label=$1 run=$2 script=$3; shift 3
  pgbench -h 127.0.0.1 -U seatbooking -n -M prepared -j 2 -f "scripts/bench/$script" "$@" "$db" \
    > "$out/pgbench-$label-$run.txt" 2>&1
}
reset_flash_show() {
  $pg -c "DELETE FROM booking_status_changes WHERE booking_id IN (SELECT id FROM bookings WHERE show_id = md5('pgbench-1001')::uuid)" \
      -c "DELETE FROM seat_allocations WHERE show_id = md5('pgbench-1001')::uuid" \
      -c "DELETE FROM customer_seat_usage WHERE show_id = md5('pgbench-1001')::uuid" \
      -c "DELETE FROM bookings WHERE show_id = md5('pgbench-1001')::uuid"
}

# --- S1: uncontended -----------------------------------------------------------------------------------
want S1 && for c in 16 64; do
  for round in $(seq 1 $rounds); do
    log "S1 uncontended, $c connections, ${s1_seconds}s, round $round of $rounds: the app, then pgbench"
    create_shows "$c" "S1 $c $round" > "$out/s1-$c-$round-shows.txt"
    disjoint "$out/s1-$c-$round-shows.txt" "$c" "$s1_seconds" > "$out/s1-$c-$round.json"
    pgbench_run booking-disjoint "$c-$round" booking-disjoint.sql -c "$c" -T "$s1_seconds" --max-tries=4
    check_invariants "$(sql_list "$out/s1-$c-$round-shows.txt")" "s1-$c-$round"
  done
done

# --- S2: flash sale --------------------------------------------------------------------------------------
want S2 && for c in 128 256; do
  for round in $(seq 1 $rounds); do
    log "S2 flash sale, $c connections, $s2_requests bookings of one 1000-seat show, round $round of $rounds"
    show=$(create_show "Flash sale $c $round" 1000 "$s2_seat_limit")
    before=$(deadlocks)
    sample_rss $app "$out/s2-$c-$round-rss-kb" & sampler=$!
    load flash "$base" "$c" "$s2_requests" "$show" 1000 "$tokens" > "$out/s2-$c-$round.json"
    kill $sampler; wait $sampler 2>/dev/null || true
    rss=$(rss_kb $app); [ "$rss" -gt "$(cat "$out/s2-$c-$round-rss-kb")" ] && echo "$rss" > "$out/s2-$c-$round-rss-kb"
    echo $(( $(deadlocks) - before )) > "$out/s2-$c-$round-deadlocks"
    $pg -c "SELECT count(*) FROM seat_allocations WHERE show_id = '$show'" > "$out/s2-$c-$round-sold"
    check_invariants "'$show'" "s2-$c-$round"
    log "S2 pgbench, $c clients: the app's statement, then the original design"
    reset_flash_show
    pgbench_run booking-flash "$c-$round" booking-flash.sql -c "$c" -t $((s2_requests / c)) --max-tries=4
    reset_flash_show
    pgbench_run original-design "$c-$round" original-design.sql -c "$c" -t $((s2_requests / c))
  done
done

# --- S2L: flash sale with live seat-map streams watching -----------------------------------------------------
if want S2L && [ "${FEED_ENABLED:-true}" != false ]; then
  watchers=${BENCH_WATCHERS:-200}
  log "S2L flash sale, 128 connections, $s2_requests bookings, $watchers live streams watching: lag to the events"
  show=$(create_show "Flash sale watched" 1000)
  load flash "$base" 128 "$s2_requests" "$show" 1000 "$tokens" "$watchers" > "$out/s2-lag.json"
  check_invariants "'$show'" "s2-lag"
fi

# --- S3: seat-map reads ------------------------------------------------------------------------------------
if want S3; then
log "S3 seat-map reads, 64 connections, ${s3_seconds}s"
show=$(create_show "Seat map" 1000 1000)
for first in $(seq 1 4 997); do # every other pair of seats: 500 reserved
  curl -fsS -o /dev/null -X POST "$base/shows/$show/bookings" -H 'Content-Type: application/json' -H "Authorization: Bearer $bench_token" \
    -d "{\"seats\":[$first,$((first + 1))],\"userName\":\"bench\"}"
done
wrk -t2 -c64 -d"${s3_seconds}s" --latency "$base/shows/$show" > "$out/s3.txt"
# never stale after one's own booking: book, then read at once
curl -fsS -o /dev/null -X POST "$base/shows/$show/bookings" -H 'Content-Type: application/json' -H "Authorization: Bearer $bench_token" -d '{"seats":[1000],"userName":"bench"}'
curl -fsS "$base/shows/$show" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);if(!m.reservedSeats.includes(1000)){console.error("stale seat map after own booking");process.exit(1)}})'
log "the seat map shows one's own booking at once"
fi

# --- S4: best available, and the same crowd picking by hand ----------------------------------------------
if want S4; then
  for mode in best hand; do
    log "S4 $mode: a 10,000-seat show (100 rows of 100), $s4_requests requests of 1-4 seats from 256 buyers"
    show=$(layout_show "S4 $mode" 100 100)
    sample_rss $app "$out/s4-$mode-rss-kb" & sampler=$!
    (cd scripts/bench && node best.mjs "$mode" "$base" 256 "$s4_requests" "$show" "$tokens" 100 100) > "$out/s4-$mode.json"
    kill $sampler; wait $sampler 2>/dev/null || true
    $pg -v show="$show" -v seats=10000 -v per_row=100 -f scripts/bench/singles.sql > "$out/s4-$mode-singles.txt"
    check_invariants "'$show'" "s4-$mode"
  done
  node scripts/bench/report-s4.mjs "$out" | tee "$out/s4.md"
fi

# --- report ----------------------------------------------------------------------------------------------
superuser -c "SELECT name || '=' || setting || coalesce(unit, '') FROM pg_settings WHERE name IN
  ('max_connections','shared_buffers','synchronous_commit','wal_sync_method','fsync','work_mem','checkpoint_timeout','max_wal_size')" > "$out/postgres-settings.txt"
{ echo "cpus=$(nproc)"; grep -m1 'model name' /proc/cpuinfo | sed 's/.*: /cpu=/'; free -m | awk '/Mem:/{print "memory_mb=" $2}';
  java -version 2>&1 | head -1 | sed 's/^/java=/'; echo "java_opts=$java_opts"; psql --version | sed 's/^/postgres=/';
  echo "node=$(node --version)"; { wrk --version 2>&1 || true; } | head -1 | sed "s/^/wrk=/"; echo "feed_enabled=${FEED_ENABLED:-true}"; } > "$out/machine.txt"
if [ -z "$only" ]; then
  node scripts/bench/report.mjs "$out" "$rounds" | tee "$out/report.md"
  [ -f "$out/s4.md" ] && { echo; cat "$out/s4.md"; } >> "$out/report.md"
fi
