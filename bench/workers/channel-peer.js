'use strict';
// One end of bench/channel.js: 'ping' bounces small objects off 'pong' over a transferred MessagePort, warming up
// until the rate is steady (common.steadyRate), and reports { rate, warmupMs, steady } to main.
const { parentPort, workerData, MessagePort } = require('worker_threads');
const { nowMs, steadyRate } = require('../common');
const { role, port } = workerData;
if (!(port instanceof MessagePort)) {
  throw new Error(`workerData.port is not a MessagePort: ${Object.prototype.toString.call(port)}`);
}

// Round trips for about `ms`; resolves [count, elapsed].
function bounce(ms) {
  return new Promise((resolve, reject) => {
    let seq = 0;
    const t0 = nowMs();
    const onMessage = (m) => {
      if (!m || m.seq !== seq) {
        reject(new Error(`unexpected reply ${JSON.stringify(m)}`));
        return;
      }
      seq++;
      if ((seq & 63) === 0) {
        const el = nowMs() - t0;
        if (el >= ms) { port.removeListener('message', onMessage); resolve([seq, el]); return; }
      }
      port.postMessage({ seq, kind: 'ping', ok: true });
    };
    port.on('message', onMessage);
    port.postMessage({ seq, kind: 'ping', ok: true });
  });
}

if (role === 'pong') {
  port.on('message', (m) => {
    if (m === null) { port.close(); return; }
    port.postMessage({ seq: m.seq, kind: 'pong', ok: true });
  });
} else {
  steadyRate(bounce).then((s) => {
    parentPort.postMessage(s);
  }, (err) => {
    parentPort.postMessage({ error: String(err && err.message) });
  }).finally(() => {
    port.postMessage(null);
    port.close();
  });
}
