// The fix for the trigger: keep a running flag and never post after 'exit'.
const { Worker } = require('worker_threads');

const worker = new Worker('./worker.js');
let running = true;
worker.on('exit', () => {
  running = false;
  if (running) worker.postMessage('never sent');
});
worker.postMessage('hello');
