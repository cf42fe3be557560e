'use strict';
// terminate() returns a promise for the exit code 1; 'exit' fires with 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("up");',
                     { eval: true });
w.on('message', common.mustCall(() => {
  const p = w.terminate();
  assert.ok(p instanceof Promise);
  p.then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
