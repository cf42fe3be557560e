'use strict';
// One end of bench/channel.js: 'ping' bounces small objects off 'pong' over a transferred MessagePort.
const { parentPort, workerData, MessagePort } = require('worker_threads');
const { role, port } = workerData;
if (!(port instanceof MessagePort)) {
  throw new Error(`workerData.port is not a MessagePort: ${Object.prototype.toString.call(port)}`);
}
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

if (role === 'pong') {
  port.on('message', (m) => {
    if (m === null) { port.close(); return; }
    port.postMessage({ seq: m.seq, kind: 'pong', ok: true });
  });
} else {
  const phases = [workerData.warmMs, workerData.measureMs];
  let seq = 0, t0 = nowMs(), phase = 0;
  port.on('message', (m) => {
    if (!m || m.seq !== seq) {
      parentPort.postMessage({ error: `unexpected reply ${JSON.stringify(m)}` });
      port.postMessage(null);
      port.close();
      return;
    }
    seq++;
    if ((seq & 63) === 0) {
      const el = nowMs() - t0;
      if (el >= phases[phase]) {
        if (phase === 1) {
          parentPort.postMessage({ n: seq, el });
          port.postMessage(null);
          port.close();
          return;
        }
        phase = 1; seq = 0; t0 = nowMs();
      }
    }
    port.postMessage({ seq, kind: 'ping', ok: true });
  });
  port.postMessage({ seq, kind: 'ping', ok: true });
}
