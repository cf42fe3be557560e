// process.exit(n) in a worker ends only the worker with code n; its 'exit' listeners run.
const { Worker } = require('worker_threads');
(async () => {
  for (const code of [0, 3, 42]) {
    const w = new Worker('./helpers/exit-code.js', { workerData: code });
    console.log('exit code', await new Promise((r) => w.on('exit', r)));
  }
  console.log('main continues');
})();
