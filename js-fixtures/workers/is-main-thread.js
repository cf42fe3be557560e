// worker_threads exports in the main thread.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId);
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort, typeof wt.receiveMessageOnPort);
const { port1, port2 } = new wt.MessageChannel();
port1.postMessage({ via: 'channel' });
console.log(wt.receiveMessageOnPort(port2), wt.receiveMessageOnPort(port2));
port1.close();
