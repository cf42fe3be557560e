// A message the worker posts just before parentPort.close() still reaches the parent, before 'exit'.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('before close');
  parentPort.close();
`, { eval: true });
w.on('message', (m) => console.log('got', m));
w.on('exit', (c) => console.log('exit', c));
