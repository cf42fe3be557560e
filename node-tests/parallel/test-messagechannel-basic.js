'use strict';
// A MessageChannel's two ports are entangled: what one posts, the other receives, in order.
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port2 instanceof MessagePort);
assert.strictEqual(MessageChannel, globalThis.MessageChannel);
const got = [];
port2.on('message', common.mustCall((m) => {
  got.push(m);
  if (got.length === 3) {
    assert.deepStrictEqual(got, [1, 'two', { three: [3] }]);
    port2.close();
  }
}, 3));
port1.postMessage(1);
port1.postMessage('two');
port1.postMessage({ three: [3] });
