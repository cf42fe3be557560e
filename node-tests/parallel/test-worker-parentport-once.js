'use strict';
// parentPort is an EventEmitter-like port: once() removes the listener, and the worker can then exit.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (m) => parentPort.postMessage(m * 2));
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 42)));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
w.postMessage(21);
