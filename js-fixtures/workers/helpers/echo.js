const { parentPort, workerData, threadId, isMainThread } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === 'close') parentPort.close();
  else parentPort.postMessage({ echo: m });
});
parentPort.postMessage({ hello: workerData, isMainThread, threadIdPositive: threadId > 0 });
