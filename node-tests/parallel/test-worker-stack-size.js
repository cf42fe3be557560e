'use strict';
// With resourceLimits.stackSizeMb, unbounded recursion in a worker is a catchable RangeError, not a crash.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  function f(n) { return f(n + 1) + 1; }
  try { f(0); } catch (e) { parentPort.postMessage(e instanceof RangeError); }
`, { eval: true, resourceLimits: { stackSizeMb: 2 } });
w.on('message', common.mustCall((isRangeError) => assert.strictEqual(isRangeError, true)));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
