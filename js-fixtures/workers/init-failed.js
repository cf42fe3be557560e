// A worker whose thread cannot be made (a stack far bigger than any machine's memory): new Worker throws
// ERR_WORKER_INIT_FAILED, nothing else is printed, and the next worker starts as usual.
const { Worker } = require('worker_threads');

try {
  new Worker('1', { eval: true, resourceLimits: { stackSizeMb: 1e9 } });
  console.log('started (unexpected)');
} catch (e) {
  console.log(e.name, e.code, JSON.stringify(e.message), Object.keys(e), e instanceof Error);
  console.log(String(e));
}

const w = new Worker("require('worker_threads').parentPort.postMessage('next worker runs')", { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
