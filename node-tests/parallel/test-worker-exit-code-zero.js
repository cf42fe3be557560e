'use strict';
// A worker with nothing left to do exits with code 0; its 'exit' fires once.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('setTimeout(() => {}, 10)', { eval: true });
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
