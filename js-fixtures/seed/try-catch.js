// Catches the error wtjs throws for a post after exit and reports it on stderr.
const { Worker } = require('worker_threads');

const worker = new Worker('./worker.js');
worker.on('exit', () => {
  try {
    worker.postMessage('too late');
  } catch (err) {
    console.error(`${err.code}: ${err.message}`);
  }
});
worker.postMessage('hello');
