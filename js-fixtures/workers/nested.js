// A worker starting a worker.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/nested-parent.js');
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
