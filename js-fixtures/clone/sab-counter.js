'use strict';
// One SharedArrayBuffer, four workers: Atomics.add from every thread lands in the same memory.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const N = 100000;
if (!isMainThread) {
  if (workerData.mode === 'count') {
    const cells = new Int32Array(workerData.sab);
    for (let i = 0; i < N; i++) Atomics.add(cells, 0, 1);
    Atomics.add(cells, 1, workerData.id);  // each worker adds its id once
    parentPort.postMessage('done');
  } else {
    parentPort.once('message', ({ sab, view }) => {
      const a = new Uint8Array(sab);
      for (let i = 0; i < a.length; i++) a[i] = i * 3;
      view[0] = -12345;  // a view over the same SAB, in the same message
      Atomics.store(new Int32Array(sab), 3, 0x01020304);
      parentPort.postMessage({ same: view.buffer === sab, sab });
    });
  }
  return;
}

const sab = new SharedArrayBuffer(8);
const cells = new Int32Array(sab);
console.log('SharedArrayBuffer', sab instanceof SharedArrayBuffer, sab.byteLength, Object.prototype.toString.call(sab));
let running = 4;
for (let id = 1; id <= 4; id++) {
  const w = new Worker(__filename, { workerData: { mode: 'count', sab, id } });
  w.on('message', () => {});
  w.on('exit', (code) => {
    if (code !== 0) console.log('worker exit', code);
    if (--running === 0) {
      console.log('counter', Atomics.load(cells, 0), 'expected', 4 * N);
      console.log('ids', Atomics.load(cells, 1));
      second();
    }
  });
}

function second() {
  const sab2 = new SharedArrayBuffer(16);
  const view = new Int16Array(sab2, 2, 2);
  const w = new Worker(__filename, { workerData: { mode: 'write' } });
  w.on('message', (m) => {
    const bytes = new Uint8Array(sab2);
    console.log('main sees worker writes:', Array.from(bytes.subarray(4, 8)).join(','), 'view[0]', view[0],
      'int32[3]', Atomics.load(new Int32Array(sab2), 3).toString(16));
    console.log('in worker view.buffer === sab:', m.same);
    console.log('echoed SAB is SharedArrayBuffer:', m.sab instanceof SharedArrayBuffer, m.sab !== sab2, m.sab.byteLength);
    new Uint8Array(m.sab)[0] = 200;
    console.log('write through echoed SAB visible in original:', new Uint8Array(sab2)[0]);
    const cloned = structuredClone(sab2);
    new Uint8Array(cloned)[1] = 201;
    console.log('structuredClone of SAB shares memory:', new Uint8Array(sab2)[1], cloned instanceof SharedArrayBuffer);
    w.terminate();
  });
  w.postMessage({ sab: sab2, view });
}
