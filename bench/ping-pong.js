'use strict';
// Ping-pong: round trips per second of a small object between main and one worker (one message in flight).
const { Worker } = require('worker_threads');
const { metric, result, deadline, once, run, steadyRate, warmupMetric, bounce } = require('./common');

const src = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === null) { parentPort.close(); return; }
  parentPort.postMessage({ seq: m.seq, kind: 'pong', ok: true });
});`;

run(async () => {
  deadline(120000, 'ping-pong');
  const w = new Worker(src, { eval: true });
  await once(w, 'online');
  const s = await steadyRate((ms) => bounce(w, ms));
  w.postMessage(null);
  await once(w, 'exit');
  result(metric('ping-pong', 'round trips/s', s.rate, 'higher'), [warmupMetric('ping-pong', s)]);
});
