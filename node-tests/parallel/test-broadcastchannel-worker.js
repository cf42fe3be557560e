'use strict';
// BroadcastChannel connects a worker and its parent without any port.
const common = require('../common');
const assert = require('assert');
const { Worker, BroadcastChannel, isMainThread } = require('worker_threads');

if (isMainThread) {
  const bc = new BroadcastChannel('wt-test');
  bc.onmessage = common.mustCall((event) => {
    assert.deepStrictEqual(event.data, { from: 'worker' });
    bc.close();
  });
  const w = new Worker(__filename);
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  const bc = new BroadcastChannel('wt-test');
  bc.postMessage({ from: 'worker' });
  bc.close();
}
