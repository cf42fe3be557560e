'use strict';
// An unhandled rejection in a worker is fatal for the worker: 'error' with the reason, then exit code 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('Promise.reject(new Error("rejected in worker"));', { eval: true });
w.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'rejected in worker');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
