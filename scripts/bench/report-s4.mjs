// S4's part of the benchmark report: best available next to the same crowd picking seats by hand.
//   node report-s4.mjs <results-dir>
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir] = process.argv.slice(2);
const read = (name) => readFileSync(join(dir, name), 'utf8');
const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const lat = (l) => (l ? `${f1(l.p50)} / ${f1(l.p99)}` : 'n/a');
const modes = ['best', 'hand'].filter((mode) => existsSync(join(dir, `s4-${mode}.json`)));
const results = Object.fromEntries(modes.map((mode) => [mode, JSON.parse(read(`s4-${mode}.json`))]));
const singles = Object.fromEntries(modes.map((mode) => [mode, read(`s4-${mode}-singles.txt`).trim().split('\n')
  .map((line) => line.split('|').map(Number)).map(([pct, sold, single, free]) => ({ pct, sold, single, free }))]));
const label = { best: 'best available (quantity)', hand: 'picked by hand (seats)' };
const lines = [];
lines.push('### S4: best available vs. picked by hand', '');
const first = results[modes[0]];
lines.push(`One show of ${f0(first.seats)} seats (100 rows of 100), ${f0(first.requests)} requests of 1 to 4 seats from `
  + `${first.connections} buyers at once (each signed in, a new Idempotency-Key per request).`, '');
lines.push('| | ' + modes.map((mode) => label[mode]).join(' | ') + ' |', '|---|' + modes.map(() => '---|').join(''));
const row = (name, value) => lines.push(`| ${name} | ` + modes.map((mode) => value(results[mode], singles[mode])).join(' | ') + ' |');
row('requests answered', (r) => f0(r.requests));
row('seats sold', (r) => `${f0(r.sold)} of ${f0(r.seats)}`);
row('time to sell out', (r) => (r.soldOutSeconds === null ? 'not sold out' : `${r.soldOutSeconds.toFixed(2)} s`));
row('requests failing while enough seats remained', (r) => `${f0(r.failedWhileEnoughSeatsRemained)} (${(r.failedWhileEnoughShare * 100).toFixed(2)}%)`);
row('answers by status', (r) => Object.entries(r.byStatus).map(([s, c]) => `${s}: ${f0(c)}`).join(', '));
row('refusals by kind', (r) => Object.entries(r.byProblem).map(([s, c]) => `${s}: ${f0(c)}`).join(', ') || 'none');
row('latency p50 / p99, all (ms)', (r) => lat(r.latencyMs.all));
row('latency p50 / p99, 201 (ms)', (r) => lat(r.latencyMs['201']));
for (const pct of [50, 90, 95, 99, 100]) {
  row(`single empty seats at ${pct}% sold`, (r, s) => {
    const at = s.find((x) => x.pct === pct);
    return at ? `${f0(at.single)} (of ${f0(at.free)} free, ${f0(at.sold)} sold)` : 'n/a';
  });
}
row('buyers who found too few seats on the map (hand only)', (r) => f0(r.buyersWhoSawTooFewSeats));
for (const mode of modes) {
  const invariants = JSON.parse(read(`invariants-s4-${mode}.json`));
  const broken = Object.entries(invariants).filter(([k, v]) => k !== 'name' && v !== 0);
  lines.push('', `Invariants after ${label[mode]} (SQL): ${broken.length === 0 ? 'all hold (no seat in two bookings, allocations and bookings match, seat counts per customer match)' : JSON.stringify(broken)}.`);
}
console.log(lines.join('\n'));
