'use strict';
// A worker listening on parentPort stays alive; closing parentPort lets it end with code 0.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    parentPort.postMessage('got ' + m);
    parentPort.close();
  });
`, { eval: true });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'got ping')));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
w.postMessage('ping');
