'use strict';
// The error's class and extra properties survive the trip to the parent.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w1 = new Worker('const e = new RangeError("out of range"); e.code = "MY_CODE"; throw e;', { eval: true });
w1.on('error', common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'out of range');
  assert.strictEqual(err.code, 'MY_CODE');
}));
w1.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

const w2 = new Worker('null.foo', { eval: true });
w2.on('error', common.mustCall((err) => {
  assert.ok(err instanceof TypeError);
}));
w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
