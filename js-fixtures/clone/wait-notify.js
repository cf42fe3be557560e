'use strict';
// Atomics.wait / Atomics.notify across threads over one SharedArrayBuffer: 'ok', 'not-equal', 'timed-out'.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  const i32 = new Int32Array(workerData.sab);
  if (workerData.role === 'waker') {
    // Keep notifying cell 0 until one waiter (main) was actually woken: deterministic 1.
    let woken = 0;
    while ((woken = Atomics.notify(i32, 0, 1)) === 0);
    Atomics.store(i32, 4, 1);
    parentPort.postMessage(`waker woke ${woken}`);
  } else {
    Atomics.add(i32, 5, 1);  // ready
    const r = Atomics.wait(i32, 6, 0, 10000);
    parentPort.postMessage(`sleeper ${workerData.n}: ${r}`);
  }
  return;
}

const sab = new SharedArrayBuffer(64);
const i32 = new Int32Array(sab);

console.log('not-equal:', Atomics.wait(i32, 1, 99, 10));
console.log('timed-out:', Atomics.wait(i32, 2, 0, 20));
console.log('timed-out with 0:', Atomics.wait(i32, 2, 0, 0));
console.log('notify with no waiters:', Atomics.notify(i32, 0, 1), Atomics.notify(i32, 0));
try { Atomics.wait(new Int32Array(4), 0, 0, 1); } catch (e) { console.log('wait on non-shared:', e.name); }
try { Atomics.wait(new Int16Array(sab), 0, 0, 1); } catch (e) { console.log('wait on Int16Array:', e.name); }
console.log('notify on non-shared:', Atomics.notify(new Int32Array(4), 0, 1));
const i64 = new BigInt64Array(sab);
console.log('BigInt64 not-equal:', Atomics.wait(i64, 7, 5n, 10), 'timed-out:', Atomics.wait(i64, 7, 0n, 10));

const waker = new Worker(__filename, { workerData: { sab, role: 'waker' } });
const t0 = Date.now();
const r = Atomics.wait(i32, 0, 0, 10000);  // main blocks until the worker's notify
console.log('main woken:', r, 'within timeout:', Date.now() - t0 < 10000);
waker.on('message', (m) => {
  console.log(m, 'flag', Atomics.load(i32, 4));
  sleepers();
});

function sleepers() {
  const results = [];
  let exited = 0;
  for (let n = 1; n <= 3; n++) {
    const w = new Worker(__filename, { workerData: { sab, role: 'sleeper', n } });
    w.on('message', (m) => results.push(m));
    w.on('exit', () => {
      if (++exited === 3) {
        console.log(results.sort().join('\n'));
      }
    });
  }
  // Wake them all once all three are waiting; the sum of notify's results is 3 however they interleave.
  let total = 0;
  const poll = () => {
    if (Atomics.load(i32, 5) === 3) total += Atomics.notify(i32, 6);
    if (total < 3) setTimeout(poll, 1);
    else console.log('notified in total:', total);
  };
  poll();
}
