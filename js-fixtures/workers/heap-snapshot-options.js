// worker.getHeapSnapshot(options): options are checked synchronously; after exit it rejects.
const { Worker } = require('worker_threads');
const w = new Worker('setTimeout(() => {}, 100000)', { eval: true });
for (const a of [5, { exposeInternals: 1 }, null, 'x', [], { exposeNumericValues: 'a' }]) {
  try {
    w.getHeapSnapshot(a).catch(() => {});
    console.log('returned a promise');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
w.on('exit', () => {
  w.getHeapSnapshot().then(() => console.log('resolved'), (e) => console.log('rejected', e.name, e.code, e.message));
});
w.terminate();
