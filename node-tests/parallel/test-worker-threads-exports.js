'use strict';
// The shape of require('worker_threads') on the main thread (worker_threads.md).
const common = require('../common');
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(common.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
for (const name of ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort',
                    'markAsUntransferable', 'moveMessagePortToContext', 'getEnvironmentData',
                    'setEnvironmentData']) {
  assert.strictEqual(typeof wt[name], 'function', name);
}
assert.strictEqual(typeof wt.SHARE_ENV, 'symbol');
assert.strictEqual(require('node:worker_threads'), wt);
