'use strict';
// A worker's console.log output reaches the parent process's stdout; the worker exits 0.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('console.log("line from worker")', { eval: true });
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
