'use strict';
// An unref()'d worker does not keep the parent alive: the process exits while the worker still runs.
const common = require('../common');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000);', { eval: true });
w.unref();
w.on('exit', common.mustNotCall());
let exited = false;
process.on('exit', (code) => {
  exited = true;
  if (code !== 0) throw new Error('exit code ' + code);
});
setTimeout(() => {}, 10);
process.on('beforeExit', () => {
  if (exited) throw new Error('beforeExit after exit');
});
