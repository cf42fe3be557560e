'use strict';
// postMessage on a closed BroadcastChannel throws InvalidStateError; close() twice is fine.
require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const bc = new BroadcastChannel('closing');
bc.close();
bc.close();
assert.throws(() => bc.postMessage('x'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'InvalidStateError');
  assert.strictEqual(err.message, 'BroadcastChannel is closed.');
  return true;
});
assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });
