'use strict';
// The parent posts to the worker; the worker answers through parentPort.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const replies = [];
  w.on('message', common.mustCall((m) => {
    replies.push(m);
    if (replies.length === 3) {
      assert.deepStrictEqual(replies, ['echo:a', 'echo:b', 'echo:c']);
      w.postMessage('done');
    }
  }, 3));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  for (const m of ['a', 'b', 'c']) w.postMessage(m);
} else {
  parentPort.on('message', (m) => {
    if (m === 'done') parentPort.close();
    else parentPort.postMessage(`echo:${m}`);
  });
}
