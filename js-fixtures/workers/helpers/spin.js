require('worker_threads').parentPort.postMessage('spinning');
while (true) {}
