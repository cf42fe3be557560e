'use strict';
// In a worker, process 'exit' listeners run with the exit code given to process.exit().
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  process.on('exit', (code) => {
    if (code !== 4) throw new Error('wrong code ' + code);
    process.exitCode = 9;
  });
  process.exit(4);
`, { eval: true });
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 9)));
