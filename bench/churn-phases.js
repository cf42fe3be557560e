'use strict';
// churn-phases.js [N=100] [HOLD_MS=4000]: churn.js's workers (N, one at a time), printing 'PHASE before|peak|after|
// later0..5 rss=MB' and idling HOLD_MS after the first three, so that bench/churn-nmt can look into the JVM at each
// phase; after: 5 s after the last worker exited, later0..5: every 5 s after that.
const { Worker } = require('worker_threads');
const n = Number(process.argv[2] || 100);
const hold = Number(process.argv[3] || 4000);
const src = `
const { parentPort } = require('worker_threads');
const junk = Array.from({ length: 20000 }, (_, i) => ({ i, s: 'x' + i }));
parentPort.postMessage(junk.length);`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (b) => (b / 1048576).toFixed(0);
function one() {
  return new Promise((res, rej) => {
    const w = new Worker(src, { eval: true });
    let got = false;
    w.on('message', (m) => { got = m === 20000; });
    w.on('error', rej);
    w.on('exit', (c) => (c === 0 && got ? res() : rej(new Error('bad exit ' + c))));
  });
}
(async () => {
  await sleep(200);
  const before = process.memoryUsage().rss;
  console.log(`PHASE before rss=${mb(before)}`);
  await sleep(hold);
  let peak = before;
  const t0 = Date.now();
  for (let i = 0; i < n; i++) { await one(); peak = Math.max(peak, process.memoryUsage().rss); }
  console.log(`PHASE peak rss=${mb(process.memoryUsage().rss)} peakseen=${mb(peak)} ms=${Date.now() - t0}`);
  await sleep(5000);
  console.log(`PHASE after rss=${mb(process.memoryUsage().rss)}`);
  await sleep(hold);
  for (let i = 0; i < 6; i++) { await sleep(5000); console.log(`PHASE later${i} rss=${mb(process.memoryUsage().rss)}`); }
  await sleep(hold);
})();
