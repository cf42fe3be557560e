// W workers waiting on one SharedArrayBuffer, all woken by Atomics.notify.
const { Worker } = require('worker_threads');
const w = Number(process.argv[2] || 64);

const shared = new Int32Array(new SharedArrayBuffer(8));
let woken = 0;
let exits = 0;
for (let i = 0; i < w; i++) {
  const worker = new Worker(`
    const { workerData: shared, parentPort } = require('worker_threads');
    Atomics.add(shared, 1, 1);
    const r = Atomics.wait(shared, 0, 0);
    parentPort.postMessage(r);
  `, { eval: true, workerData: shared });
  worker.on('message', (r) => { if (r === 'ok') woken++; });
  worker.on('exit', () => {
    if (++exits === w) console.log('woken:', woken, 'of', w);
  });
}
// once all are waiting (each counts itself just before it waits), wake them, as often as some are not yet asleep
const poll = setInterval(() => {
  if (Atomics.load(shared, 1) < w) return;
  Atomics.store(shared, 0, 1);
  Atomics.notify(shared, 0);
  clearInterval(poll);
}, 5);
