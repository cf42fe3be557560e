// The main thread ends while an unref'd worker and the worker it started (spinning) still run: both end with it.
const { Worker, MessageChannel } = require('worker_threads');

const childSource = `
const { Worker, workerData } = require('worker_threads');
new Worker('const { workerData } = require("worker_threads"); workerData.port.postMessage("grandchild running");'
  + 'for (;;) Atomics.add(new Int32Array(workerData.sab), 0, 1);',
  { eval: true, workerData: { sab: workerData.sab, port: workerData.port }, transferList: [workerData.port] });
`;

const sab = new SharedArrayBuffer(4);
const { port1, port2 } = new MessageChannel();
const child = new Worker(childSource, { eval: true, workerData: { sab, port: port2 }, transferList: [port2] });
child.on('exit', (code) => console.log('never seen: child exit', code));
port1.once('message', (m) => {
  console.log(m);
  port1.unref();
  child.unref();
});
process.on('exit', (code) => console.log('main exit event', code));
