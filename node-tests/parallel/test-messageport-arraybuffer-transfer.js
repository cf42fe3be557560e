'use strict';
// Transferring an ArrayBuffer detaches it in the sender; the receiver gets the bytes.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((m) => {
  assert.strictEqual(m.byteLength, 8);
  assert.deepStrictEqual([...new Uint8Array(m)], [1, 2, 3, 4, 5, 6, 7, 8]);
  port2.close();
}));
port1.postMessage(ab, [ab]);
assert.strictEqual(ab.byteLength, 0);
