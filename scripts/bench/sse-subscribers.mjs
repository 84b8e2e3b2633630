// Subscriber capacity of one instance: opens <count> live seat-map streams of one show, waits for
// every snapshot, then books a few seats and times how long each booking takes to reach every
// subscriber. With --pid it reads the app's resident memory (VmRSS) before, with all subscribers,
// and after they are gone.
//
//   node sse-subscribers.mjs <base> <showId> <count> [--pid <app pid>] [--token <bearer>] [--bookings <n>] [--hold <s>]
//
// Prints one JSON object. Needs enough file descriptors (ulimit -n above <count> + 100).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openStream } from './sse.mjs';

const [base, showId, countArg, ...options] = process.argv.slice(2);
const option = (name, fallback) => {
  const index = options.indexOf(`--${name}`);
  return index >= 0 ? options[index + 1] : fallback;
};
const count = Number(countArg);
const pid = option('pid');
const token = option('token');
const bookings = Number(option('bookings', token ? 5 : 0));
const holdSeconds = Number(option('hold', 5));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rssMb = () => {
  if (!pid) return null;
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return Math.round(kb / 102.4) / 10;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
};

const result = { count, rssBeforeMb: rssMb() };
const streams = [];
const arrivals = new Map(); // version -> arrival times
let snapshots = 0;
let failures = 0;
let ended = 0;
const started = performance.now();
for (let i = 0; i < count; i++) {
  streams.push(openStream(`${base}/shows/${showId}/events`, {
    onOpen: (status) => {
      if (status !== 200) failures++;
    },
    onEvent: (event) => {
      if (event.event === 'snapshot') snapshots++;
      if (event.event === 'seats') {
        const version = JSON.parse(event.data).version;
        if (!arrivals.has(version)) arrivals.set(version, []);
        arrivals.get(version).push(event.at);
      }
    },
    onEnd: () => ended++,
  }));
  if (i % 250 === 249) {
    while (snapshots + failures < i + 1 - 50 && performance.now() - started < 120_000) await sleep(20);
  }
}
while (snapshots + failures < count && performance.now() - started < 180_000) await sleep(50);
result.openSeconds = Math.round(performance.now() - started) / 1000;
result.snapshots = snapshots;
result.failures = failures;
await sleep(2000);
result.rssWithSubscribersMb = rssMb();

if (bookings > 0) {
  const fanOut = [];
  for (let b = 0; b < bookings; b++) {
    const response = await fetch(`${base}/shows/${showId}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ seats: [b + 1] }),
    });
    const answered = performance.now();
    if (response.status !== 201) throw new Error(`booking: HTTP ${response.status} ${await response.text()}`);
    const waitUntil = performance.now() + 10_000;
    let got = [];
    while (performance.now() < waitUntil) {
      // the event that reserved this seat: the first version whose arrivals reach every subscriber
      got = [...arrivals.entries()].find(([, times]) => times.length >= snapshots)?.[1] ?? [];
      if (got.length >= snapshots) break;
      await sleep(10);
    }
    fanOut.push({ toFirstMs: Math.min(...got) - answered, toLastMs: Math.max(...got) - answered, reached: got.length });
    arrivals.clear();
    await sleep(300);
  }
  result.bookings = fanOut.map((f) => ({ toFirstMs: Math.round(f.toFirstMs), toLastMs: Math.round(f.toLastMs), reached: f.reached }));
  result.fanOutToLastP50Ms = percentile(fanOut.map((f) => f.toLastMs), 50);
}

await sleep(holdSeconds * 1000);
result.rssHeldMb = rssMb();
result.endedEarly = ended;
streams.forEach((stream) => stream.close());
await sleep(3000);
result.rssAfterMb = rssMb();
console.log(JSON.stringify(result));
process.exit(0);
