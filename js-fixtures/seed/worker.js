// The worker the seed examples start: it answers one message, then exits.
const { parentPort } = require('worker_threads');
parentPort.once('message', (msg) => {
  parentPort.postMessage(`echo: ${msg}`);
});
