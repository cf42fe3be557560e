'use strict';
// terminate() stops a worker stuck in `while (true) {}`.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); while (true) {}',
                     { eval: true });
w.on('message', common.mustCall(() => {
  w.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
