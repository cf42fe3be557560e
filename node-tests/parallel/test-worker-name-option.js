'use strict';
// The name option is accepted (it labels the thread); a worker with a name runs normally.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('require("worker_threads").parentPort.postMessage("named")', { eval: true, name: 'my-worker' });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'named')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
