'use strict';
// The env option replaces the worker's process.env; values become strings.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('require("worker_threads").parentPort.postMessage({ ...process.env })',
                     { eval: true, env: { FOO: 'bar', NUM: 5 } });
w.on('message', common.mustCall((env) => {
  assert.deepStrictEqual(env, { FOO: 'bar', NUM: '5' });
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
