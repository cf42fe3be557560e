'use strict';
// A worker can start its own worker; thread ids stay distinct; messages relay up.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, threadId, workerData } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  w.on('message', common.mustCall((ids) => {
    assert.strictEqual(ids.length, 2);
    assert.notStrictEqual(ids[0], ids[1]);
    assert.ok(ids.every((id) => id > 0));
    assert.strictEqual(ids[1], w.threadId);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else if (workerData.depth === 1) {
  const inner = new Worker(__filename, { workerData: { depth: 2 } });
  inner.on('message', (innerId) => parentPort.postMessage([innerId, threadId]));
} else {
  parentPort.postMessage(threadId);
}
