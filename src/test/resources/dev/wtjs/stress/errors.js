// Uncaught errors in W workers at once, and errors thrown inside 'error' handlers: every error, every exit.
const { Worker } = require('worker_threads');
const w = Number(process.argv[2] || 50);

let errors = 0;
let exits = 0;
let rethrown = 0;
process.on('uncaughtException', (e) => {
  if (e.message !== 'handler fails') throw e;
  rethrown++;
});
for (let i = 0; i < w; i++) {
  const worker = new Worker(`throw new RangeError('boom ' + ${i})`, { eval: true });
  worker.on('error', (e) => {
    if (!(e instanceof RangeError) || e.message !== 'boom ' + i) console.log('wrong error', i, e);
    errors++;
    if (i % 2 === 0) throw new Error('handler fails'); // thrown inside the 'error' handler
  });
  worker.on('exit', (code) => {
    if (code !== 1) console.log('exit code', code);
    if (++exits === w) {
      setImmediate(() => console.log('errors:', errors, 'exits:', exits, 'thrown by handlers:', rethrown));
    }
  });
}
