'use strict';
// process.exitCode set in a worker becomes the worker's exit code.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('process.exitCode = 7;', { eval: true });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(process.exitCode, undefined);
}));
