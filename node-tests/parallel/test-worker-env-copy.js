'use strict';
// By default a worker gets a copy of the parent's env: changes on either side stay on that side.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.WTJS_TEST_PARENT = 'p';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const seen = process.env.WTJS_TEST_PARENT;
  process.env.WTJS_TEST_CHILD = 'c';
  parentPort.postMessage(seen);
`, { eval: true });
process.env.WTJS_TEST_PARENT_LATE = 'late';
w.on('message', common.mustCall((seen) => assert.strictEqual(seen, 'p')));
w.on('exit', common.mustCall(() => {
  assert.strictEqual(process.env.WTJS_TEST_CHILD, undefined);
}));
