// synckit: a synchronous call into a worker (Atomics.wait on shared memory, then receiveMessageOnPort).
import { createSyncFn } from 'synckit';
const call = createSyncFn(new URL('./workers/synckit-worker.mjs', import.meta.url).pathname);
console.log(call('double', 21));
console.log(call('again', 5));
try {
  call('throw', 'x');
} catch (e) {
  console.log('sync call threw:', e.message);
}
console.log('after');
