'use strict';
// CPU scaling: a fixed amount of pure-JS work (integer hashing in a loop) done by 1 worker, then split over 2
// workers. Each worker warms the code up first; then main times from 'go' to the last 'done'.
// Reports the speedup t(1 worker) / t(2 workers); ideal on 2+ cores is 2.
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, deadline, once, run } = require('./common');

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

run(async () => {
  deadline(120000, 'cpu-scaling');
  const t1 = await timed(1);
  const t2 = await timed(2);
  result(metric('cpu-scaling-2-workers', 'x speedup', t1 / t2, 'higher'), [
    metric('cpu-scaling 1 worker', 'ms', t1, 'lower'),
    metric('cpu-scaling 2 workers', 'ms', t2, 'lower'),
  ]);
});
