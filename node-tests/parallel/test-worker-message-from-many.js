'use strict';
// Several workers at once: each reports once and exits 0.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const N = 4;
const seen = new Set();
for (let i = 0; i < N; i++) {
  const w = new Worker('const wt = require("worker_threads"); wt.parentPort.postMessage(wt.workerData * 10)',
                       { eval: true, workerData: i });
  w.on('message', common.mustCall((m) => seen.add(m)));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
process.on('exit', () => assert.deepStrictEqual([...seen].sort((a, b) => a - b), [0, 10, 20, 30]));
