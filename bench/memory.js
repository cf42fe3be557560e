'use strict';
// Memory: resident set (process.memoryUsage().rss) with N idle workers (default 50; --quick 10) minus with none,
// divided by N: MB per idle worker. Each worker says 'ready' and then waits on its port.
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, deadline, once, run } = require('./common');

const n = quick ? 10 : 50;
const src = `
const { parentPort } = require('worker_threads');
parentPort.on('message', () => parentPort.close());
parentPort.postMessage('ready');`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const gc = () => { if (typeof global.gc === 'function') global.gc(); };

run(async () => {
  deadline(120000, 'memory');
  // Baseline: everything the measurement itself uses is loaded and settled before it is taken.
  await sleep(200);
  gc();
  const before = process.memoryUsage().rss;
  const t0 = nowMs();
  const workers = [];
  for (let i = 0; i < n; i++) {
    const w = new Worker(src, { eval: true });
    workers.push({ w, ready: once(w, 'message'), exit: once(w, 'exit') });
  }
  for (const x of workers) {
    const m = await x.ready;
    if (m !== 'ready') throw new Error(`unexpected message ${JSON.stringify(m)}`);
  }
  const startMs = nowMs() - t0;
  await sleep(quick ? 200 : 1000);
  gc();
  const after = process.memoryUsage().rss;
  for (const x of workers) x.w.postMessage('bye');
  for (const x of workers) await x.exit;
  const perWorker = (after - before) / n / (1024 * 1024);
  result(metric('memory-idle-worker', 'MB/worker', perWorker, 'lower'), [
    metric(`memory ${n} workers started in parallel`, 'ms', startMs, 'lower'),
    metric('memory rss before', 'MB', before / 1048576, 'lower'),
  ]);
});
