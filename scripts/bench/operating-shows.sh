#!/usr/bin/env bash
# Operating shows at scale (docs/performance.md, "Operating shows"): the show list at 100,000 shows,
# and the CSV export of a show with 100,000 bookings in a small heap.
#
#   scripts/bench/operating-shows.sh          (builds nothing: run ./mvnw package first)
#
# 1. fills a fresh database with 100,000 shows (an hour apart, half of them past, ten names with
#    accents among them) and one show with 100,000 bookings of 1,000 customers, in SQL;
# 2. starts the app with a 64 MB heap (JAVA_OPTS to change) and times 300 requests of each page
#    shape one after another: the first page of upcoming shows (the plain GET /shows), 20 per page
#    deep into the list (a cursor 50,000 shows in), past shows, a date range, and a name search
#    ignoring case and accents; p50/p99/max in milliseconds as curl measures them on loopback;
# 3. downloads the 100,000 bookings as CSV (and 10,000 of another show, for comparison) while it
#    samples the heap in use (/q/metrics, every 100 ms): constant memory means the peak does not
#    grow with the number of rows.
# Settings (environment): OPS_PORT (4520), OPS_DB (seatbooking_e2e_ops), JAVA_OPTS.
# Results: target/benchmark/operating-shows.md (and on stdout).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

port=${OPS_PORT:-4520}
db=${OPS_DB:-seatbooking_e2e_ops}
base="http://127.0.0.1:$port"
out="$root/target/benchmark"
mkdir -p "$out"
report="$out/operating-shows.md"
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
pg="psql -h 127.0.0.1 -U seatbooking -d $db -v ON_ERROR_STOP=1 -qAt"
log() { printf '[operating-shows] %s\n' "$*" >&2; }
superuser() { psql -h 127.0.0.1 -U postgres -d postgres -qAt "$@" 2>/dev/null </dev/null || runuser -u postgres -- psql -d postgres -qAt "$@"; }

SEATBOOKING_DATABASES="$db" scripts/setup-postgres.sh >/dev/null
jar=adapter-rest/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build the app first: ./mvnw -B package -DskipTests" >&2; exit 1; }
superuser -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
superuser -c "CREATE DATABASE $db OWNER seatbooking" >/dev/null
if curl -s -o /dev/null "$base/" 2>/dev/null; then echo "something already answers on port $port" >&2; exit 1; fi

eval "$(scripts/ensure-keys.sh)"
admin_password="ops-$(openssl rand -hex 16)"
(cd "$(dirname "$jar")" && exec env PORT=$port DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ADMIN_USERNAME=admin \
  ADMIN_PASSWORD="$admin_password" RATE_LIMITS_ENABLED=false \
  java ${JAVA_OPTS:--XX:+UseSerialGC -Xmx64m} -jar quarkus-run.jar) >"$out/operating-shows-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "$base/health" 2>/dev/null; do
  kill -0 $app 2>/dev/null || { tail -30 "$out/operating-shows-app.log"; exit 1; }
  sleep 0.2
done

log "filling $db: 100,000 shows, a show with 100,000 bookings and one with 10,000"
$pg <<'SQL'
INSERT INTO accounts (id, username, display_name, password_hash, roles, created_at, updated_at)
SELECT md5('ops-account-' || n)::uuid, 'fan' || n, 'Fan ' || n, 'not-a-hash', '{CUSTOMER}', now(), now()
FROM generate_series(1, 1000) AS n;
-- an hour apart, from about 5.7 years ago to 5.7 years ahead; the names repeat every ten shows
INSERT INTO shows (id, name, start_time, total_seats)
SELECT md5('ops-show-' || n)::uuid,
       (ARRAY['Swan Lake', 'Café Élysée', 'Nutcracker', 'La Traviata', 'Bus to Zürich', 'Giselle', 'Don Giovanni',
              'Señor Kino', 'Tosca', 'Hamlet'])[1 + n % 10] || ' #' || n,
       date_trunc('hour', now()) + (n - 50000) * interval '1 hour' + interval '30 minutes', 100
FROM generate_series(1, 100000) AS n;
INSERT INTO shows (id, name, start_time, total_seats) VALUES
    ('00000000-0000-4000-8000-000000100000', 'Export of 100,000', now() + interval '30 days', 100000),
    ('00000000-0000-4000-8000-000000010000', 'Export of 10,000', now() + interval '30 days', 10000);
INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, created_at, updated_at)
SELECT md5('ops-booking-' || s.id || n)::uuid, s.id, md5('ops-account-' || (1 + n % 1000))::uuid, 'Fan ' || (1 + n % 1000),
       ARRAY[n], 'CONFIRMED', now() - (n * interval '1 second'), now() - (n * interval '1 second')
FROM (VALUES ('00000000-0000-4000-8000-000000100000'::uuid, 100000), ('00000000-0000-4000-8000-000000010000'::uuid, 10000)) AS s(id, size),
     LATERAL generate_series(1, s.size) AS n;
INSERT INTO booking_status_changes (booking_id, position, status, reason, changed_at)
SELECT id, 0, 'CONFIRMED', 'SEATS_BOOKED', created_at FROM bookings;
ANALYZE;
SQL

ADMIN=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')

# 300 timed requests of one URL; prints "p50 p99 max" in ms
timed() {
  for _ in $(seq 1 20); do curl -fsS -o /dev/null "$base$1"; done
  for _ in $(seq 1 300); do curl -fsS -o /dev/null -w '%{time_total}\n' "$base$1"; done \
    | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f %.1f", t[int(NR * 0.5)], t[int(NR * 0.99)], t[NR] }'
}
deep_cursor=$(curl -fsS -D - -o /dev/null "$base/shows?when=all&limit=200" | tr -d '\r' | sed -n 's/^link: <[^>]*cursor=\([^&>]*\).*/\1/Ip')
for _ in $(seq 1 249); do
  deep_cursor=$(curl -fsS -D - -o /dev/null "$base/shows?when=all&limit=200&cursor=$deep_cursor" | tr -d '\r' \
    | sed -n 's/^link: <[^>]*cursor=\([^&>]*\).*/\1/Ip')
done
from=$(date -u -d '+100 days' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '+107 days' +%Y-%m-%dT%H:%M:%SZ)
{
  echo "# Operating shows at scale ($(date -u +%Y-%m-%d), $(nproc) cores, heap ${JAVA_OPTS:--Xmx64m})"
  echo
  echo "100,000 shows; 300 sequential requests each after 20 to warm up; curl on loopback, milliseconds."
  echo
  echo "| page | p50 | p99 | max |"
  echo "|---|---|---|---|"
} >"$report"
for shape in "/shows" "/shows?limit=20&when=all&cursor=$deep_cursor" "/shows?when=past&limit=20" \
  "/shows?from=$from&to=$to&limit=20" "/shows?q=cafe%20elysee&limit=20" "/shows?q=ZURICH&when=all&limit=20" "/shows?q=x7&limit=20"; do
  read -r p50 p99 max <<<"$(timed "$shape")"
  label=${shape//$deep_cursor/<50,000 in>}
  echo "| \`GET ${label}\` | $p50 | $p99 | $max |" | tee -a "$report" >&2
done

heap() { curl -fsS "$base/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%d", s / 1048576 }'; }
export_csv() { # show id -> "rows bytes seconds peak-heap-MB"
  local samples="$out/heap-samples.txt"; : >"$samples"
  ( while true; do heap >>"$samples"; echo >>"$samples"; sleep 0.1; done ) &
  local sampler=$!
  local stats
  stats=$(curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Accept: text/csv' -o "$out/export.csv" -w '%{size_download} %{time_total}' \
    "$base/shows/$1/bookings")
  kill $sampler; wait $sampler 2>/dev/null || true
  echo "$(($(wc -l <"$out/export.csv") - 1)) $stats $(sort -n "$samples" | tail -1)"
}
curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Accept: text/csv' "$base/shows/00000000-0000-4000-8000-000000010000/bookings"
idle=$(heap)
read -r rows10 bytes10 secs10 peak10 <<<"$(export_csv 00000000-0000-4000-8000-000000010000)"
read -r rows100 bytes100 secs100 peak100 <<<"$(export_csv 00000000-0000-4000-8000-000000100000)"
{
  echo
  echo "CSV export (Accept: text/csv), heap in use sampled every 100 ms (it includes garbage not yet collected):"
  echo
  echo "| rows | bytes | seconds | peak heap in use (MB) |"
  echo "|---|---|---|---|"
  echo "| $rows10 | $bytes10 | $secs10 | $peak10 |"
  echo "| $rows100 | $bytes100 | $secs100 | $peak100 |"
  echo
  echo "Heap in use when idle: $idle MB. The JVM's maximum heap: ${JAVA_OPTS:--Xmx64m}."
} | tee -a "$report" >&2
log "report: $report"
