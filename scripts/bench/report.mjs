// Turns the raw results of scripts/benchmark.sh (a directory) into a Markdown report: for S1 and S2
// the median of the rounds (every round is listed too), and the targets of the performance issue
// checked against this run's numbers.
//   node report.mjs <results-dir> <rounds>
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, roundsArg] = process.argv.slice(2);
const rounds = [...Array(Number(roundsArg ?? 1)).keys()].map((i) => i + 1);
const read = (name) => readFileSync(join(dir, name), 'utf8');
const json = (name) => JSON.parse(read(name));
const number = (name) => Number(read(name).trim());
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
/** The round whose value is the median one. */
const medianBy = (items, value) => {
  const m = median(items.map(value));
  return items.find((item) => value(item) === m);
};

function pgbench(name) {
  const text = read(`pgbench-${name}.txt`);
  return {
    tps: Number(/tps = ([\d.]+)/.exec(text)?.[1] ?? NaN),
    failed: Number(/number of failed transactions: (\d+)/.exec(text)?.[1] ?? 0),
  };
}

function wrk(text) {
  const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);
  const pct = (p) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(text);
    return m ? toMs(m[1], m[2]) : NaN;
  };
  const max = /Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+)(us|ms|s)/.exec(text);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  const socket = /Socket errors: (.*)/.exec(text);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN),
    p50: pct(50), p90: pct(90), p99: pct(99), max: max ? toMs(max[1], max[2]) : NaN,
    non2xx: non2xx ? Number(non2xx[1]) : 0, socketErrors: socket ? socket[1] : 'none',
  };
}

const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const pct = (n) => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : 'n/a');
const lat = (l) => (l ? `${f1(l.p50)} / ${f1(l.p90)} / ${f1(l.p99)} / ${f1(l.max)}` : 'n/a');
const fiveXX = (byStatus) => Object.entries(byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
const counts = (byStatus) => Object.entries(byStatus).filter(([, c]) => c > 0).map(([s, c]) => `${s}: ${f0(c)}`).join(', ');
const all = (list) => list.map((v) => f0(v)).join(', ');

const lines = [];
const targets = [];
const target = (name, ok, detail) => targets.push(`| ${name} | ${detail} | ${ok ? 'met' : '**missed**'} |`);

lines.push('### Machine and settings', '', '```', read('machine.txt').trim(), read('postgres-settings.txt').trim(), '```', '');
const firstRequest = number('first-request-ms');
lines.push(`First request (\`GET /shows\`, fresh database: migrations included) answered **${f0(firstRequest)} ms** after \`java\` was started.`, '');
target('first request after start (JVM)', firstRequest < 3000, `${f0(firstRequest)} ms (under 3,000 ms)`);

// S1
lines.push('### S1 uncontended: 2 fresh seats per booking, many shows (wrk)', '',
  `Median of ${rounds.length} round(s); app and pgbench take turns. pgbench runs the app's booking statement at the same client count.`, '',
  '| connections | app requests/s | bookings confirmed/s | latency p50 / p90 / p99 / max (ms) | statuses | errors | pgbench tps | app / pgbench | rounds: app / pgbench |',
  '|---|---|---|---|---|---|---|---|---|');
for (const c of [16, 64]) {
  const runs = rounds.map((r) => ({ app: json(`s1-${c}-${r}.json`), pg: pgbench(`booking-disjoint-${c}-${r}`) }));
  const app = medianBy(runs.map((r) => r.app), (a) => a.requestsPerSecond);
  const pgTps = median(runs.map((r) => r.pg.tps));
  const ratio = app.requestsPerSecond / pgTps;
  lines.push(`| ${c} | ${f0(app.requestsPerSecond)} | ${f0(app.confirmedPerSecond)} | ${lat(app.latencyMs.all)} | ${counts(app.byStatus)} | ${app.errors} | ${f0(pgTps)} | ${pct(ratio)} | ${all(runs.map((r) => r.app.requestsPerSecond))} / ${all(runs.map((r) => r.pg.tps))} |`);
  if (c === 64) target('S1 at 64 connections vs pgbench, same statement', ratio >= 0.75, `${pct(ratio)} (at least 75%)`);
}
lines.push('');

// S2
lines.push('### S2 flash sale: one 1,000-seat show, 6,000 bookings of 1 to 4 random seats (autocannon)', '',
  `Each round on a fresh show. The row shows the round with the median throughput; the target below takes the median of every round's p99.`, '',
  '| connections | app requests/s | confirmed/s | 201 p50 / p90 / p99 / max (ms) | 409 p50 / p90 / p99 / max (ms) | all p99 (ms) | statuses | 5xx | deadlocks | seats sold / asked for | peak RSS | rounds: requests/s | rounds: all p99 (ms) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const s2 = [];
for (const c of [128, 256]) {
  const runs = rounds.map((r) => ({
    app: json(`s2-${c}-${r}.json`), sold: number(`s2-${c}-${r}-sold`), rssMb: number(`s2-${c}-${r}-rss-kb`) / 1024,
    deadlocks: number(`s2-${c}-${r}-deadlocks`), own: pgbench(`booking-flash-${c}-${r}`), original: pgbench(`original-design-${c}-${r}`),
  }));
  const run = medianBy(runs, (r) => r.app.requestsPerSecond);
  const { app } = run;
  const total5xx = runs.reduce((n, r) => n + fiveXX(r.app.byStatus), 0);
  const totalErrors = runs.reduce((n, r) => n + r.app.errors + r.app.timeouts, 0);
  const deadlocks = runs.reduce((n, r) => n + r.deadlocks, 0);
  const rss = Math.max(...runs.map((r) => r.rssMb));
  const p99 = median(runs.map((r) => r.app.latencyMs.all.p99));
  const own = median(runs.map((r) => r.own.tps));
  const original = median(runs.map((r) => r.original.tps));
  s2.push({ c, app, own, original, runs });
  lines.push(`| ${c} | ${f0(app.requestsPerSecond)} | ${f0(app.confirmedPerSecond)} | ${lat(app.latencyMs[201])} | ${lat(app.latencyMs[409])} | ${f1(app.latencyMs.all.p99)} | ${counts(app.byStatus)} | ${total5xx} | ${deadlocks} | ${run.sold} / ${app.requestedSeats.length} | ${f0(rss)} MB | ${all(runs.map((r) => r.app.requestsPerSecond))} | ${runs.map((r) => f1(r.app.latencyMs.all.p99)).join(', ')} |`);
  target(`S2 at ${c}: no 5xx, no errors (all rounds)`, total5xx === 0 && totalErrors === 0, `${total5xx} 5xx, ${totalErrors} errors`);
  target(`S2 at ${c}: no deadlocks (all rounds)`, deadlocks === 0, `${deadlocks}`);
  target(`S2 at ${c}: p99 under 120 ms (median of the rounds' p99)`, p99 < 120, `${f1(p99)} ms`);
  target(`S2 at ${c}: app resident memory under 400 MB (peak)`, rss < 400, `${f0(rss)} MB`);
}
lines.push('', 'Seats sold / asked for: a seat stays unsold only when every request that wanted it also wanted a seat sold before; "seats reported taken but free" in the invariants below is 0, so no request failed for a free seat.', '',
  'The same request mix run by pgbench on the same database, medians:', '',
  '| clients | pgbench, the app\'s statement (tps) | pgbench, original design: show row locked (tps) | app / original design | app / pgbench, same statement | pgbench: ours / original | rounds: ours / original |',
  '|---|---|---|---|---|---|---|');
for (const { c, app, own, original, runs } of s2) {
  const vsOriginal = app.requestsPerSecond / original;
  lines.push(`| ${c} | ${f0(own)} | ${f0(original)} | ${f2(vsOriginal)}x | ${pct(app.requestsPerSecond / own)} | ${f2(own / original)}x | ${all(runs.map((r) => r.own.tps))} / ${all(runs.map((r) => r.original.tps))} |`);
  target(`S2 at ${c}: app vs original design run by pgbench`, vsOriginal >= 2.5, `${f2(vsOriginal)}x (at least 2.5x)`);
}
lines.push('');

// invariants
const checks = rounds.flatMap((r) => [16, 64].map((c) => `s1-${c}-${r}`).concat([128, 256].map((c) => `s2-${c}-${r}`)));
const violations = checks.map((n) => json(`invariants-${n}.json`))
  .reduce((sum, i) => sum + i.seatsInTwoActiveBookings + i.allocationsWithoutTheirBooking + i.bookedSeatsWithoutAllocation + i.seatsReportedTakenButFree, 0);
lines.push(`Invariants, checked in SQL after every S1 and S2 round (${checks.length} checks): seats in two active bookings, allocations without their booking, booked seats without an allocation, seats reported taken but free: **${violations}** in total.`, '');
target('invariants after S1 and S2', violations === 0, `${violations} violations`);

// S2L
if (existsSync(join(dir, 's2-lag.json'))) {
  const watched = json('s2-lag.json');
  lines.push(`### S2L live seat map: S2 at 128 connections with ${watched.watchers} event streams following the show`, '',
    'Lag: from a 201 reaching the load client to the event that reserves its seats reaching each stream (0 when the event came first).', '',
    '| app requests/s | all p99 (ms) | lag p50 / p90 / p99 / max (ms) | lag samples | events missing | statuses |', '|---|---|---|---|---|---|',
    `| ${f0(watched.requestsPerSecond)} | ${f1(watched.latencyMs.all.p99)} | ${f1(watched.lagMs?.p50)} / ${f1(watched.lagMs?.p90)} / ${f1(watched.lagMs?.p99)} / ${f1(watched.lagMs?.max)} | ${f0(watched.lagMs?.count)} | ${watched.eventsMissing} | ${counts(watched.byStatus)} |`, '');
  target('S2L: change to every stream, p99', watched.lagMs?.p99 <= 250 && watched.eventsMissing === 0, `${f1(watched.lagMs?.p99)} ms (at most 250 ms), ${watched.eventsMissing} missing`);
}

// S3
if (existsSync(join(dir, 's3.txt'))) {
  const s3 = wrk(read('s3.txt'));
  lines.push('### S3 seat-map reads: GET /shows/{id}, 1,000 seats (500 reserved), 64 connections (wrk)', '',
    '| requests/s | latency p50 / p90 / p99 / max (ms) | non-2xx | socket errors |', '|---|---|---|---|',
    `| ${f0(s3.rps)} | ${f1(s3.p50)} / ${f1(s3.p90)} / ${f1(s3.p99)} / ${f1(s3.max)} | ${s3.non2xx} | ${s3.socketErrors} |`, '',
    'Right after S3 a booking is made and the map read at once: it shows the new seat (checked by the script).', '');
  target('S3 seat-map reads', s3.rps >= 8000 && s3.non2xx === 0, `${f0(s3.rps)} requests/s (at least 8,000)`);
}

lines.push('### Targets', '', '| target | this run | |', '|---|---|---|', ...targets, '');
console.log(lines.join('\n'));
