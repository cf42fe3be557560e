'use strict';
// A thrown non-Error value reaches the parent's 'error' listener as that value.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('throw { answer: 42 };', { eval: true });
w.on('error', common.mustCall((err) => {
  assert.deepStrictEqual(err, { answer: 42 });
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
