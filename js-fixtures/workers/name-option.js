// The name option is visible as threadName? Check what the worker sees through its own env.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage({ isMain: wt.isMainThread, hasParent: wt.parentPort !== null });
`, { eval: true, name: 'named' });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
