'use strict';
// { eval: true } runs the string as a script with require available; __filename is '[worker eval]'.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const code = `
  const { parentPort, isMainThread } = require('worker_threads');
  parentPort.postMessage({ isMainThread, filename: __filename, sum: [1, 2, 3].reduce((a, b) => a + b) });
`;
const w = new Worker(code, { eval: true });
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { isMainThread: false, filename: '[worker eval]', sum: 6 });
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
