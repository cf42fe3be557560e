// Terminate storms: W spinning workers terminated at once, and W terminated right after new Worker.
const { Worker } = require('worker_threads');
const w = Number(process.argv[2] || 100);

async function storm(spinFirst) {
  const workers = [];
  const online = [];
  for (let i = 0; i < w; i++) {
    const worker = new Worker('for (;;) {}', { eval: true });
    workers.push(worker);
    online.push(new Promise((resolve) => worker.once('online', resolve)));
  }
  if (spinFirst) await Promise.all(online);
  const codes = await Promise.all(workers.map((worker) => worker.terminate()));
  const ok = codes.every((c) => (spinFirst ? c === 1 : c === 0 || c === 1));
  console.log(spinFirst ? 'spinning' : 'just started', 'workers terminated:', codes.length, ok ? 'ok' : codes);
}
storm(true).then(() => storm(false));
