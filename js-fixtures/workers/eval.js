// eval: true with workerData, require inside eval code, __filename in eval.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort, workerData, isMainThread } = require('worker_threads');
  parentPort.postMessage({ got: workerData, isMainThread, type: typeof require, fn: typeof __filename });
`;
const w = new Worker(code, { eval: true, workerData: [1, 'two', { three: 3 }] });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
