// An uncaught exception in a worker: 'error' in the parent, then 'exit' with 1.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/throws.js');
w.on('error', (e) => console.log('error', e.constructor.name, e.name, e.message, e.code, e instanceof Error));
w.on('exit', (c) => console.log('exit', c));
