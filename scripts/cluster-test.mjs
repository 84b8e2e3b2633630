// The scale-out test: runs against a cluster that scripts/cluster.sh started (N instances behind
// nginx, one PostgreSQL) and shows, in order:
//   1. a booking storm through nginx across every instance: no seat sold twice, the invariants hold
//      in SQL, and every booking a client was told about (201) is in the database
//   2. a change made through one instance reaches event streams on the others: lag percentiles
//   3. expired holds: every one processed exactly once across instances (history and metrics)
//   4. a rolling restart of every instance under load: no failed request, and live seat maps
//      that followed through it end equal to the database
//   5. kill -9 of one instance mid-storm: no acknowledged booking lost, the others keep serving
//
//   node scripts/cluster-test.mjs
// Settings (environment): CLUSTER_PORT (4300), CLUSTER_FIRST_PORT (4301), CLUSTER_INSTANCES (3),
// CLUSTER_DB_URL (jdbc:postgresql://127.0.0.1:5432/seatbooking_cluster), LAG_LIMIT_MS (2000).
// The lag is printed against the 250 ms target, but only a lag past LAG_LIMIT_MS fails the test: a
// timing target is a benchmark's to measure (scripts/benchmark.sh, S2L) on a quiet machine, while
// this test also runs on busy ones; an event seconds late means the feed is broken.
// The cluster should run with short holds (BOOKING_HOLD_TTL=PT3S, BOOKING_EXPIRY_INTERVAL=1s), as
// scripts/test.sh starts it. Uses node:http without keep-alive, so that a closed idle connection is
// never mistaken for a failed request (browsers retry those; this test does not retry anything).
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LiveSeatMap } from './bench/sse.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.CLUSTER_PORT ?? 4300);
const firstPort = Number(process.env.CLUSTER_FIRST_PORT ?? 4301);
const instances = Number(process.env.CLUSTER_INSTANCES ?? 3);
const dbName = (process.env.CLUSTER_DB_URL ?? 'jdbc:postgresql://127.0.0.1:5432/seatbooking_cluster').split('/').pop();
const lagTarget = 250;
const lagLimit = Number(process.env.LAG_LIMIT_MS ?? 2000);
const lb = `http://127.0.0.1:${port}`;
const direct = (i) => `http://127.0.0.1:${firstPort + i - 1}`;
const adminPassword = readFileSync(join(root, 'target/cluster/admin-password'), 'utf8').trim();
const startedAt = performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const failures = [];

function log(message) {
  console.log(`[cluster-test ${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${message}`);
}

function check(condition, message) {
  if (!condition) {
    failures.push(message);
    console.error(`  FAILED: ${message}`);
  } else {
    console.log(`  ok: ${message}`);
  }
}

function request(base, method, path, { token, body, accept = 'application/json' } = {}) {
  return new Promise((resolve) => {
    const headers = { accept };
    const payload = body === undefined ? null : JSON.stringify(body);
    if (payload) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const started = performance.now();
    const req = http.request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode, json, text, ms: performance.now() - started });
      });
      res.on('error', (error) => resolve({ status: 0, error: String(error), ms: performance.now() - started }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, error: String(error), ms: performance.now() - started }));
    if (payload) req.write(payload);
    req.end();
  });
}

function sql(query) {
  const result = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'seatbooking', '-d', dbName, '-qAt', '-v', 'ON_ERROR_STOP=1', '-c', query], {
    env: { ...process.env, PGPASSWORD: process.env.SEATBOOKING_DB_PASSWORD ?? 'seatbooking' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
  return result.stdout.trim();
}

function cluster(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'scripts/cluster.sh'), args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cluster.sh ${args.join(' ')}: exit ${code}`))));
  });
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const round = (ms) => Math.round(ms * 10) / 10;
  return { count: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[sorted.length - 1]) };
}

function randomSeats(total, count) {
  const seats = new Set();
  while (seats.size < count) seats.add(1 + Math.floor(Math.random() * total));
  return [...seats];
}

async function pool(workers, task) {
  await Promise.all(Array.from({ length: workers }, (_, worker) => task(worker)));
}

/** The invariants, in SQL, for one show: what scripts/benchmark.sh checks too. */
function invariants(show) {
  const doubly = Number(sql(`SELECT count(*) FROM (SELECT seat FROM bookings, unnest(seats) AS seat
      WHERE show_id = '${show}' AND status IN ('CONFIRMED', 'PENDING') GROUP BY seat HAVING count(*) > 1) x`));
  const mismatched = Number(sql(`SELECT count(*) FROM seat_allocations a LEFT JOIN bookings b ON b.id = a.booking_id
      WHERE a.show_id = '${show}' AND (b.id IS NULL OR b.status NOT IN ('CONFIRMED', 'PENDING') OR NOT a.seat_number = ANY (b.seats))`));
  const unallocated = Number(sql(`SELECT count(*) FROM bookings b, unnest(b.seats) AS seat WHERE b.show_id = '${show}'
      AND b.status IN ('CONFIRMED', 'PENDING') AND NOT EXISTS (SELECT 1 FROM seat_allocations a
      WHERE a.show_id = b.show_id AND a.seat_number = seat AND a.booking_id = b.id)`));
  return { doubly, mismatched, unallocated };
}

function acknowledgedAreStored(acknowledged, label) {
  if (acknowledged.length === 0) return;
  const ids = acknowledged.map((b) => `'${b.id}'`).join(',');
  const stored = Number(sql(`SELECT count(*) FROM bookings WHERE id IN (${ids}) AND status = 'CONFIRMED'`));
  const seatsMatch = Number(sql(`SELECT count(*) FROM bookings b JOIN (VALUES ${acknowledged
    .map((a) => `('${a.id}'::uuid, '{${[...a.seats].sort((x, y) => x - y).join(',')}}'::int[])`)
    .join(',')}) AS ack(id, seats) ON ack.id = b.id AND ack.seats = b.seats`));
  check(stored === acknowledged.length && seatsMatch === acknowledged.length,
    `${label}: every acknowledged booking (${acknowledged.length}) is in the database, CONFIRMED, with its seats (${stored}, ${seatsMatch})`);
}

async function metric(instance, pattern) {
  const response = await request(direct(instance), 'GET', '/q/metrics', { accept: 'text/plain' });
  let sum = 0;
  for (const line of (response.text ?? '').split('\n')) {
    if (line.startsWith(pattern)) sum += Number(line.split(' ').pop());
  }
  return sum;
}

async function createShow(adminToken, name, seats) {
  const response = await request(lb, 'POST', '/shows', {
    token: adminToken,
    body: { name, startTime: new Date(Date.now() + 30 * 86_400_000).toISOString(), totalSeats: seats },
  });
  if (response.status !== 201) throw new Error(`create show: ${response.status} ${response.text}`);
  return response.json.id;
}

async function truth(show) {
  const map = await request(lb, 'GET', `/shows/${show}`);
  return new Set(map.json.reservedSeats);
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

// --- set-up: the admin and customers, through nginx ------------------------------------------------------
log(`cluster: ${instances} instances on ports ${firstPort}..${firstPort + instances - 1} behind nginx on ${port}`);
const login = await request(lb, 'POST', '/auth/login', { body: { username: process.env.ADMIN_USERNAME ?? 'admin', password: adminPassword } });
if (login.status !== 200) throw new Error(`admin login: ${login.status} ${login.text}`);
const admin = login.json.token;
const tokens = [];
const password = `cluster-${Math.random().toString(36).slice(2)}-pw`;
await pool(6, async (worker) => {
  for (let i = worker; i < 48; i += 6) {
    const username = `fan-${Date.now().toString(36)}-${i}`;
    const registered = await request(lb, 'POST', '/auth/register', { body: { username, password, displayName: `Fan ${i}` } });
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${registered.text}`);
    const signedIn = await request(lb, 'POST', '/auth/login', { body: { username, password } });
    tokens.push(signedIn.json.token);
  }
});
log(`${tokens.length} customers signed in (tokens from any instance verify on every instance)`);

// --- 1. booking storm across instances --------------------------------------------------------------------
{
  log('1. booking storm: 48 clients, 1,200 bookings of 1-3 random seats of one 300-seat show, through nginx');
  const show = await createShow(admin, 'Cluster storm', 300);
  const served = await Promise.all(Array.from({ length: instances }, (_, i) => metric(i + 1, 'seatbooking_bookings_total')));
  const acknowledged = [];
  const statuses = {};
  const began = performance.now();
  await pool(48, async (worker) => {
    for (let i = 0; i < 25; i++) {
      const seats = randomSeats(300, 1 + Math.floor(Math.random() * 3));
      const response = await request(lb, 'POST', `/shows/${show}/bookings`, { token: tokens[worker], body: { seats } });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 201) acknowledged.push({ id: response.json.id, seats });
    }
  });
  const seconds = (performance.now() - began) / 1000;
  const after = await Promise.all(Array.from({ length: instances }, (_, i) => metric(i + 1, 'seatbooking_bookings_total')));
  const perInstance = after.map((n, i) => n - served[i]);
  log(`   ${JSON.stringify(statuses)} in ${seconds.toFixed(1)} s (${(1200 / seconds).toFixed(0)}/s); bookings per instance: ${perInstance.join(' / ')}`);
  check((statuses[201] ?? 0) + (statuses[409] ?? 0) === 1200, 'every request answered 201 or 409');
  check(perInstance.every((n) => n > 0), 'every instance served bookings');
  const { doubly, mismatched, unallocated } = invariants(show);
  check(doubly === 0, 'no seat sold twice');
  check(mismatched === 0 && unallocated === 0, 'allocations and active bookings match exactly');
  acknowledgedAreStored(acknowledged, 'storm');
  const sold = Number(sql(`SELECT count(*) FROM seat_allocations WHERE show_id = '${show}'`));
  const acknowledgedSeats = acknowledged.reduce((n, b) => n + b.seats.length, 0);
  check(sold === acknowledgedSeats, `seats allocated (${sold}) = seats of acknowledged bookings (${acknowledgedSeats})`);
}

// --- 2. lag: a booking through one instance, seen on the others -----------------------------------------
{
  log('2. lag: streams on every instance but the 2nd; 300 single-seat bookings through the 2nd (4 at a time)');
  const show = await createShow(admin, 'Cluster lag', 300);
  const answeredAt = new Map();
  const lags = [];
  const pending = [];
  const watchers = [];
  for (let i = 1; i <= instances; i++) {
    if (i === 2 && instances > 1) continue;
    const watcher = new LiveSeatMap(direct(i), show, {
      onChange: (data, at) => {
        for (const seat of data.reserved) {
          const answered = answeredAt.get(seat);
          // an event may even beat the booking's own response to the client
          if (answered !== undefined) lags.push(Math.max(0, at - answered));
          else pending.push({ seat, at });
        }
      },
    });
    watchers.push(watcher);
  }
  await Promise.all(watchers.map((w) => w.ready));
  const booker = instances > 1 ? 2 : 1;
  let next = 1;
  await pool(4, async (worker) => {
    while (next <= 300) {
      const seat = next++;
      const response = await request(direct(booker), 'POST', `/shows/${show}/bookings`, { token: tokens[worker], body: { seats: [seat] } });
      answeredAt.set(seat, performance.now());
      if (response.status !== 201) failures.push(`lag booking: ${response.status}`);
      await sleep(10);
    }
  });
  await sleep(1000);
  // arrived before the booking's response reached the client: no lag
  pending.forEach(() => lags.push(0));
  const p = percentiles(lags);
  log(`   lag from the 201 on instance ${booker} to the event on the others: ${JSON.stringify(p)} ms`);
  check(p.count === 300 * watchers.length, `every booking reached every stream (${p.count} of ${300 * watchers.length})`);
  log(`   p99 lag ${p.p99} ms: ${p.p99 <= lagTarget ? 'within' : 'OVER'} the ${lagTarget} ms target (a busy machine adds its own delays)`);
  check(p.max <= lagLimit, `every event within ${lagLimit} ms (the slowest: ${p.max} ms)`);
  const expected = await truth(show);
  check(watchers.every((w) => sameSet(w.reserved, expected)), 'every stream\'s map equals the seat map');
  watchers.forEach((w) => w.close());
}

// --- 3. expired holds processed exactly once ------------------------------------------------------------
{
  log('3. expiry: 90 holds through nginx; every instance runs the expiry job');
  const show = await createShow(admin, 'Cluster holds', 100);
  const watcher = new LiveSeatMap(lb, show);
  await watcher.ready;
  const expiredBefore = await Promise.all(Array.from({ length: instances }, (_, i) => metric(i + 1, 'seatbooking_bookings_total{outcome="expired"')));
  const holds = [];
  await pool(9, async (worker) => {
    for (let seat = worker + 1; seat <= 90; seat += 9) {
      const response = await request(lb, 'POST', `/shows/${show}/bookings`, { token: tokens[worker], body: { seats: [seat], hold: true } });
      if (response.status === 201) holds.push(response.json.id);
      else failures.push(`hold: ${response.status} ${response.text}`);
    }
  });
  const ids = holds.map((id) => `'${id}'`).join(',');
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && Number(sql(`SELECT count(*) FROM bookings WHERE id IN (${ids}) AND status = 'PENDING'`)) > 0) {
    await sleep(500);
  }
  const expiredOnce = Number(sql(`SELECT count(*) FROM booking_status_changes WHERE booking_id IN (${ids}) AND reason = 'HOLD_EXPIRED'`));
  const twice = Number(sql(`SELECT count(*) FROM (SELECT booking_id FROM booking_status_changes WHERE booking_id IN (${ids})
      AND reason = 'HOLD_EXPIRED' GROUP BY booking_id HAVING count(*) > 1) x`));
  const expiredAfter = await Promise.all(Array.from({ length: instances }, (_, i) => metric(i + 1, 'seatbooking_bookings_total{outcome="expired"')));
  const perInstance = expiredAfter.map((n, i) => n - expiredBefore[i]);
  log(`   expired per instance (metrics): ${perInstance.join(' / ')}`);
  check(holds.length === 90, 'all 90 holds placed');
  check(expiredOnce === 90 && twice === 0, `every hold expired exactly once (${expiredOnce} HOLD_EXPIRED entries, ${twice} twice)`);
  check(perInstance.reduce((a, b) => a + b, 0) === 90, 'the instances together counted 90 expiries, none twice');
  await sleep(500);
  check(watcher.reserved.size === 0, 'a stream through nginx saw every expired hold\'s seat turn free');
  watcher.close();
}

// --- 4. rolling restart under load --------------------------------------------------------------------------
{
  log('4. rolling restart of every instance under load (12 clients: seat maps, show lists, bookings; 3 live streams)');
  const show = await createShow(admin, 'Cluster rolling', 3000);
  const watchers = [0, 1, 2].map(() => new LiveSeatMap(lb, show));
  await Promise.all(watchers.map((w) => w.ready));
  let running = true;
  const counts = { requests: 0, failed: 0, byStatus: {} };
  const failedSamples = [];
  const load = pool(12, async (worker) => {
    while (running) {
      const kind = Math.random();
      let response;
      if (kind < 0.4) response = await request(lb, 'GET', `/shows/${show}`);
      else if (kind < 0.55) response = await request(lb, 'GET', '/shows');
      else response = await request(lb, 'POST', `/shows/${show}/bookings`, { token: tokens[worker], body: { seats: randomSeats(3000, 1) } });
      counts.requests++;
      counts.byStatus[response.status] = (counts.byStatus[response.status] ?? 0) + 1;
      if (![200, 201, 409].includes(response.status)) {
        counts.failed++;
        if (failedSamples.length < 5) failedSamples.push(`${response.status} ${response.error ?? response.text?.slice(0, 200)}`);
      }
      await sleep(20);
    }
  });
  const began = performance.now();
  await cluster('rolling-restart');
  const seconds = (performance.now() - began) / 1000;
  await sleep(1000);
  running = false;
  await load;
  log(`   rolling restart took ${seconds.toFixed(1)} s; ${counts.requests} requests ${JSON.stringify(counts.byStatus)}`);
  failedSamples.forEach((sample) => log(`   failed: ${sample}`));
  check(counts.failed === 0, `no failed request during the rolling restart (${counts.failed} of ${counts.requests})`);
  await sleep(1000);
  const expected = await truth(show);
  const reconnects = watchers.map((w) => w.reconnects);
  log(`   live streams reconnected ${reconnects.join(' / ')} times, got ${watchers.map((w) => w.snapshots).join(' / ')} snapshots`);
  check(watchers.every((w) => w.failures.length === 0), `no stream was refused (${watchers.flatMap((w) => w.failures).join(', ')})`);
  check(watchers.every((w) => w.backwards === 0), 'no stream saw a version go back');
  check(watchers.every((w) => sameSet(w.reserved, expected)), `every stream's map equals the seat map after the restarts (${expected.size} seats)`);
  watchers.forEach((w) => w.close());
}

// --- 5. kill -9 mid-storm ----------------------------------------------------------------------------------
{
  const victim = instances > 1 ? 2 : 1;
  log(`5. kill -9 of instance ${victim} two seconds into a 7-second storm (24 clients, through nginx)`);
  const show = await createShow(admin, 'Cluster kill', 5000);
  const acknowledged = [];
  const statuses = {};
  let getsFailed = 0;
  let okAfterKill = 0;
  let killedAt = null;
  let running = true;
  const storm = pool(24, async (worker) => {
    while (running) {
      if (worker % 4 === 0) {
        const response = await request(lb, 'GET', `/shows/${show}`);
        if (response.status !== 200) getsFailed++;
        continue;
      }
      const seats = randomSeats(5000, 1 + Math.floor(Math.random() * 2));
      const response = await request(lb, 'POST', `/shows/${show}/bookings`, { token: tokens[worker], body: { seats } });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 201) {
        acknowledged.push({ id: response.json.id, seats });
        if (killedAt !== null && performance.now() > killedAt + 500) okAfterKill++;
      }
    }
  });
  await sleep(2000);
  killedAt = performance.now();
  await cluster('kill', String(victim));
  await sleep(5000);
  running = false;
  await storm;
  log(`   bookings ${JSON.stringify(statuses)}; ${okAfterKill} acknowledged after the kill; failed seat-map reads ${getsFailed}`);
  check(okAfterKill > 50, 'the other instances kept taking bookings');
  check(getsFailed === 0, 'no seat-map read failed (nginx sends a GET on to the next instance)');
  acknowledgedAreStored(acknowledged, 'kill -9');
  const { doubly, mismatched, unallocated } = invariants(show);
  check(doubly === 0 && mismatched === 0 && unallocated === 0, 'invariants hold after the kill');
  log(`   starting instance ${victim} again`);
  await cluster('start-instance', String(victim));
}

log(failures.length === 0 ? 'all cluster checks passed' : `${failures.length} check(s) FAILED:\n - ${failures.join('\n - ')}`);
process.exit(failures.length === 0 ? 0 : 1);
