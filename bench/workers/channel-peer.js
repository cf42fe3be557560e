'use strict';
// One end of bench/channel.js: 'ping' bounces small objects off 'pong' over a transferred MessagePort, warming up
// until the rate is steady (common.steadyRate), and reports { rate, warmupMs, steady } to main.
const { parentPort, workerData, MessagePort } = require('worker_threads');
const { steadyRate, bounce } = require('../common');
const { role, port } = workerData;
if (!(port instanceof MessagePort)) {
  throw new Error(`workerData.port is not a MessagePort: ${Object.prototype.toString.call(port)}`);
}

if (role === 'pong') {
  port.on('message', (m) => {
    if (m === null) { port.close(); return; }
    port.postMessage({ seq: m.seq, kind: 'pong', ok: true });
  });
} else {
  steadyRate((ms) => bounce(port, ms)).then((s) => {
    parentPort.postMessage(s);
  }, (err) => {
    parentPort.postMessage({ error: String(err && err.message) });
  }).finally(() => {
    port.postMessage(null);
    port.close();
  });
}
