const { Worker, parentPort, isMainThread } = require('worker_threads');
const w = new Worker(require('path').join(__dirname, 'echo.js'), { workerData: 'grandchild' });
w.on('message', (m) => {
  parentPort.postMessage({ fromGrandchild: m, isMainThread });
  w.terminate();
});
w.on('exit', (c) => parentPort.postMessage({ grandchildExit: c }));
