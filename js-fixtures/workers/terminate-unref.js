// terminate() of an unref'd worker: the process waits for 'exit' and the promise.
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.unref();
w.on('exit', (code) => console.log('exit', code));
w.terminate().then((code) => console.log('terminated', code));
