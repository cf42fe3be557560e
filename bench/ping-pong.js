'use strict';
// Ping-pong: round trips per second of a small object between main and one worker (one message in flight).
const { Worker } = require('worker_threads');
const { nowMs, metric, result, deadline, once, run, steadyRate, warmupMetric } = require('./common');

const src = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === null) { parentPort.close(); return; }
  parentPort.postMessage({ seq: m.seq, kind: 'pong', ok: true });
});`;

// Runs round trips for `ms` milliseconds; resolves with [count, elapsed].
function bounce(w, ms) {
  return new Promise((resolve, reject) => {
    let seq = 0;
    const t0 = nowMs();
    const onMessage = (m) => {
      if (!m || m.seq !== seq || m.kind !== 'pong') {
        reject(new Error(`unexpected reply ${JSON.stringify(m)}`));
        return;
      }
      seq++;
      if ((seq & 63) === 0) {
        const el = nowMs() - t0;
        if (el >= ms) {
          w.removeListener('message', onMessage);
          w.removeListener('error', reject);
          resolve([seq, el]);
          return;
        }
      }
      w.postMessage({ seq, kind: 'ping', ok: true });
    };
    w.on('message', onMessage);
    w.on('error', reject);
    w.postMessage({ seq, kind: 'ping', ok: true });
  });
}

run(async () => {
  deadline(120000, 'ping-pong');
  const w = new Worker(src, { eval: true });
  await once(w, 'online');
  const s = await steadyRate((ms) => bounce(w, ms));
  w.postMessage(null);
  await once(w, 'exit');
  result(metric('ping-pong', 'round trips/s', s.rate, 'higher'), [warmupMetric('ping-pong', s)]);
});
