'use strict';
// unref() then ref() keeps the parent alive again until the worker exits.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setTimeout(() => require("worker_threads").parentPort.postMessage("done"), 100)',
                     { eval: true });
w.unref();
w.ref();
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'done')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
