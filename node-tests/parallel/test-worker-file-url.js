'use strict';
// A worker can be started from a file: URL object.
const common = require('../common');
const assert = require('assert');
const { pathToFileURL } = require('url');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const url = pathToFileURL(__filename);
  assert.ok(url instanceof URL);
  const w = new Worker(url);
  w.on('message', common.mustCall((m) => assert.strictEqual(m, 'from url')));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage('from url');
}
