'use strict';
// argv values are stringified and appended to the worker's process.argv after the exec path and script.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename, { argv: ['a', 1, true] });
  w.on('message', common.mustCall((argv) => {
    assert.deepStrictEqual(argv.slice(2), ['a', '1', 'true']);
    assert.strictEqual(argv[0], process.execPath);
    assert.strictEqual(argv[1], __filename);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.postMessage(process.argv);
}
