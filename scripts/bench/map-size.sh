#!/usr/bin/env bash
# The 100,000-seat seat map on the wire: for three patterns of half the seats sold (in blocks of
# 1,000, at random, a checkerboard) and each view (full, compact, bitmap), bytes on the wire with gzip
# (curl --compressed) and without, and the time to the first byte (loopback: the server's time) of
# MAP_REQUESTS (200) reads, p50 and p99. The seats are sold straight in SQL (one booking per show):
# this measures reading the map, not booking it.
#
#   ADMIN_PASSWORD=... scripts/bench/map-size.sh [base-url] [database]
# base-url: a running app (default http://127.0.0.1:4000); database: its database (default seatbooking).
set -euo pipefail
base=${1:-http://127.0.0.1:4000}
db=${2:-seatbooking}
requests=${MAP_REQUESTS:-200}
export PGPASSWORD=${SEATBOOKING_DB_PASSWORD:-seatbooking}
pg="psql -h 127.0.0.1 -U seatbooking -d $db -v ON_ERROR_STOP=1 -qAt"
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the password of the admin}"
token=$(curl -fsS -X POST "$base/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${ADMIN_USERNAME:-admin}\",\"password\":\"$ADMIN_PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
owner=$($pg -c "SELECT id FROM accounts WHERE 'ADMIN' = ANY (roles) LIMIT 1")

percentile() { sort -n | awk -v p="$1" '{v[NR]=$1} END {i=int((p/100)*NR+0.999); if(i<1)i=1; printf "%.1f", v[i]*1000}'; }

printf '| pattern | view | bytes, gzip | bytes, plain | time to first byte p50 / p99 (ms) |\n|---|---|---|---|---|\n'
for pattern in blocks random checkerboard; do
  case $pattern in
    blocks) where="((s - 1) / 1000) % 2 = 0" ;;
    random) where="random() < 0.5" ;;
    checkerboard) where="s % 2 = 1" ;;
  esac
  show=$(curl -fsS -X POST "$base/shows" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"name\":\"Map size $pattern $(date +%s%N)\",\"startTime\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\",\"totalSeats\":100000}" \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')
  $pg <<SQL
SELECT setseed(0.42);
CREATE TEMP TABLE sold AS SELECT s FROM generate_series(1, 100000) AS s WHERE $where;
BEGIN;
INSERT INTO bookings (id, show_id, owner_id, user_name, seats, status, created_at, updated_at)
SELECT md5('$show')::uuid, '$show', '$owner', 'Map size', array_agg(s ORDER BY s), 'CONFIRMED', now(), now() FROM sold;
INSERT INTO booking_status_changes (booking_id, position, status, reason, changed_at) VALUES (md5('$show')::uuid, 0, 'CONFIRMED', 'SEATS_BOOKED', now());
INSERT INTO seat_allocations (show_id, seat_number, booking_id, owner_id) SELECT '$show', s, md5('$show')::uuid, '$owner' FROM sold;
INSERT INTO seat_changes (show_id, seats) SELECT '$show', array_agg(s ORDER BY s) FROM sold;
COMMIT;
SQL
  sleep 0.5 # the change log's poller drops any cached map of the show
  for view in full compact bitmap; do
    url="$base/shows/$show"; [ $view = full ] || url="$url?view=$view"
    zipped=$(curl -fsS -o /dev/null --compressed -w '%{size_download}' "$url")
    plain=$(curl -fsS -o /dev/null -w '%{size_download}' "$url")
    times=$(for _ in $(seq 1 "$requests"); do curl -fsS -o /dev/null --compressed -w '%{time_starttransfer}\n' "$url"; done)
    printf '| %s | %s | %s | %s | %s / %s |\n' "$pattern" "$view" "$zipped" "$plain" \
      "$(percentile 50 <<<"$times")" "$(percentile 99 <<<"$times")"
  done
done
