// terminate() right after construction.
const { Worker } = require('worker_threads');
const w = new Worker('./helpers/echo.js');
w.on('message', () => console.log('message (should not)'));
w.terminate().then((c) => console.log('terminated', c));
w.on('exit', (c) => console.log('exit', c));
