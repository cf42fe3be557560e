'use strict';
// A path starting with ./ is resolved against the working directory; a bare relative name is ERR_WORKER_PATH.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  assert.throws(() => new Worker('test-worker-relative-path.js'), {
    code: 'ERR_WORKER_PATH',
    name: 'TypeError',
  });
  const rel = './' + path.relative(process.cwd(), __filename);
  const w = new Worker(rel);
  w.on('message', common.mustCall((m) => assert.strictEqual(m, __filename)));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage(__filename);
}
