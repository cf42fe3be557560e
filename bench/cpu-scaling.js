'use strict';
// CPU scaling: a fixed amount of pure-JS work (integer hashing in a loop) done by 1 worker, then split over 2
// workers. Each worker warms the code up first; then main times from 'go' to the last 'done'. The pair (1 worker,
// 2 workers) is repeated until both times are steady (the last 3 pairs within 10% of their medians; GraalJS keeps
// compiling in the background for a while, which takes a core from the workers), and the medians of those are
// reported: the speedup t(1 worker) / t(2 workers); ideal on 2+ cores is 2.
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, median, deadline, once, run, warmedUp } = require('./common');

const totalUnits = quick ? 40 : 200;      // one unit: 1e6 loop iterations
const src = `
const { parentPort } = require('worker_threads');
function work(units) {
  let h = 0x811c9dc5 | 0;
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < 1000000; i++) {
      h = Math.imul(h ^ (i & 0xff), 0x01000193) | 0;
      h = (h << 5) ^ (h >>> 27) ^ u;
    }
  }
  return h;
}
work(${quick ? 5 : 20}); // warm-up: let the JIT compile work()
parentPort.on('message', (m) => {
  if (m === 'exit') { parentPort.close(); return; }
  parentPort.postMessage({ h: work(m) });
});
parentPort.postMessage('warm');`;

async function timed(k) {
  const ws = [];
  for (let i = 0; i < k; i++) ws.push(new Worker(src, { eval: true }));
  // Listen on every worker at once: node drops a message emitted while nobody listens.
  for (const m of await Promise.all(ws.map((w) => once(w, 'message')))) {
    if (m !== 'warm') throw new Error(`unexpected ${JSON.stringify(m)}`);
  }
  const t0 = nowMs();
  const done = ws.map((w) => once(w, 'message'));
  for (const w of ws) w.postMessage(totalUnits / k);
  const hs = await Promise.all(done);
  const el = nowMs() - t0;
  for (const h of hs) if (typeof h.h !== 'number') throw new Error('bad result');
  const exits = ws.map((w) => once(w, 'exit'));
  for (const w of ws) w.postMessage('exit');
  await Promise.all(exits);
  return el;
}

const settled = (xs) => xs.every((x) => Math.abs(x - median(xs)) <= 0.1 * median(xs));

run(async () => {
  deadline(180000, 'cpu-scaling');
  const ones = [];
  const twos = [];
  const maxPairs = quick ? 1 : 15;
  const start = nowMs();
  do {
    ones.push(await timed(1));
    twos.push(await timed(2));
  } while (ones.length < maxPairs && (ones.length < 3 || !settled(ones.slice(-3)) || !settled(twos.slice(-3))));
  const t1 = median(ones.slice(-3));
  const t2 = median(twos.slice(-3));
  const steady = ones.length < maxPairs;
  result(metric('cpu-scaling-2-workers', 'x speedup', t1 / t2, 'higher'), [
    metric('cpu-scaling 1 worker', 'ms', t1, 'lower'),
    metric('cpu-scaling 2 workers', 'ms', t2, 'lower'),
    warmedUp(metric('cpu-scaling warm-up', 's', (nowMs() - start) / 1000, 'lower'), steady),
  ]);
});
