'use strict';
// Inside a worker: isMainThread is false, parentPort is a MessagePort, resourceLimits is an object.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, MessagePort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { isMainThread: false, commonIsMainThread: false, portIsMessagePort: true });
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage({
    isMainThread,
    commonIsMainThread: common.isMainThread,
    portIsMessagePort: parentPort instanceof MessagePort,
  });
}
