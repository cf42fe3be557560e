'use strict';
// After an uncaught error the worker runs no more code: later timers never post.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('too late'), 50);
  parentPort.postMessage('first');
  throw new Error('stop');
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'first')));
w.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'stop')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
