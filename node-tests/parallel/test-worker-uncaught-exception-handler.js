'use strict';
// A worker's own process.on('uncaughtException') handler catches the error: no 'error' event, exit 0.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (err) => parentPort.postMessage('caught ' + err.message));
  setTimeout(() => { throw new Error('late'); }, 1);
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'caught late')));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
