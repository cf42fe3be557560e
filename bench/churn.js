'use strict';
// Churn: does memory come back? The resident set (process.memoryUsage().rss) before any worker, then N workers
// (default 1000; --quick: 100) started and ended one after another, each holding ~1 MB of its own objects and sending one
// message; then the process idles 5 s (no explicit collection: what the collector gives back by itself) and the
// rss is read again. Main value: rss after / rss before (1 = everything came back).
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, deadline, once, run } = require('./common');

const n = quick ? 100 : 1000;
const src = `
const { parentPort } = require('worker_threads');
const junk = Array.from({ length: 20000 }, (_, i) => ({ i, s: 'x' + i }));
parentPort.postMessage(junk.length);`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes) => bytes / 1048576;

async function one() {
  const w = new Worker(src, { eval: true });
  const exited = once(w, 'exit');
  const m = await once(w, 'message');
  if (m !== 20000) throw new Error(`unexpected message ${JSON.stringify(m)}`);
  const code = await exited;
  if (code !== 0) throw new Error(`worker exited with code ${code}`);
}

run(async () => {
  deadline(quick ? 120000 : 600000, 'churn');
  await sleep(200); // everything the measurement itself uses is loaded first
  const before = process.memoryUsage().rss;
  const t0 = nowMs();
  let peak = before;
  for (let i = 0; i < n; i++) {
    await one();
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const churnMs = nowMs() - t0;
  await sleep(5000);
  const after = process.memoryUsage().rss;
  result(metric(`churn rss after/before ${n} workers`, 'x', after / before, 'lower'), [
    metric('churn rss before', 'MB', mb(before), 'lower'),
    metric('churn rss peak', 'MB', mb(peak), 'lower'),
    metric('churn rss 5 s after', 'MB', mb(after), 'lower'),
    metric(`churn ${n} workers`, 'ms', churnMs, 'lower'),
  ]);
});
