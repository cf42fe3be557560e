'use strict';
// Functions and symbols cannot be cloned: postMessage throws a DataCloneError DOMException (code 25).
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.throws(() => port1.postMessage(() => 1), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
  assert.strictEqual(err.message, '() => 1 could not be cloned.');
  return true;
});
assert.throws(() => port1.postMessage({ s: Symbol('x') }), { name: 'DataCloneError' });
assert.throws(() => structuredClone(function named() {}), { name: 'DataCloneError' });
// Nothing was queued by the failed posts.
port2.on('message', (m) => {
  assert.strictEqual(m, 'fine');
  port2.close();
});
port1.postMessage('fine');
