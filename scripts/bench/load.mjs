// Load driver for scripts/benchmark.sh: sends booking requests with autocannon and measures each
// one, so that latency can be reported per status (201 and 409 apart). Without pipelining a
// request's context lives from its setupRequest to its onResponse, so it can carry the send time
// (autocannon resets the context for every request, so lasting state lives in this module).
//
//   node load.mjs flash <base> <connections> <requests> <showId> <totalSeats>
//       every request asks for 1 to 4 random seats of one show (S2; S1 uses wrk, disjoint.lua)
//
// Prints one JSON object: counts by status, throughput, latency percentiles per status.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

const [mode, base, connectionsArg, sizeArg, ...rest] = process.argv.slice(2);
const connections = Number(connectionsArg);

const latencies = new Map(); // status -> number[] (ms)
const requestedSeats = new Set();

let lastResponseAt = 0;

function record(status, ms) {
  lastResponseAt = performance.now();
  if (!latencies.has(status)) latencies.set(status, []);
  latencies.get(status).push(ms);
}

function percentiles(values) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 100) / 100;
  return { count: sorted.length, p50: round(at(50)), p90: round(at(90)), p99: round(at(99)), max: round(sorted[sorted.length - 1]) };
}

function randomSeats(total) {
  const count = 1 + Math.floor(Math.random() * 4);
  const seats = new Set();
  while (seats.size < count) seats.add(1 + Math.floor(Math.random() * total));
  return [...seats];
}

if (mode !== 'flash') {
  console.error('usage: load.mjs flash <base> <connections> <requests> <showId> <totalSeats>');
  process.exit(2);
}
const [showId, totalSeats] = rest;
const setupRequest = (request, context) => {
  const seats = randomSeats(Number(totalSeats));
  seats.forEach((seat) => requestedSeats.add(seat));
  context.sentAt = performance.now();
  return { ...request, path: `/shows/${showId}/bookings`, body: JSON.stringify({ seats, userName: 'bench' }) };
};

const started = performance.now();
const result = await autocannon({
  url: base,
  connections,
  pipelining: 1,
  timeout: 30,
  amount: Number(sizeArg),
  requests: [{
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest,
    onResponse: (status, body, context) => record(status, performance.now() - context.sentAt),
  }],
});
// Up to the last response, not to when autocannon resolves: with a request count (amount) it only
// notices that it is done on its next one-second tick, which would round the duration up.
const seconds = ((lastResponseAt || performance.now()) - started) / 1000;

const byStatus = {};
let total = 0;
for (const [status, values] of latencies) {
  byStatus[status] = values.length;
  total += values.length;
}
const perStatus = {};
for (const [status, values] of latencies) perStatus[status] = percentiles(values);
const created = byStatus[201] ?? 0;
console.log(JSON.stringify({
  mode,
  connections,
  seconds: Math.round(seconds * 100) / 100,
  requests: total,
  requestsPerSecond: Math.round(total / seconds),
  confirmedPerSecond: Math.round(created / seconds),
  byStatus,
  latencyMs: { all: percentiles([...latencies.values()].flat()), ...perStatus },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  requestedSeats: [...requestedSeats].sort((a, b) => a - b),
}));
