// console.log from a worker reaches the parent's stdout, before the exit event.
const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('from worker', { a: 1 });
  console.error('error from worker');
  process.stdout.write('raw from worker\\n');
`, { eval: true });
w.on('exit', (c) => console.log('exit', c));
