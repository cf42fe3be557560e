'use strict';
// A worker blocks on Atomics.wait until the parent posts, then takes the message with receiveMessageOnPort.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData, parentPort } =
  require('worker_threads');

if (isMainThread) {
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename, { workerData: { sab, port: port2 }, transferList: [port2] });
  w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { message: 'wake up' })));
  w.on('online', common.mustCall(() => {
    port1.postMessage('wake up');
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    port1.close();
  }));
} else {
  const flag = new Int32Array(workerData.sab);
  Atomics.wait(flag, 0, 0);
  parentPort.postMessage(receiveMessageOnPort(workerData.port));
  workerData.port.close();
}
