// tinypool (ES module only): an ES module task file, named tasks, transferables, a throwing task, an AbortSignal
// and destroy().
import Tinypool from 'tinypool';
const pool = new Tinypool({ filename: new URL('./workers/tinypool-task.mjs', import.meta.url).href, maxThreads: 2, minThreads: 1 });
console.log(await pool.run({ a: 6, b: 7 }), await Promise.all([1, 2, 3].map((n) => pool.run({ a: n, b: n }))));
const buf = new ArrayBuffer(12);
console.log(await pool.run(buf, { name: 'bytes', transferList: [buf] }), buf.byteLength);
try {
  await pool.run('out of range', { name: 'fail' });
} catch (e) {
  console.log('task threw:', e.name, e.message);
}
const ac = new AbortController();
const slow = pool.run({ ms: 500 }, { name: 'slow', signal: ac.signal });
ac.abort();
try {
  await slow;
} catch (e) {
  console.log('aborted:', e.name, e.message);
}
console.log(await pool.run({ ms: 5 }, { name: 'slow' }), pool.threads.length <= 2);
await pool.destroy();
console.log('destroyed');
