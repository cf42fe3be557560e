'use strict';
// A worker that posts one message and ends: 'online', then 'message', then 'exit' with code 0.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const events = [];
const w = new Worker('require("worker_threads").parentPort.postMessage("hi")', { eval: true });
w.on('online', common.mustCall(() => events.push('online')));
w.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'hi');
  events.push('message');
}));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  events.push('exit');
  assert.deepStrictEqual(events, ['online', 'message', 'exit']);
}));
