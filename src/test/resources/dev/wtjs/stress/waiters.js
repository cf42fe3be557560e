// W workers waiting on one SharedArrayBuffer, all woken by Atomics.notify (each wait returns "ok").
const { Worker } = require('worker_threads');
const w = Number(process.argv[2] || 64);

const shared = new Int32Array(new SharedArrayBuffer(4));
let woken = 0;
let exits = 0;
for (let i = 0; i < w; i++) {
  const worker = new Worker(`
    const { workerData: shared, parentPort } = require('worker_threads');
    const r = Atomics.wait(shared, 0, 0);
    parentPort.postMessage(r);
  `, { eval: true, workerData: shared });
  worker.on('message', (r) => { if (r === 'ok') woken++; });
  worker.on('exit', () => {
    if (++exits === w) console.log('woken:', woken, 'of', w);
  });
}
// notify until every waiter has been woken: Atomics.notify counts those it woke, and one that is not yet asleep
// (still starting) is woken by a later round. (Storing a new value first would race: a worker between its start and
// its wait would see "not-equal".)
let notified = 0;
const poll = setInterval(() => {
  notified += Atomics.notify(shared, 0);
  if (notified === w) clearInterval(poll);
}, 5);
