// threads (threads.js): spawn a worker, call it, an observable, a thrown error, a Pool, Thread.terminate.
const { spawn, Thread, Worker, Pool } = require('threads');
(async () => {
  const w = await spawn(new Worker('./workers/threads-worker.js'));
  console.log(await w.add(2, 3));
  const seen = [];
  await new Promise((resolve) => w.count(3).subscribe({ next: (x) => seen.push(x), complete: resolve }));
  console.log(seen);
  try {
    await w.fail('bad');
  } catch (e) {
    console.log('threw:', e.message);
  }
  await Thread.terminate(w);
  const pool = Pool(() => spawn(new Worker('./workers/threads-worker.js')), 2);
  const results = await Promise.all([1, 2, 3].map((n) => pool.queue((t) => t.add(n, n))));
  console.log(results);
  await pool.terminate();
  console.log('done');
})();
