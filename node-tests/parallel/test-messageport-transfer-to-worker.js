'use strict';
// A MessagePort transferred to a worker is a direct line to it.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2 }, [port2]);
  port1.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'over the transferred port');
    port1.close();
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  parentPort.once('message', ({ port }) => {
    port.postMessage('over the transferred port');
    port.close();
  });
}
