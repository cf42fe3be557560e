'use strict';
// A worker started from a file under fixtures (common/fixtures.path), by absolute path.
const common = require('../common');
const fixtures = require('../common/fixtures');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

const file = fixtures.path('echo-worker.js');
assert.ok(path.isAbsolute(file));
assert.strictEqual(path.basename(path.dirname(file)), 'fixtures');
const w = new Worker(file);
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { echo: [1, 'x'] });
  w.postMessage('end');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
w.postMessage([1, 'x']);
