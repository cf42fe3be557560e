'use strict';
// An ArrayBuffer in a worker's transferList is moved to the worker; the worker can send one back.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const u8 = new Uint8Array([10, 20, 30]);
  w.postMessage(u8, [u8.buffer]);
  assert.strictEqual(u8.byteLength, 0);
  w.on('message', common.mustCall((back) => {
    assert.ok(back instanceof Uint8Array);
    assert.deepStrictEqual([...back], [20, 40, 60]);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.once('message', (u8) => {
    const doubled = u8.map((x) => x * 2);
    parentPort.postMessage(doubled, [doubled.buffer]);
  });
}
