'use strict';
// Calling terminate() twice is harmless: both promises settle and 'exit' fires once.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage(1)',
                     { eval: true });
w.on('message', common.mustCall(() => {
  w.terminate().then(common.mustCall());
  w.terminate().then(common.mustCall());
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
