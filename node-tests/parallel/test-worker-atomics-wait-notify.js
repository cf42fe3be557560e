'use strict';
// Atomics.wait in a worker is woken by Atomics.notify in the parent.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const ia = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(__filename, { workerData: ia });
  w.on('message', common.mustCall((m) => {
    if (m === 'waiting') {
      setTimeout(() => {
        Atomics.store(ia, 0, 1);
        Atomics.notify(ia, 0);
      }, 20);
    }
  }, 2));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage('waiting');
  const r = Atomics.wait(workerData, 0, 0, 10000);
  assert.notStrictEqual(r, 'timed-out');
  parentPort.postMessage(r);
}
