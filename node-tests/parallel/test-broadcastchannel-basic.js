'use strict';
// BroadcastChannel: a message reaches every other channel of the same name, not the sender or other names.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

assert.strictEqual(BroadcastChannel, globalThis.BroadcastChannel);
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
assert.strictEqual(a.name, 'news');
a.onmessage = common.mustNotCall('the sender does not receive its own message');
c.onmessage = common.mustNotCall('another name does not receive it');
b.onmessage = common.mustCall((event) => {
  assert.strictEqual(event.data, 'hello');
  a.close();
  b.close();
  c.close();
});
a.postMessage('hello');
