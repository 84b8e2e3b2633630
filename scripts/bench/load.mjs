// Load driver for scripts/benchmark.sh: sends booking requests with autocannon and measures each
// one, so that latency can be reported per status (201 and 409 apart). Without pipelining a
// request's context lives from its setupRequest to its onResponse, so it can carry the send time
// (autocannon resets the context for every request, so lasting state lives in this module).
//
//   node load.mjs flash <base> <connections> <requests> <showId> <totalSeats> <tokensFile> [watchers]
//       every request asks for 1 to 4 random seats of one show (S2; S1 uses wrk, disjoint.lua), signed
//       in: each connection sends the bearer token of an account of its own (one line of tokensFile
//       each; connections share accounts only when there are fewer tokens than connections), and a
//       new Idempotency-Key, as the web app does (BENCH_IDEMPOTENCY_KEYS=0 leaves it out).
//       With watchers > 0, that many live seat-map streams (GET /shows/{id}/events) follow the show
//       meanwhile, and the lag from each 201 reaching this client to its seats' event reaching each
//       stream is reported (lagMs; 0 when the event came first)
//   node load.mjs accounts <base> <count> <prefix>
//       registers <count> customers (<prefix>-1 ...), signs each in, prints one token per line. Done
//       before measuring: bcrypt makes each sign-up and sign-in cost tens of milliseconds on purpose.
//
// flash prints one JSON object: counts by status, throughput, latency percentiles per status.
import autocannon from 'autocannon';
import { openStream } from './sse.mjs';
import { performance } from 'node:perf_hooks';
import { percentiles } from './percentiles.mjs';

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

function randomSeats(total) {
  const count = 1 + Math.floor(Math.random() * 4);
  const seats = new Set();
  while (seats.size < count) seats.add(1 + Math.floor(Math.random() * total));
  return [...seats];
}

import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

if (mode === 'accounts') {
  // base count prefix: a few at a time, so the server's bcrypt work does not queue up
  const [count, prefix] = [Number(connectionsArg), sizeArg];
  const password = randomBytes(18).toString('base64url');
  const post = async (path, body) => {
    const response = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok && !(path === '/auth/register' && response.status === 409)) {
      throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    }
    return response;
  };
  const tokens = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let i = next++; i < count; i = next++) {
      const username = `${prefix}-${i + 1}`;
      await post('/auth/register', { username, password, displayName: `Bench ${i + 1}` });
      tokens[i] = (await (await post('/auth/login', { username, password })).json()).token;
    }
  }));
  console.log(tokens.join('\n'));
  process.exit(0);
}
if (mode !== 'flash') {
  console.error('usage: load.mjs flash <base> <connections> <requests> <showId> <totalSeats> <tokensFile> | accounts <base> <count> <prefix>');
  process.exit(2);
}
const [showId, totalSeats, tokensFile, watchersArg] = rest;
const watcherCount = Number(watchersArg ?? 0);
const answeredAt = new Map(); // seat -> when its 201 arrived
const arrivals = []; // per watcher: seat -> when an event first said it is reserved
const streams = [];
for (let w = 0; w < watcherCount; w++) {
  const seen = new Map();
  arrivals.push(seen);
  let ready;
  const snapshot = new Promise((resolve) => (ready = resolve));
  streams.push(openStream(`${base}/shows/${showId}/events`, {
    onEvent: (event) => {
      if (event.event === 'snapshot') ready();
      if (event.event === 'seats') {
        for (const seat of JSON.parse(event.data).reserved) if (!seen.has(seat)) seen.set(seat, event.at);
      }
    },
    onEnd: (error) => ready(error),
  }));
  await snapshot;
}
const tokens = readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
if (tokens.length === 0) {
  console.error(`no tokens in ${tokensFile}`);
  process.exit(2);
}
let clients = 0;
// one account per connection: autocannon hands every connection (client) to setupClient once
const setupClient = (client) => {
  client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${tokens[clients++ % tokens.length]}` });
};
const keyed = process.env.BENCH_IDEMPOTENCY_KEYS !== '0';
const setupRequest = (request, context) => {
  const seats = randomSeats(Number(totalSeats));
  seats.forEach((seat) => requestedSeats.add(seat));
  context.sentAt = performance.now();
  // the connection's headers (its token) come with the request; a key is added for each request
  const headers = keyed ? { ...request.headers, 'idempotency-key': randomUUID() } : request.headers;
  return { ...request, headers, path: `/shows/${showId}/bookings`, body: JSON.stringify({ seats, userName: 'bench' }) };
};

const started = performance.now();
const result = await autocannon({
  url: base,
  connections,
  pipelining: 1,
  timeout: 30,
  amount: Number(sizeArg),
  setupClient,
  requests: [{
    method: 'POST',
    setupRequest,
    onResponse: (status, body, context) => {
      const now = performance.now();
      record(status, now - context.sentAt);
      if (watcherCount > 0 && status === 201) {
        for (const seat of JSON.parse(body).seats) answeredAt.set(seat, now);
      }
    },
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
let lag = null;
let missing = 0;
if (watcherCount > 0) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const lags = [];
  for (const seen of arrivals) {
    for (const [seat, answered] of answeredAt) {
      const at = seen.get(seat);
      if (at === undefined) missing++;
      else lags.push(Math.max(0, at - answered));
    }
  }
  lag = percentiles(lags);
  streams.forEach((stream) => stream.close());
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
  ...(watcherCount > 0 ? { watchers: watcherCount, lagMs: lag, eventsMissing: missing } : {}),
}));
process.exit(0);
