'use strict';
// A SharedArrayBuffer shares memory with a worker: the worker's writes are visible to the parent.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const sab = new SharedArrayBuffer(16);
  const ia = new Int32Array(sab);
  ia[0] = 1;
  const w = new Worker(__filename, { workerData: sab });
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'written');
    assert.strictEqual(Atomics.load(ia, 1), 42);
    assert.strictEqual(Atomics.load(ia, 2), 1);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  const ia = new Int32Array(workerData);
  Atomics.store(ia, 1, 42);
  Atomics.store(ia, 2, ia[0]);
  parentPort.postMessage('written');
}
