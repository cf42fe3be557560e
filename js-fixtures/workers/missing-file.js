// new Worker('./missing.js'): an 'error' event with MODULE_NOT_FOUND, then exit 1.
const { Worker } = require('worker_threads');
const w = new Worker('./missing.js');
w.on('online', () => console.log('online'));
w.on('error', (e) => console.log('error', e.constructor.name, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>')));
w.on('exit', (c) => console.log('exit', c));
