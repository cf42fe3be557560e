'use strict';
// terminate() on a worker that has already exited resolves (with undefined) and emits nothing more.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('', { eval: true });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  setImmediate(common.mustCall(() => {
    w.terminate().then(common.mustCall((c) => assert.strictEqual(c, undefined)));
  }));
}));
