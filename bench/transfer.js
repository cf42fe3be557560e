'use strict';
// Transfer: time to move an ArrayBuffer of N MB (`transfer.js 1|64 [--quick]`) main -> worker -> main, the
// buffer in the transfer list both ways (never copied). Reports ms per one-way transfer (half a round trip);
// with real transfer it should not grow with the size. Checks that the sender's buffer is detached and that
// the receiver gets the whole buffer with its contents.
const { Worker } = require('worker_threads');
const { quick, nowMs, metric, result, arg, deadline, once, run } = require('./common');

const mb = Number(arg('1'));
if (!(mb > 0)) throw new Error(`bad size ${arg('1')} (MB)`);
const size = mb * 1024 * 1024;
const warmMs = quick ? 200 : 1000;
const measureMs = quick ? 300 : 2000;

const src = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === 'exit') { parentPort.close(); return; }
  const ok = m instanceof ArrayBuffer && m.byteLength === ${size} && new Uint8Array(m)[${size - 1}] === 42;
  if (!ok) { parentPort.postMessage({ bad: Object.prototype.toString.call(m) + ' byteLength ' + (m && m.byteLength) }); return; }
  parentPort.postMessage(m, [m]);
  if (m.byteLength !== 0) throw new Error('worker: ArrayBuffer not detached after transfer');
});`;

function roundTrips(w, buf, ms) {
  return new Promise((resolve, reject) => {
    let n = 0;
    const t0 = nowMs();
    const send = (b) => {
      w.postMessage(b, [b]);
      if (b.byteLength !== 0) reject(new Error(`ArrayBuffer not detached after transfer (byteLength ${b.byteLength})`));
    };
    const onMessage = (m) => {
      if (!(m instanceof ArrayBuffer)) {
        w.removeListener('message', onMessage);
        reject(new Error(`worker received a wrong buffer: ${m && m.bad ? m.bad : JSON.stringify(m)}`));
        return;
      }
      if (m.byteLength !== size) { reject(new Error(`got back byteLength ${m.byteLength}`)); return; }
      n++;
      const el = nowMs() - t0;
      if (el >= ms && n >= 3) { w.removeListener('message', onMessage); resolve([n, el, m]); return; }
      send(m);
    };
    w.on('message', onMessage);
    w.once('error', reject);
    send(buf);
  });
}

run(async () => {
  deadline(60000, `transfer-${mb}mb`);
  const buf = new ArrayBuffer(size);
  new Uint8Array(buf).fill(42);
  const w = new Worker(src, { eval: true });
  await once(w, 'online');
  const [, , back] = await roundTrips(w, buf, warmMs);
  const [n, el] = await roundTrips(w, back, measureMs);
  w.postMessage('exit');
  await once(w, 'exit');
  result(metric(`transfer-${mb}mb`, 'ms/transfer', el / n / 2, 'lower'));
});
