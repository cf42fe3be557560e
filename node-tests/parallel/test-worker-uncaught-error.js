'use strict';
// An uncaught exception in a worker is an 'error' event on the Worker (an Error with the same message), then
// 'exit' with code 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('throw new Error("boom")', { eval: true });
let sawError = false;
w.on('error', common.mustCall((err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'boom');
  assert.strictEqual(err.name, 'Error');
  assert.match(err.stack, /boom/);
  sawError = true;
}));
w.on('exit', common.mustCall((code) => {
  assert.ok(sawError);
  assert.strictEqual(code, 1);
}));
