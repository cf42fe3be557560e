// A worker file with a syntax error: 'error' with SyntaxError, exit 1.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/syntax-error.js');
w.on('error', (e) => console.log('error', e.constructor.name, e.name, e instanceof SyntaxError));
w.on('exit', (c) => console.log('exit', c));
