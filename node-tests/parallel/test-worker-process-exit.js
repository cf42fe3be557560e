'use strict';
// process.exit(n) in a worker ends only that worker, with exit code n; code after it does not run.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('before');
  process.exit(3);
  parentPort.postMessage('after');
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'before')));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 3);
  // The main thread is still alive.
  setTimeout(common.mustCall(), 1);
}));
