// A worker throwing a non-Error and a worker with an unhandled rejection.
const { Worker } = require('worker_threads');
const w = new Worker('throw { plain: "object" };', { eval: true });
w.on('error', (e) => console.log('error', typeof e, JSON.stringify(e)));
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker('Promise.reject(new TypeError("rejected in worker"));', { eval: true });
  w2.on('error', (e) => console.log('error 2', e.constructor.name, e.message));
  w2.on('exit', (c2) => console.log('exit 2', c2));
});
