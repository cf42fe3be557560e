// workerpool (CommonJS): a worker script, offloaded functions, a throwing task, cancel and timeout, terminate().
const path = require('node:path');
const workerpool = require('workerpool');
const pool = workerpool.pool(path.join(__dirname, 'workers/workerpool-worker.js'), { maxWorkers: 2, workerType: 'thread' });
(async () => {
  console.log(await pool.exec('fib', [20]), await Promise.all([5, 10, 15].map((n) => pool.exec('fib', [n]))));
  const arr = await pool.exec('fill', [4]);
  console.log(arr instanceof Uint8Array, Array.from(arr));
  try {
    await pool.exec('fail', ['broken']);
  } catch (e) {
    console.log('task threw:', e.name, e.message);
  }
  const slow = pool.exec('slow', [2000]);
  setTimeout(() => slow.cancel(), 20);
  try {
    await slow;
  } catch (e) {
    console.log('cancelled:', e.name, e instanceof workerpool.Promise.CancellationError);
  }
  try {
    await pool.exec('slow', [2000]).timeout(30);
  } catch (e) {
    console.log('timed out:', e.name, e instanceof workerpool.Promise.TimeoutError);
  }
  const offloaded = workerpool.pool({ maxWorkers: 1 });
  console.log(await offloaded.exec((a, b) => a + b, [2, 40]));
  await offloaded.terminate();
  const stats = pool.stats();
  console.log(stats.totalWorkers <= 2, stats.pendingTasks);
  await pool.terminate();
  console.log('terminated');
})();
