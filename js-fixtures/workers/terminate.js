// terminate() on a busy worker resolves 1; twice; after exit.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/spin.js');
w.on('exit', (c) => console.log('exit event', c));
w.once('message', async (m) => {
  console.log(m);
  const p1 = w.terminate();
  const p2 = w.terminate();
  console.log(p1 instanceof Promise, p2 instanceof Promise);
  console.log('first', await p1);
  console.log('second', await p2);
  console.log('third', await w.terminate());
});
