'use strict';
// workerData is a clone of the value passed to the constructor.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

const data = { a: 1, list: [1, 'two', { three: 3 }], nested: { deep: { s: 'x' } }, t: true, n: null };
if (isMainThread) {
  const w = new Worker(__filename, { workerData: data });
  w.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, data);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  assert.deepStrictEqual(workerData, data);
  parentPort.postMessage(workerData);
}
