// Synchronous validation errors of new Worker.
const { Worker } = require('worker_threads');
const cases = [
  () => new Worker(42),
  () => new Worker('missing-without-dot-slash.js'),
  () => new Worker('./x.js', { execArgv: 'not-an-array' }),
  () => new Worker('./x.js', { argv: 'nope' }),
  () => new Worker('./x.js', { env: 'nope' }),
  () => new Worker('./x.js', { workerData: () => {} }),
  () => new Worker(new URL('http://example.com/x.js')),
  () => new Worker('./x.js', { name: 42 }),
];
for (const c of cases) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name, e.name, e.code, '|', e.message);
  }
}
