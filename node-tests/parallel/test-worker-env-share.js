'use strict';
// env: SHARE_ENV shares one environment: a worker's change is visible to the parent.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

const w = new Worker('process.env.WTJS_SHARED = "from worker"', { eval: true, env: SHARE_ENV });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.env.WTJS_SHARED, 'from worker');
}));
