'use strict';
// BroadcastChannel is an EventTarget: addEventListener('message') receives MessageEvents.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('et');
const b = new BroadcastChannel('et');
assert.ok(b instanceof EventTarget);
b.addEventListener('message', common.mustCall((event) => {
  assert.strictEqual(event.type, 'message');
  assert.deepStrictEqual(event.data, [1, 2, 3]);
  a.close();
  b.close();
}));
a.postMessage([1, 2, 3]);
