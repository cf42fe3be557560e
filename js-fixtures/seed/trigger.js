// Posts to a worker from its 'exit' handler. Node drops the message silently; wtjs throws
// ERR_WORKER_NOT_RUNNING (run with --post-after-exit=ignore for node's behaviour).
const { Worker } = require('worker_threads');

const worker = new Worker('./worker.js');
worker.on('message', (msg) => console.log(msg));
worker.on('exit', (code) => {
  console.log(`worker exited with code ${code}`);
  worker.postMessage('too late');
  console.log('posted after exit');
});
worker.postMessage('hello');
