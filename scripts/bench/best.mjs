// S4 load driver for scripts/benchmark.sh: a crowd buying seats of one show with a layout of
// <rows> rows of <seatsPerRow> seats (no aisles), <connections> buyers at once, <requests>
// requests of 1 to 4 seats in all, each buyer signed in with an account of its own (one line of
// tokensFile each) and sending a new Idempotency-Key per request.
//
//   node best.mjs best <base> <connections> <requests> <showId> <tokensFile> <rows> <seatsPerRow>
//       best available: {"quantity": n}; the server picks (and picks again when others were faster)
//   node best.mjs hand <base> <connections> <requests> <showId> <tokensFile> <rows> <seatsPerRow>
//       the same crowd picking by hand, as people at a seat map do: each buyer reads the map
//       (?view=bitmap), picks n free seats side by side as near the front centre as they can see
//       (one of the 32 best blocks, people differ), sends {"seats": [...]}; after a 409 (seats
//       taken) they mark those seats, read the map again and pick anew. A buyer who sees fewer free
//       seats than they want sends nothing more.
//
// Prints one JSON object: counts by status and problem type, time to sell out (the moment the last
// seat was confirmed, as seen by this client), failures while enough seats remained (best: any
// answer but 201 and 409 not-enough-seats; hand: any 409 for seats taken while at least as many seats
// as asked were still free), latency percentiles (all, and 201 alone).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { percentiles } from './percentiles.mjs';

const [mode, base, connectionsArg, requestsArg, showId, tokensFile, rowsArg, perRowArg] = process.argv.slice(2);
if (!['best', 'hand'].includes(mode) || !perRowArg) {
  console.error('usage: best.mjs best|hand <base> <connections> <requests> <showId> <tokensFile> <rows> <seatsPerRow>');
  process.exit(2);
}
const connections = Number(connectionsArg);
const requests = Number(requestsArg);
const rows = Number(rowsArg);
const perRow = Number(perRowArg);
const capacity = rows * perRow;
const tokens = readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);

const latencies = { all: [], 201: [] };
const byStatus = {};
const byProblem = {};
let sold = 0;
let soldOutMs = null;
let failedWhileEnough = 0;
let gaveUp = 0;
let sent = 0;
let mapReads = 0;
const started = performance.now();

async function readMap() {
  mapReads++;
  const response = await fetch(`${base}/shows/${showId}?view=bitmap`);
  const body = await response.json();
  const bits = Buffer.from(body.reservedBitmap, 'base64');
  const taken = new Uint8Array(capacity + 1);
  for (let seat = 1; seat <= capacity; seat++) taken[seat] = (bits[(seat - 1) >> 3] >> (7 - ((seat - 1) & 7))) & 1;
  return taken;
}

/** As a person would: n free seats side by side, one of the 32 blocks nearest the front centre; else any n free seats. */
function pickByHand(taken, quantity) {
  const blocks = [];
  for (let row = 0; row < rows && blocks.length < 32; row++) {
    const rowBlocks = [];
    for (let place = 1; place + quantity - 1 <= perRow; place++) {
      const first = row * perRow + place;
      let free = true;
      for (let i = 0; i < quantity && free; i++) free = !taken[first + i];
      if (free) rowBlocks.push({ first, distance: Math.abs(2 * place + quantity - 1 - (perRow + 1)) });
    }
    rowBlocks.sort((a, b) => a.distance - b.distance);
    blocks.push(...rowBlocks);
  }
  if (blocks.length > 0) {
    const { first } = blocks[Math.floor(Math.random() * Math.min(32, blocks.length))];
    return Array.from({ length: quantity }, (_, i) => first + i);
  }
  const free = [];
  for (let seat = 1; seat <= capacity && free.length < quantity; seat++) if (!taken[seat]) free.push(seat);
  return free.length === quantity ? free : null;
}

async function buyer(index) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens[index % tokens.length]}` };
  let taken = mode === 'hand' ? await readMap() : null;
  while (sent < requests) {
    sent++;
    const quantity = 1 + Math.floor(Math.random() * 4);
    let seats = null;
    if (mode === 'hand') {
      seats = pickByHand(taken, quantity);
      if (seats === null) {
        taken = await readMap();
        seats = pickByHand(taken, quantity);
        if (seats === null) {
          gaveUp++;
          return;
        }
      }
    }
    const body = mode === 'best' ? { quantity, userName: 'bench' } : { seats, userName: 'bench' };
    const remainingWhenSent = capacity - sold;
    const sentAt = performance.now();
    const response = await fetch(`${base}/shows/${showId}/bookings`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body: JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - sentAt;
    latencies.all.push(ms);
    byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
    let answer = null;
    try { answer = JSON.parse(text); } catch { /* not JSON */ }
    if (response.status === 201) {
      latencies[201].push(ms);
      sold += answer.seats.length;
      if (taken) for (const seat of answer.seats) taken[seat] = 1;
      if (sold >= capacity && soldOutMs === null) soldOutMs = performance.now() - started;
      continue;
    }
    const type = answer?.type ? answer.type.split(':').pop() : answer?.status === 'FAILED' ? 'seats-taken' : `http-${response.status}`;
    byProblem[type] = (byProblem[type] ?? 0) + 1;
    if (mode === 'best') {
      if (type !== 'not-enough-seats' || answer.available >= quantity) failedWhileEnough++;
    } else {
      if (type === 'seats-taken' && remainingWhenSent >= quantity) failedWhileEnough++;
      if (type === 'seats-taken') {
        for (const seat of answer.conflictingSeats) taken[seat] = 1;
        taken = await readMap();
      }
    }
  }
}

await Promise.all(Array.from({ length: connections }, (_, i) => buyer(i)));
const seconds = (performance.now() - started) / 1000;
const answered = latencies.all.length;
console.log(JSON.stringify({
  mode, connections, requests: answered, seats: capacity, seconds: Math.round(seconds * 100) / 100,
  requestsPerSecond: Math.round(answered / seconds),
  sold, soldOutSeconds: soldOutMs === null ? null : Math.round(soldOutMs) / 1000,
  byStatus, byProblem,
  failedWhileEnoughSeatsRemained: failedWhileEnough,
  failedWhileEnoughShare: answered ? Math.round((failedWhileEnough / answered) * 10000) / 10000 : 0,
  buyersWhoSawTooFewSeats: gaveUp, mapReads,
  latencyMs: { all: percentiles(latencies.all), 201: percentiles(latencies[201]) },
}));
