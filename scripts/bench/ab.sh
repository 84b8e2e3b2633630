#!/usr/bin/env bash
# A/B comparison of S1 (uncontended bookings, wrk) between two settings or two builds, taking turns:
# both apps run side by side (each on its own port and database, the one not under load idle), and
# rounds of A and B alternate (A first in odd rounds, B first in even ones), so that whatever else the machine does falls on both alike. For a
# shared or busy machine, where two full benchmark runs minutes apart cannot be compared.
#
#   AB_A="FEED_ENABLED=true" AB_B="FEED_ENABLED=false" scripts/bench/ab.sh
#   AB_B_KEYS=nokeys scripts/bench/ab.sh                   # Idempotency-Key on every booking, or not
#   AB_B_JAR=/other/build/quarkus-app/quarkus-run.jar scripts/bench/ab.sh
#   AB_SCENARIO=S2 AB_A="FEED_ENABLED=true" AB_B="FEED_ENABLED=false" scripts/bench/ab.sh   # the flash sale
#
# Settings (environment): AB_A / AB_B (space-separated VAR=value settings of each app), AB_A_KEYS /
# AB_B_KEYS (keys or nokeys: whether each booking carries an Idempotency-Key; default keys),
# AB_A_JAR / AB_B_JAR (default: this build), AB_ROUNDS (5 per side), AB_SECONDS (10 per round),
# AB_CONNECTIONS (64), AB_WARMUP (30 seconds per side), AB_PORTS ("4211 4212"), AB_DB_SUFFIX (none:
# the databases are seatbooking_ab_a<suffix> and _b<suffix>, for runs side by side), JAVA_OPTS,
# AB_SCENARIO (S1, the default: wrk books fresh seats of 64 shows for AB_SECONDS; or S2: each round a
# fresh 1,000-seat show, AB_REQUESTS (6000) requests of 1 to 4 random seats from AB_CONNECTIONS (128 for
# S2) signed-in connections, as scripts/benchmark.sh's S2, with its seat limit (BENCH_S2_SEAT_LIMIT, 1000);
# compared by requests/s; the warm-up is one sale of AB_REQUESTS/2 per 5 s of AB_WARMUP).
# Rate limits are raised far above the load on both sides, as in scripts/benchmark.sh. Results: a table on stdout and
# target/benchmark-ab/ (every round's wrk output).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

rounds=${AB_ROUNDS:-5}
seconds=${AB_SECONDS:-10}
scenario=${AB_SCENARIO:-S1}
case "$scenario" in S1) connections=${AB_CONNECTIONS:-64} ;; S2) connections=${AB_CONNECTIONS:-128} ;; *) echo "AB_SCENARIO: S1 or S2" >&2; exit 2 ;; esac
requests=${AB_REQUESTS:-6000}
warmup=${AB_WARMUP:-30}
java_opts=${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m}
out="$root/target/benchmark-ab"
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
log() { printf '[ab] %s\n' "$*"; }
superuser() { psql -h 127.0.0.1 -U postgres -d postgres -qAt "$@" 2>/dev/null </dev/null || runuser -u postgres -- psql -d postgres -qAt "$@"; }

suffix=${AB_DB_SUFFIX:-}
read -r port_a port_b <<< "${AB_PORTS:-4211 4212}"
SEATBOOKING_DATABASES="seatbooking_ab_a$suffix seatbooking_ab_b$suffix" scripts/setup-postgres.sh >/dev/null
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { log "installing wrk"; as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
(cd scripts/bench && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; })
default_jar=adapter-rest/target/quarkus-app/quarkus-run.jar
[ -n "${AB_A_JAR:-}" ] && [ -n "${AB_B_JAR:-}" ] || [ -f "$default_jar" ] || ./mvnw -B -q package -DskipTests
eval "$(scripts/ensure-keys.sh)"
rm -rf "$out"; mkdir -p "$out"

pids=()
declare -A pid
jiffies() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_jiffies() { local t=0 p; for p in $(pgrep -x postgres || true); do t=$(( t + $(jiffies "$p") )); done; echo "$t"; }
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
declare -A port tokens admin
start() { # side port jar settings
  local side=$1 p=$2 jar=$3 settings=$4 db="seatbooking_ab_$1$suffix" password
  superuser -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  superuser -c "CREATE DATABASE $db OWNER seatbooking" >/dev/null
  password="ab-$(openssl rand -hex 16)"
  # shellcheck disable=SC2086
  (cd "$(dirname "$jar")" && exec env PORT="$p" DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ADMIN_USERNAME=admin ADMIN_PASSWORD="$password" \
    RATE_LIMITS_ACCOUNT_WRITES_PER_MINUTE=100000000 RATE_LIMITS_ADDRESS_WRITES_PER_MINUTE=100000000 \
    RATE_LIMITS_ADDRESS_READS_PER_MINUTE=100000000 $settings \
    java $java_opts -jar "$(basename "$jar")") >"$out/app-$side.log" 2>&1 &
  pids+=($!); pid[$side]=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$p/shows" 2>/dev/null; do sleep 0.2; done
  port[$side]=$p
  # the first administrator is made just after the port opens: a sign-in a moment earlier is refused
  local login="" tries=0
  until login=$(curl -fsS -X POST "http://127.0.0.1:$p/auth/login" -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$password\"}" 2>/dev/null); do
    tries=$((tries + 1)); [ "$tries" -lt 100 ] || { log "$side: cannot sign in as admin"; exit 1; }; sleep 0.3
  done
  admin[$side]=$(node -e 'console.log(JSON.parse(process.argv[1]).token)' "$login")
  tokens[$side]="$out/tokens-$side.txt"
  (cd scripts/bench && node load.mjs accounts "http://127.0.0.1:$p" "$connections" "ab$side") > "${tokens[$side]}"
  log "$side: port $p, $(basename "$(dirname "$(dirname "$jar")")")/$(basename "$(dirname "$jar")"), settings: ${settings:-(defaults)}"
}
shows() { # side count -> file of fresh show ids (a customer may book every seat)
  local side=$1 file; file=$(mktemp -p "$out" "shows-$1-XXXX.txt")
  local when; when=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
  for i in $(seq 1 "$2"); do
    # builds from before per-customer limits refuse the field: then the show goes without it
    { curl -fsS -X POST "http://127.0.0.1:${port[$side]}/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer ${admin[$side]}" \
        -d "{\"name\":\"AB $i\",\"startTime\":\"$when\",\"totalSeats\":100000,\"maxSeatsPerCustomer\":100000}" 2>/dev/null \
      || curl -fsS -X POST "http://127.0.0.1:${port[$side]}/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer ${admin[$side]}" \
        -d "{\"name\":\"AB $i\",\"startTime\":\"$when\",\"totalSeats\":100000}"; } \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))'
  done > "$file"
  echo "$file"
}
run() { # side seconds -> one JSON line: wrk's (S1) or load.mjs's (S2)
  local side=$1 keys_var="AB_${1^^}_KEYS"
  if [ "$scenario" = S2 ]; then
    local when show; when=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
    # the seat limit raised for the load as in scripts/benchmark.sh (BENCH_S2_SEAT_LIMIT); builds from before
    # per-customer limits refuse the field: then the show goes without it
    show=$( { curl -fsS -X POST "http://127.0.0.1:${port[$side]}/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer ${admin[$side]}" \
        -d "{\"name\":\"AB flash\",\"startTime\":\"$when\",\"totalSeats\":1000,\"maxSeatsPerCustomer\":${BENCH_S2_SEAT_LIMIT:-1000}}" 2>/dev/null \
      || curl -fsS -X POST "http://127.0.0.1:${port[$side]}/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer ${admin[$side]}" \
        -d "{\"name\":\"AB flash\",\"startTime\":\"$when\",\"totalSeats\":1000}"; } | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))')
    # the warm-up's length is a number of requests here
    (cd scripts/bench && BENCH_IDEMPOTENCY_KEYS=$([ "${!keys_var:-keys}" = nokeys ] && echo 0 || echo 1) \
      node load.mjs flash "http://127.0.0.1:${port[$side]}" "$connections" "$([ "$2" = "$seconds" ] && echo "$requests" || echo $((requests / 2)))" \
        "$show" 1000 "${tokens[$side]}") | tail -n 1
    return
  fi
  wrk -t2 -c"$connections" -d"$2s" -s scripts/bench/disjoint.lua "http://127.0.0.1:${port[$side]}" -- \
    "$(shows "$side" "$connections")" 2 "${tokens[$side]}" "${!keys_var:-keys}" | tail -n 1
}

start a "$port_a" "${AB_A_JAR:-$default_jar}" "${AB_A:-}"
start b "$port_b" "${AB_B_JAR:-$default_jar}" "${AB_B:-}"
if [ "$scenario" = S2 ]; then
  # a flash sale is over in seconds: one sale of half a round's requests per 5 s of AB_WARMUP, taking turns
  # (the JIT needs tens of thousands of requests before the rates settle)
  log "warming up both, $(( warmup > 5 ? warmup / 5 : 1 )) sales of $((requests / 2)) requests each"
  for _ in $(seq 1 $(( warmup > 5 ? warmup / 5 : 1 ))); do run a "$warmup" >/dev/null; run b "$warmup" >/dev/null; done
else
  log "warming up both, ${warmup}s each"
  run a "$warmup" >/dev/null; run b "$warmup" >/dev/null
fi

unit=$([ "$scenario" = S2 ] && echo requests/s || echo bookings/s)
rate() { node -e 'const r=JSON.parse(process.argv[1]);console.log(process.argv[2]==="S2"?r.requestsPerSecond:r.confirmedPerSecond)' "$1" "$scenario"; }
for round in $(seq 1 "$rounds"); do
  # a then b in odd rounds, b then a in even ones: a drift over the run (warming up, tables growing)
  # falls on both sides alike
  order="a b"; [ $((round % 2)) -eq 0 ] && order="b a"
  cpu=""
  for side in $order; do
    j0=$(jiffies "${pid[$side]}"); p0=$(pg_jiffies)
    run "$side" "$seconds" > "$out/round-$round-$side.json"
    j1=$(jiffies "${pid[$side]}"); p1=$(pg_jiffies)
    # CPU per request (µs) of this side's JVM and of PostgreSQL (the other app is idle meanwhile)
    n=$(node -e 'const r=JSON.parse(process.argv[1]);console.log(r.requests ?? Math.round((r.confirmedPerSecond ?? 0) * process.argv[2]))' \
      "$(cat "$out/round-$round-$side.json")" "$seconds")
    [ "${n:-0}" -gt 0 ] && cpu+=" $side: jvm $(( (j1 - j0) * 1000000 / $(getconf CLK_TCK) / n )) pg $(( (p1 - p0) * 1000000 / $(getconf CLK_TCK) / n )) µs/request;"
  done
  log "round $round: a $(rate "$(cat "$out/round-$round-a.json")") / b $(rate "$(cat "$out/round-$round-b.json")") $unit;$cpu"
done

node - "$out" "$rounds" "$scenario" <<'EOF'
const [dir, rounds, scenario] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const fs = require('fs');
const rate = (r) => (scenario === 'S2' ? r.requestsPerSecond : r.confirmedPerSecond);
const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const sides = { a: [], b: [] };
for (let i = 1; i <= rounds; i++) for (const s of ['a', 'b']) sides[s].push(JSON.parse(fs.readFileSync(`${dir}/round-${i}-${s}.json`, 'utf8')));
const ma = median(sides.a.map(rate)), mb = median(sides.b.map(rate));
const ratios = sides.a.map((a, i) => rate(sides.b[i]) / rate(a));
// S1: anything but 201; S2: anything but 201 and 409 (a flash sale refuses most requests, as it should)
const unexpected = (r) => (scenario === 'S2'
  ? Object.entries(r.byStatus).filter(([status]) => status !== '201' && status !== '409').reduce((n, [, count]) => n + count, 0) + r.errors
  : r.byStatus.other + r.errors);
console.log(`\n| side | ${scenario === 'S2' ? 'requests/s' : 'bookings/s'}, median | rounds | ${scenario === 'S2' ? 'not 201 or 409' : 'non-201'} |`);
console.log('|---|---|---|---|');
for (const s of ['a', 'b']) {
  const other = sides[s].reduce((n, r) => n + unexpected(r), 0);
  console.log(`| ${s} | ${Math.round(s === 'a' ? ma : mb)} | ${sides[s].map((r) => Math.round(rate(r))).join(', ')} | ${other} |`);
}
console.log(`\nb / a: ${(mb / ma * 100).toFixed(0)}% (medians); per round ${ratios.map((r) => (r * 100).toFixed(0) + '%').join(', ')}, median ${(median(ratios) * 100).toFixed(0)}%`);
EOF
