// piscina (CommonJS): tasks from a worker file, named tasks, transferables, a throwing task, cancellation with an
// AbortSignal, and destroy().
const path = require('node:path');
const { Piscina } = require('piscina');
const pool = new Piscina({ filename: path.resolve(__dirname, 'workers/piscina-task.js'), maxThreads: 2, minThreads: 1 });
(async () => {
  console.log(await pool.run({ a: 2, b: 3 }), await pool.run(7, { name: 'square' }));
  console.log(await Promise.all([1, 2, 3, 4].map((n) => pool.run(n, { name: 'square' }))));
  console.log(await pool.run(null, { name: 'where' }));
  const buf = new Uint8Array([1, 2, 3, 250]).buffer;
  console.log(await pool.run(buf, { name: 'sum', transferList: [buf] }), buf.byteLength);
  try {
    await pool.run('bad input', { name: 'fail' });
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
  console.log(await pool.run({ ms: 5 }, { name: 'slow' }), pool.threads.length <= 2, pool.options.maxThreads);
  await pool.destroy();
  console.log('destroyed', pool.completed >= 8);
})();
